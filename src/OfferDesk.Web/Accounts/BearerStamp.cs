using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// A bearer token stays valid only while the account's security stamp is the one it was issued
/// under: signing out or changing the password renews the stamp, and every token from before
/// stops working at once, not when it expires. Cookies get the same check from Identity's
/// security-stamp validator, once a minute.
/// </summary>
public sealed class BearerStamp(RequestDelegate next)
{
    public async Task Invoke(HttpContext context, SignInManager<IdentityUser> signIn)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await signIn.ValidateSecurityStampAsync(context.User) is null)
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        await next(context);
    }
}
