using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class IndexModel(Desk desk) : PageModel
{
    /// <summary>
    /// Full cards on one page of Today. A day's work rarely goes past a few dozen moves, and a
    /// search of thousands of companies would otherwise make a page of megabytes: the rest follow
    /// on further pages, in the same order (most pressing first).
    /// </summary>
    public const int CardsPerPage = 50;

    public DeskView View { get; private set; } = null!;

    /// <summary>Which page of moves (<c>?page=2</c>; 1 first); a page past the last shows the last.</summary>
    // Read from the query by hand: "page" is also Razor Pages' own route value (the page's name).
    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>The moves on this page.</summary>
    public IReadOnlyList<Move> Shown { get; private set; } = [];

    /// <summary>The day's first move, shown on its own above the rest on the first page ("Start here").</summary>
    public Move? StartHere { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        var moves = View.IsEmpty ? [] : View.Advice.Moves;
        PageCount = Math.Max(1, (moves.Count + CardsPerPage - 1) / CardsPerPage);
        PageNumber = int.TryParse(Request.Query["page"], out var asked) ? Math.Clamp(asked, 1, PageCount) : 1;
        Shown = moves.Count <= CardsPerPage ? moves : [.. moves.Skip((PageNumber - 1) * CardsPerPage).Take(CardsPerPage)];
        StartHere = PageNumber == 1 && moves.Count > 0 ? moves[0] : null;
    }

    /// <summary>"39 urgent, 74 important, ..." for the summary of a Today that runs over several pages.</summary>
    public string Tally() => string.Join(", ", View.Advice.Moves.GroupBy(m => m.Priority)
        .Select(g => $"{g.Count()} {Vocabulary.PriorityHeading(g.Key).ToLowerInvariant()}"));

    /// <summary>Loads the example search into an empty account.</summary>
    public async Task<IActionResult> OnPostExampleAsync(CancellationToken ct)
    {
        var result = await desk.EditAsync(null, p =>
        {
            if (p.Opportunities.Count > 0) return [new("", "Your search already has companies in it; the example is only for an empty account.")];
            var example = ExampleSearch.Create(desk.TodayFor(p));
            // The zone given at sign-up stays: the example is only companies and a name.
            example.Candidate.TimeZone = p.Candidate.TimeZone;
            p.Candidate = example.Candidate;
            p.Opportunities = example.Opportunities;
            return [];
        }, ct);
        if (!result.Saved) TempData["Flash"] = result.Problems[0].Message;
        return RedirectToPage();
    }

    public static string Heading(Priority p) => Vocabulary.PriorityHeading(p);
}
