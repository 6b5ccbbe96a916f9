using Microsoft.AspNetCore.Authentication;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// A bearer token stays valid only while the account's security stamp is the one it was issued
/// under: signing out or changing the password renews the stamp, and every token from before
/// stops working at once, not when it expires. Cookies get the same check from Identity's
/// security-stamp validator, once a minute, and here on every write: a change sent from another
/// browser of an account deleted (or signed out everywhere) within that minute is answered as
/// to a signed-out visitor (the sign-in page, or 401 on the API), never saved for nobody.
/// </summary>
public sealed class BearerStamp(RequestDelegate next)
{
    public async Task Invoke(HttpContext context, SignInManager<IdentityUser> signIn, RefreshFamilies families)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var bearer = Api.ApiRequests.IsBearer(context.Request);
            // A bearer token also ends with its sign-in (API sign-out, a refresh token used twice).
            if ((bearer || Api.ApiRequests.IsChange(context.Request.Method))
                && (await signIn.ValidateSecurityStampAsync(context.User) is null || (bearer && !await families.IsLiveAsync(context.User, context.RequestAborted))))
            {
                if (!bearer) await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(context);
    }
}
