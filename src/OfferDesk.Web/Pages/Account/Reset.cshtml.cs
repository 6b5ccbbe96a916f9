using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// The link of the password reset email: choose a new password. Doing so proves the mailbox is
/// yours, so the address counts as confirmed; and like any password change it renews the
/// security stamp, so whoever had registered the address is signed out everywhere.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class ResetModel(UserManager<IdentityUser> users) : PageModel
{
    public string UserId { get; private set; } = "";
    public string Token { get; private set; } = "";
    public bool LinkWorks { get; private set; } = true;
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public void OnGet(string? u, string? t)
    {
        UserId = u ?? "";
        Token = t ?? "";
        LinkWorks = UserId.Length > 0 && Token.Length is > 0 and < 2000;
        if (!LinkWorks) Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async Task<IActionResult> OnPostAsync(string? u, string? t, string? next)
    {
        OnGet(u, t);
        if (!LinkWorks) return Page();
        if (string.IsNullOrEmpty(next) || next.Length < 8)
        {
            Problems = [new Problem("next", "use at least 8 characters")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await users.FindByIdAsync(UserId) is not { } user)
        {
            LinkWorks = false;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token, next);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkWorks = false;
                Response.StatusCode = StatusCodes.Status404NotFound;
                return Page();
            }
            Problems = [.. result.Errors.Select(e => new Problem("next", e.Description))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Flash"] = "Your new password is set. Sign in with it.";
        TempData["Email"] = user.Email;
        return LocalRedirect("/account/login");
    }
}
