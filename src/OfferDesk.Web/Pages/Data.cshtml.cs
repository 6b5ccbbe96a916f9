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
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public int Version { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Version = (await desk.LoadAsync(ct)).Version;

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        var bytes = Encoding.UTF8.GetBytes(PipelineJson.Serialize(view.Pipeline) + "\n");
        return File(bytes, "application/json", $"offerdesk-search-{Core.Model.Wording.Date(view.Today)}.json");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int? version, bool confirm, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var conflict = false;
        if (!confirm) problems.Add(new Problem("confirm", "tick the box to confirm that the file replaces your current search"));
        if (file is null || file.Length == 0) problems.Add(new Problem("file", "choose a file to import"));
        else if (file.Length > PipelineApi.MaxDocumentBytes)
            problems.Add(new Problem("file", $"the file is {file.Length / 1024} KB; the largest search accepted is {PipelineApi.MaxDocumentBytes / 1024} KB"));
        if (problems.Count == 0)
        {
            string text;
            using (var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8))
                text = await reader.ReadToEndAsync(ct);
            var parsed = PipelineJson.Parse(text);
            if (!parsed.IsValid) problems.AddRange(parsed.Problems);
            else
            {
                var result = await desk.ReplaceAsync(parsed.Pipeline!, version, ct);
                if (result.Saved)
                {
                    TempData["Flash"] = $"Imported {parsed.Pipeline!.Opportunities.Count} companies.";
                    return Redirect("/");
                }
                problems.AddRange(result.Problems);
                conflict = result.Conflict;
            }
        }
        Problems = problems;
        Version = version ?? (await desk.LoadAsync(ct)).Version;
        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
