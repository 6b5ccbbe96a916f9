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
            problems.AddRange(InPeoplesWords(parsed.Problems, text));
            return new Outcome(false, false, 0);
        }
        var result = await desk.ReplaceAsync(parsed.Pipeline!, version, ct);
        if (!result.Saved) problems.AddRange(result.Problems);
        return new Outcome(result.Saved, result.Conflict, parsed.Pipeline!.Opportunities.Count);
    }

    /// <summary>
    /// The file's problems with each place named as a person finds it in their search ("Globex,
    /// offer, base salary per year"), not by its path in the document; the API keeps the paths.
    /// </summary>
    public static IEnumerable<Problem> InPeoplesWords(IEnumerable<Problem> problems, string text)
    {
        System.Text.Json.Nodes.JsonNode? root = null;
        try { root = System.Text.Json.Nodes.JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { }
        foreach (var p in problems)
        {
            var where = Where(p.Path, root);
            yield return where is null ? p : new Problem("", $"{where}: {p.Message}");
        }
    }

    /// <summary>"Globex, offer, base salary per year"; "About you, your time zone"; null for a place with no words (the whole file).</summary>
    public static string? Where(string path, System.Text.Json.Nodes.JsonNode? root)
    {
        if (path.Length == 0 || path == "file") return null;
        var m = System.Text.RegularExpressions.Regex.Match(path, @"^opportunities\[(\d+)\](?:\.(.*))?$");
        if (!m.Success)
            return path.StartsWith("candidate", StringComparison.Ordinal) && DocumentFields.Label(path) is { } about
                ? $"About you, {Lower(about)}"
                : DocumentFields.Label(path) is { } top ? top : null;
        var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        string? company = null;
        try { company = root?["opportunities"]?[index]?["company"]?.GetValue<string>(); }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentOutOfRangeException) { }
        var who = string.IsNullOrWhiteSpace(company) ? $"Company {index + 1}" : company.Trim();
        var rest = m.Groups[2].Value;
        if (rest.Length == 0) return who;
        var part = rest.StartsWith("offer.", StringComparison.Ordinal) ? "offer, " : "";
        var label = DocumentFields.Label(path);
        return label is null ? who : $"{who}, {part}{string.Join(", ", label.Split(": ").Select(Lower))}";
    }

    private static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
