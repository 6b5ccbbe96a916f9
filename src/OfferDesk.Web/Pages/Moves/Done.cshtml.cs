using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages.Moves;

/// <summary>"Done" on a move: records the event that settles it, then back to where the user was.</summary>
public sealed class DoneModel(Desk desk, Undo undo) : PageModel
{
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet() => Redirect("/");

    /// <summary>What Done says: the company it was done for, so a list of several is never in doubt.</summary>
    public static string DoneMessage(string company) => $"Done. Your advice for {company} is updated.";

    public async Task<IActionResult> OnPostAsync(string code, string opportunity, int? version, string? choice, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = Infrastructure.LocalUrl.Safe(Url, returnUrl);
        Core.Model.Pipeline? changed = null;
        var company = "";
        var result = await desk.EditAsync(version, p =>
        {
            company = p.Find(opportunity ?? "")?.Company ?? "";
            var before = p.Clone();
            if (Completion.Complete(p, code ?? "", opportunity ?? "", desk.TodayFor(p), choice) is { } problem) return [problem];
            changed = Undo.Changed(before, p);
            return [];
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = DoneMessage(company);
            if (changed is { Opportunities.Count: > 0 }) TempData["Undo"] = undo.Seal(desk.UserId, result.Version, changed);
            return LocalRedirect(ReturnUrl);
        }
        if (!result.Conflict && result.Problems.Any(p => p.Path == "opportunity" && p.Message.StartsWith("no opportunity"))) return NotFound();
        Problems = result.Problems;
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
