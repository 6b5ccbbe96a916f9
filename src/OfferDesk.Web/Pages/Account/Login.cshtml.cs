using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;

namespace OfferDesk.Web.Pages.Account;

[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, Registration registration, OfferDesk.Web.Reminders.IMailSender mail) : PageModel
{
    /// <summary>A password can be reset by email only where email is set up.</summary>
    public bool CanReset => mail.IsConfigured;
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string Email { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";
    public bool RegistrationOpen => registration.IsOpen;

    public void OnGet(string? returnUrl)
    {
        ReturnUrl = Safe(returnUrl);
        // Reading TempData when there is none would send a cookie deletion.
        if (Request.Cookies.ContainsKey(".AspNetCore.Mvc.CookieTempDataProvider") && TempData["Email"] is string email) Email = email;
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, bool remember, string? returnUrl)
    {
        Email = email ?? "";
        ReturnUrl = Safe(returnUrl);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            Problems = [new Problem("", "Enter your email and your password.")];
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, remember, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(ReturnUrl);
        Problems = [new Problem("", result.IsLockedOut
            ? "Too many attempts. For your safety, signing in is paused for a few minutes."
            : "That email and password don't match an account here.")];
        if (result.IsLockedOut)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Throttling.LockoutRetryAfterSeconds;
        }
        return Page();
    }

    /// <summary>
    /// A local address only. Checked on the decoded form and re-encoded, so a return address with
    /// non-ASCII characters redirects instead of failing when it is put in the Location header.
    /// </summary>
    private string Safe(string? url) => Infrastructure.LocalUrl.Safe(Url, url);
}
