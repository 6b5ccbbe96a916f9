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

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        var moves = View.IsEmpty ? [] : View.Advice.Moves;
        PageCount = Math.Max(1, (moves.Count + CardsPerPage - 1) / CardsPerPage);
        PageNumber = int.TryParse(Request.Query["page"], out var asked) ? Math.Clamp(asked, 1, PageCount) : 1;
        Shown = moves.Count <= CardsPerPage ? moves : [.. moves.Skip((PageNumber - 1) * CardsPerPage).Take(CardsPerPage)];
    }

    /// <summary>An interview whose day has passed and is still marked as coming: Today asks how it went.</summary>
    public sealed record PastInterview(Opportunity Company, int Index, Interview Interview);

    /// <summary>Every interview of an open company whose day is before today and is still scheduled, earliest first.</summary>
    public IReadOnlyList<PastInterview> Passed() =>
        [.. View.Pipeline.Opportunities
            .Where(o => o.Stage is not (Stage.Declined or Stage.Rejected or Stage.Withdrawn))
            .SelectMany(o => o.Interviews.Select((i, n) => new PastInterview(o, n, i)))
            .Where(x => x.Interview.Status == InterviewStatus.Scheduled && x.Interview.At.Date < View.Today)
            .OrderBy(x => x.Interview.At.Date)];

    /// <summary>
    /// The answer to "did your interview happen?", one tap each: it happened (done, as "Interview
    /// done" records it), it was cancelled, or it moved (to the interview on the company's page,
    /// to give its new day; nothing changes here). The interview is named by its company, place
    /// in the list and day, so a list changed in another tab is not answered for the wrong one.
    /// </summary>
    public async Task<IActionResult> OnPostInterviewAsync(string id, int index, string? on, string? answer, int? version, CancellationToken ct)
    {
        if (answer == "moved") return Redirect($"/opportunities/{Uri.EscapeDataString(id)}#i{index}d");
        if (answer is not ("done" or "cancelled")) return BadRequest();
        var company = "";
        var result = await desk.EditAsync(version, p =>
        {
            if (p.Find(id) is not { } o) return [new("id", "no such company")];
            company = o.Company;
            if (index < 0 || index >= o.Interviews.Count || Wording.Date(o.Interviews[index].At.Date) != on || o.Interviews[index].Status != InterviewStatus.Scheduled)
                return [new("", $"That interview at {o.Company} was changed since this page was shown: nothing was saved. Here it is as it is now.")];
            var interview = o.Interviews[index];
            if (answer == "cancelled")
            {
                interview.Status = InterviewStatus.Cancelled;
                return [];
            }
            return o.InterviewHeld(interview.At.Date, desk.TodayFor(p)) is { } refused ? [refused] : [];
        }, ct);
        if (result.Problems.Any(x => x.Path == "id")) return NotFound();
        TempData["Flash"] = !result.Saved ? result.Problems[0].Message
            : answer == "done" ? $"Noted: your interview with {company} happened. Your advice is updated."
            : $"Noted: your interview with {company} was cancelled. Your advice is updated.";
        return RedirectToPage();
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
