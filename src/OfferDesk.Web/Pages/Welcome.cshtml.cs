using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>
/// For signed-out visitors: what OfferDesk does, shown on the example search's real advice for
/// today (the same engine a signed-in user gets), so nothing here is a mock-up.
/// </summary>
public sealed class WelcomeModel(CandidateClock clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Move> Moves { get; private set; } = [];

    public void OnGet()
    {
        // A visitor has no zone on file: the server's day, as for a candidate who gave none.
        Today = clock.Today(timeZone: null);
        Moves = [.. Advisor.Advise(ExampleSearch.Create(Today), Today).Moves.Take(3)];
    }
}
