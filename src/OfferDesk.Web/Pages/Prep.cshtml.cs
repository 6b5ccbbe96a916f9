using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>A printable sheet for a phone move: the goal, the words, and the decisions made in advance.</summary>
public sealed class PrepModel(Desk desk) : PageModel
{
    public Move Move { get; private set; } = null!;
    public IReadOnlyList<(string When, string Then)> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string code, CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        if (view.Pipeline.Find(id) is not { } o || Playbook.Find(code) is not { } rule) return NotFound();
        var situation = new Situation(view.Pipeline, view.Today);
        // The sheet is for a move that is proposed now; a script that honesty forbids is never printed.
        var proposed = view.Advice.Moves.FirstOrDefault(m => m.Code == rule.Code && m.Opportunity == id);
        if (proposed is null || proposed.Channel != Channel.Phone || rule.RefuseScript(situation, o) is not null) return NotFound();
        Move = proposed;
        Decisions = rule.CallSheetDecisions;
        return Page();
    }
}
