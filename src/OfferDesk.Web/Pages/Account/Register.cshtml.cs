using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;

namespace OfferDesk.Web.Pages.Account;

[EnableRateLimiting(WebApp.LoginPolicy)]
public sealed class RegisterModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string Email { get; private set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        Email = email?.Trim() ?? "";
        var problems = new List<Problem>();
        if (Email.Length == 0 || !Email.Contains('@')) problems.Add(new Problem("email", "enter the email address you will sign in with"));
        if (string.IsNullOrEmpty(password) || password.Length < 8) problems.Add(new Problem("password", "use at least 8 characters"));
        if (problems.Count == 0)
        {
            var user = new IdentityUser { UserName = Email, Email = Email };
            var created = await users.CreateAsync(user, password!);
            if (created.Succeeded)
            {
                await signIn.SignInAsync(user, isPersistent: false);
                return LocalRedirect("/");
            }
            problems.AddRange(created.Errors.Select(e => new Problem(e.Code.Contains("Password") ? "password" : "email", e.Description)));
        }
        Problems = problems;
        return Page();
    }
}
