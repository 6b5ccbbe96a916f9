using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// Creating an account. A new address is signed in at once and lands on Today. An address that
/// already has an account gets the answer it always got: nothing changes, the page never says
/// "taken", and it leads to sign-in (its owner's own password works there). Whether one ends up
/// signed in does tell a new address from a taken one; that is the price of not typing the
/// address and password twice, and it costs a stranger a full password hash and one of the
/// few attempts a minute the credential throttle allows per network, like a sign-in guess would.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class RegisterModel(Registration registration, OfferDesk.Data.SearchStore store, OfferDesk.Core.Model.CandidateClock clock,
    Microsoft.AspNetCore.Identity.SignInManager<Microsoft.AspNetCore.Identity.IdentityUser> signIn) : PageModel
{
    /// <summary>The answer for an address that was not new: sign in with the password chosen for it.</summary>
    public const string DoneMessage = "Sign in with this address and your password. If you made an account here before, it is the password you chose then.";

    /// <summary>The welcome of a new account, signed in.</summary>
    public const string WelcomeMessage = "Welcome to OfferDesk: your account is ready and you are signed in.";

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
        if (outcome.Created is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            TempData["Flash"] = WelcomeMessage;
            return LocalRedirect("/");
        }
        TempData["Flash"] = DoneMessage;
        TempData["Email"] = Email;
        return LocalRedirect("/account/login");
    }
}
