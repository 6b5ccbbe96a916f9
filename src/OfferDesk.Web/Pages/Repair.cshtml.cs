using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Data;
using OfferDesk.Web.Api;

namespace OfferDesk.Web.Pages;

/// <summary>
/// Where a user lands when their saved search no longer reads: it can be downloaded exactly as it
/// is stored, and replaced by a fixed file. Nothing is thrown away until a fixed one is imported.
/// </summary>
[RequestSizeLimit(PipelineApi.MaxDocumentBytes * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = PipelineApi.MaxDocumentBytes * 4)]
public sealed class RepairModel(Desk desk, SearchStore store) : PageModel
{
    /// <summary>What is wrong with the stored search, and afterwards with an imported file.</summary>
    public IReadOnlyList<Problem> Stored { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public int Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var raw = await store.LoadRawAsync(desk.UserId, ct);
        if (raw is null || raw.Problems.Count == 0) return Redirect("/");
        Stored = raw.Problems;
        Version = raw.Version;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var raw = await store.LoadRawAsync(desk.UserId, ct);
        if (raw is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(raw.Document), "application/json", "offerdesk-search-as-stored.json");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int? version, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var upload = await SearchUpload.ReplaceAsync(desk, file, version, "choose the fixed file to import", problems, ct);
        if (upload.Saved)
        {
            TempData["Flash"] = "Your search is repaired and back in use.";
            return Redirect("/");
        }
        var raw = await store.LoadRawAsync(desk.UserId, ct);
        if (raw is null || raw.Problems.Count == 0) return Redirect("/");
        Stored = raw.Problems;
        Version = raw.Version;
        Problems = problems;
        Response.StatusCode = upload.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    public static ProblemField? Field(string path) => path == "file" ? new ProblemField("Fixed search file (.json)", "file") : null;
}
