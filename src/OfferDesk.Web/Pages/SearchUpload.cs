using System.Text;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Api;

namespace OfferDesk.Web.Pages;

/// <summary>An uploaded search file put in place of the user's search: the import page and the repair page share it.</summary>
public static class SearchUpload
{
    /// <summary>Whether it was saved, whether another save beat it, and how many companies the file held.</summary>
    public sealed record Outcome(bool Saved, bool Conflict, int Companies);

    /// <summary>
    /// Adds to <paramref name="problems"/> what is wrong with the file or the search in it, and
    /// replaces the search only when nothing is (problems found before the call count too).
    /// </summary>
    public static async Task<Outcome> ReplaceAsync(Desk desk, IFormFile? file, int? version, string whenMissing, List<Problem> problems, CancellationToken ct)
    {
        if (file is null || file.Length == 0) problems.Add(new Problem("file", whenMissing));
        else if (file.Length > PipelineApi.MaxDocumentBytes)
            problems.Add(new Problem("file", $"the file is {file.Length / 1024} KB; the largest search accepted is {PipelineApi.MaxDocumentBytes / 1024} KB"));
        if (problems.Count > 0) return new Outcome(false, false, 0);
        // A file for a search that has changed since the form was opened is refused before it is read.
        if (version is { } v && v != await desk.VersionAsync(desk.UserId, ct))
        {
            problems.Add(new Problem("", "Your search changed since this page was opened (in another tab or device). Nothing was saved; reload to see the latest, then make your change again."));
            return new Outcome(false, true, 0);
        }
        string text;
        using (var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8))
            text = await reader.ReadToEndAsync(ct);
        var parsed = PipelineJson.Parse(text);
        if (!parsed.IsValid)
        {
            problems.AddRange(parsed.Problems);
            return new Outcome(false, false, 0);
        }
        var result = await desk.ReplaceAsync(parsed.Pipeline!, version, ct);
        if (!result.Saved) problems.AddRange(result.Problems);
        return new Outcome(result.Saved, result.Conflict, parsed.Pipeline!.Opportunities.Count);
    }
}
