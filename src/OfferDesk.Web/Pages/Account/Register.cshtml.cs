using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// Creating an account. A new address and one that already has an account get the same answer
/// (go and sign in): the server sends no e-mail, so it cannot tell the owner privately, and
/// saying "taken" would tell anyone who has an account here.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class RegisterModel(Registration registration) : PageModel
{
    public const string DoneMessage = "Your account is ready: sign in with this address and your password. (If this address already had an account here, use the password you chose for it then.)";

    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string Email { get; private set; } = "";
    public bool IsOpen => registration.IsOpen;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? email, string? password)
    {
        Email = email?.Trim() ?? "";
        if (!registration.IsOpen)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        var outcome = await registration.RegisterAsync(email, password);
        if (outcome.Problems.Count > 0)
        {
            Problems = outcome.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Flash"] = DoneMessage;
        TempData["Email"] = Email;
        return LocalRedirect("/account/login");
    }
}
