using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>
/// A printable sheet for a phone move: the goal, the words, the number to dial, the decisions made
/// in advance, and room to write. Its address keeps working once the call is logged (a printed
/// sheet, a bookmark, the browser's history): then it says so and leads to the company.
/// </summary>
public sealed class PrepModel(Desk desk) : PageModel
{
    /// <summary>The move as proposed today; null once it is logged or today's advice moved on.</summary>
    public Move? Move { get; private set; }
    public string Company { get; private set; } = "";
    public string OpportunityId { get; private set; } = "";
    public DateOnly Today { get; private set; }
    /// <summary>Whom to call, with the tap-to-dial address.</summary>
    public MoveCard? Card { get; private set; }
    public IReadOnlyList<(string When, string Then)> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string code, CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        if (view.Pipeline.Find(id) is not { } o || Playbook.Find(code) is not { } rule) return NotFound();
        var situation = new Situation(view.Pipeline, view.Today);
        (Company, OpportunityId, Today) = (o.Company, o.Id, view.Today);
        var proposed = view.Advice.Moves.FirstOrDefault(m => m.Code == rule.Code && m.Opportunity == id);
        if (proposed is null)
        {
            // Not on today's list any more (logged, or the advice moved on): the address still
            // answers, with no words to say, since honesty may forbid them now.
            if (rule.ChannelFor(situation, o) != Channel.Phone) return NotFound();
            return Page();
        }
        // A script that honesty forbids is never printed.
        if (proposed.Channel != Channel.Phone || rule.RefuseScript(situation, o) is not null) return NotFound();
        Move = proposed;
        Card = MoveCard.For(proposed, view.Pipeline, view.Today, view.Version, $"/opportunities/{id}");
        Decisions = rule.CallSheetDecisions;
        return Page();
    }
}
