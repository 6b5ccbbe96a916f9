using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Api;

namespace OfferDesk.Web.Pages;

[RequestSizeLimit(PipelineApi.MaxDocumentBytes * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = PipelineApi.MaxDocumentBytes * 4)]
public sealed class DataModel(Desk desk) : PageModel
{
    /// <summary>The problem of the "clear my search" form, under it.</summary>
    public string? ClearProblem { get; private set; }

    /// <summary>Empties the search (every company), keeping the account and what it says about the candidate.</summary>
    public async Task<IActionResult> OnPostClearAsync(bool confirm, int? version, CancellationToken ct)
    {
        if (!confirm) ClearProblem = "Tick the box to confirm: clearing removes every company from your search.";
        else
        {
            var result = await desk.EditAsync(version, p => { p.Opportunities.Clear(); return []; }, ct);
            if (result.Saved)
            {
                TempData["Flash"] = "Your search is cleared. Your account and your settings are kept.";
                return Redirect("/");
            }
            ClearProblem = result.Problems[0].Message;
            Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }
        if (Response.StatusCode == StatusCodes.Status200OK) Response.StatusCode = StatusCodes.Status400BadRequest;
        Version = (await desk.LoadAsync(ct)).Version;
        return Page();
    }

    /// <summary>The old address of deleting the account: on Settings now; a post is passed on as it is (307).</summary>
    public IActionResult OnPostDelete() => RedirectPreserveMethod("/settings?handler=Delete");

    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public int Version { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Version = (await desk.LoadAsync(ct)).Version;

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        var bytes = Encoding.UTF8.GetBytes(PipelineJson.Serialize(view.Pipeline) + "\n");
        return File(bytes, "application/json", $"offerdesk-search-{Core.Model.Wording.Date(view.Today)}.json");
    }

    /// <summary>
    /// The search as a spreadsheet: one row per company, in people's words (stage names, dates as
    /// written in the document), for any spreadsheet program. The JSON download stays the full copy.
    /// </summary>
    public async Task<IActionResult> OnGetExportCsvAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await using (var csv = new CsvHelper.CsvWriter(text, CsvUpload.ExportConfiguration))
        {
            foreach (var header in new[] { "Company", "Role", "Stage", "Rank", "Applied on", "Last heard from", "They decide by", "Next step", "Due",
                         "Offer", "Base salary", "Currency", "Answer by", "Paid days off", "Workplace", "Location", "Contacts", "Notes" })
                csv.WriteField(header);
            await csv.NextRecordAsync();
            var next = view.Advice.Moves.Concat(view.Advice.Upcoming).GroupBy(m => m.Opportunity).ToDictionary(g => g.Key, g => g.First());
            foreach (var o in view.Pipeline.Opportunities.OrderBy(o => o.Preference ?? int.MaxValue))
            {
                var move = next.GetValueOrDefault(o.Id);
                var offer = o.Offer is { Status: not Core.Model.OfferStatus.Expected } f ? f : null;
                string? Day(DateOnly? d) => d is { } x ? Core.Model.Wording.Date(x) : null;
                foreach (var field in new[]
                         {
                             o.Company, o.Role, Shown.Stage(o.Stage), o.Preference?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                             Day(o.AppliedOn), Day(o.LastHeardFrom), Day(o.Process?.DecisionBy), move?.Summary, Day(move?.Due),
                             offer is null ? null : Shown.OfferStatus(offer.Status),
                             offer?.BaseSalary?.ToString(System.Globalization.CultureInfo.InvariantCulture), offer?.Currency, Day(offer?.Deadline),
                             offer?.PtoDays?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                             offer?.Workplace is { } w ? Shown.Workplace(w) : null, offer?.Location,
                             string.Join("; ", o.Contacts.Select(c => string.Join(" ", new[] { c.Name, c.Phone, c.Email }.Where(x => !string.IsNullOrWhiteSpace(x))))),
                             o.Notes,
                         })
                    csv.WriteField(field ?? "");
                await csv.NextRecordAsync();
            }
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv", $"offerdesk-search-{Core.Model.Wording.Date(view.Today)}.csv");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int? version, bool confirm, CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (!confirm) problems.Add(new Problem("confirm", "tick the box to confirm that the file replaces your current search"));
        var upload = await SearchUpload.ReplaceAsync(desk, file, version, "choose a file to import", problems, ct);
        if (upload.Saved)
        {
            TempData["Flash"] = $"Imported {upload.Companies} companies.";
            return Redirect("/");
        }
        Problems = problems;
        Version = version ?? (await desk.LoadAsync(ct)).Version;
        Response.StatusCode = upload.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
