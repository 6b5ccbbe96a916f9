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
public sealed class RegisterModel(Registration registration, OfferDesk.Data.SearchStore store, OfferDesk.Core.Model.CandidateClock clock) : PageModel
{
    public const string DoneMessage = "Your account is ready: sign in with this address and your password. (If this address already had an account here, use the password you chose for it then.)";

    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string Email { get; private set; } = "";
    public bool IsOpen => registration.IsOpen;
    public string ServerZone => clock.ServerZoneName;
    public string? TimeZone { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? timeZone)
    {
        Email = email?.Trim() ?? "";
        TimeZone = timeZone;
        if (!registration.IsOpen)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        // The zone is checked first, so a bad one creates nothing; a new account starts with it.
        var zone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
        var start = new OfferDesk.Core.Model.Pipeline { Candidate = { TimeZone = zone } };
        var zoneProblems = PipelineRules.Check(start).Select(p => p with { Path = "timeZone" }).ToList();
        var outcome = zoneProblems.Count > 0
            ? new RegistrationOutcome(zoneProblems)
            : await registration.RegisterAsync(email, password, zone is null ? null : async userId => await store.SaveAsync(userId, start, 0));
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
