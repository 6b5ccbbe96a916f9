using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// Changing the password. The current-password check is a credential check like a sign-in: it
/// is throttled per address and counts towards the account's lockout, so a borrowed session
/// cannot be used to guess the password.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? current, string? next)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            Problems = [new Problem("", "Enter your current password and the new one.")];
            return Page();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            Problems = [new Problem("current", "Too many attempts. For your safety, changing the password is paused for a few minutes.")];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Throttling.LockoutRetryAfterSeconds;
            return Page();
        }
        if (!check.Succeeded)
        {
            Problems = [new Problem("current", "That is not your current password.")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // ChangePasswordAsync renews the security stamp: every other session and bearer token ends.
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            Problems = [.. result.Errors.Select(e => new Problem(e.Code == "PasswordMismatch" ? "current" : "next", e.Description))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "Your password is changed. Other devices will need to sign in again.";
        return LocalRedirect("/");
    }
}
