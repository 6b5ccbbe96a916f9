using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;

namespace OfferDesk.Web.Pages.Account;

[EnableRateLimiting(WebApp.LoginPolicy)]
public sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string Email { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = Safe(returnUrl);

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
        if (result.IsLockedOut) Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }

    private string Safe(string? url) => url is not null && Url.IsLocalUrl(url) ? url : "/";
}
