using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;

namespace OfferDesk.Web.Pages.Account;

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
        // ChangePasswordAsync renews the security stamp: every other session ends.
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            Problems = [.. result.Errors.Select(e => new Problem(e.Code == "PasswordMismatch" ? "current" : "next", e.Description))];
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "Your password is changed. Other devices will need to sign in again.";
        return LocalRedirect("/");
    }
}
