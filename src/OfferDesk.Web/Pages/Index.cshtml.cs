using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class IndexModel(Desk desk) : PageModel
{
    public DeskView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await desk.LoadAsync(ct);

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
