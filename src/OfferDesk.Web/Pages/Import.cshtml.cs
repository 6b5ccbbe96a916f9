using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Import;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

/// <summary>
/// A CSV file from another tracker or a spreadsheet, added to the search in two steps: upload
/// and see the preview (where each column goes, what each row becomes), then confirm. Nothing is
/// saved before the confirmation. The file's text travels in the preview's form, not in the
/// search or the session, and is read, mapped and checked again on confirmation against the
/// search as stored then: it is the user's own data, and whatever comes back is checked as if new.
/// </summary>
// Room for a file many times the largest read (form files past 64 KB wait on disk, not in
// memory), so a file chosen by mistake gets our message with its size; past this, the server
// refuses the request before the page sees it (a 400, the kind error page, nothing saved).
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit, ValueLengthLimit = CsvUpload.MaxBytes * 4)]
public sealed class ImportModel(Desk desk) : PageModel
{
    /// <summary>How the person importing writes amounts (their browser's language), for a salary column.</summary>
    private NumberLocale Numbers => NumberLocale.From(Request.Headers.AcceptLanguage);

    public const int UploadLimit = CsvUpload.MaxBytes * 16;

    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public ImportPlan? Plan { get; private set; }
    public string Csv { get; private set; } = "";
    public string? FileName { get; private set; }
    public int Version { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The label and input each problem of this page is about.</summary>
    public static ProblemField? Field(string path) => path switch
    {
        "file" => new("CSV file", "file"),
        "map" => new("Columns", "map-0"),
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        (Version, Today) = (view.Version, view.Today);
    }

    /// <summary>Reads an uploaded file (or the one already shown, with the mapping as changed) and shows what it would add.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, string? csv, string? fileName, string[]? map, string? dates, int? version, CancellationToken ct)
    {
        var fresh = file is not null || string.IsNullOrEmpty(csv);
        if (fresh)
        {
            var (text, problem) = await CsvUpload.ReadAsync(file, ct);
            if (problem is not null) return await RefusedAsync([problem], ct);
            csv = text;
            fileName = Path.GetFileName(file!.FileName);
        }
        var (table, parseProblem) = CsvUpload.Parse(csv!);
        if (parseProblem is not null) return await RefusedAsync([parseProblem], ct);
        var view = await desk.LoadAsync(ct);
        (Version, Today) = (view.Version, view.Today);
        (Csv, FileName) = (csv!, fileName);
        // A new file is mapped as recognised; the same file keeps what the user chose.
        Plan = ImportPlan.Make(table!, fresh ? null : Mapping(map), fresh ? null : Order(dates), view.Pipeline, Numbers);
        Problems = Plan.Problems;
        return Page();
    }

    /// <summary>Adds what the preview showed, made again from the file and the search as stored; changes nothing if anything is wrong.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? csv, string? fileName, string[]? map, string? dates, int? version, CancellationToken ct)
    {
        var (table, parseProblem) = CsvUpload.Parse(csv ?? "");
        if (parseProblem is not null) return await RefusedAsync([parseProblem], ct);
        var mapping = Mapping(map);
        var order = Order(dates);
        ImportPlan? plan = null;
        var added = 0;
        var result = await desk.EditAsync(version, p =>
        {
            plan = ImportPlan.Make(table!, mapping, order, p, Numbers);
            if (plan.Problems.Count > 0) return plan.Problems;
            if (plan.ToAdd == 0) return [new Problem("", "Nothing in this file is new: every row is left out or already in your search, so nothing was added.")];
            added = plan.ApplyTo(p, SearchModel.NewId);
            return [];
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = $"Added {(added == 1 ? "1 company" : $"{added} companies")} from your {TrackerFormats.Name(plan!.Source)}.";
            return Redirect("/board");
        }
        // The preview again, as the search is now, with what stopped the import.
        var view = await desk.LoadAsync(ct);
        (Version, Today, Csv, FileName) = (view.Version, view.Today, csv!, fileName);
        Plan = ImportPlan.Make(table!, mapping, order, view.Pipeline, Numbers);
        Problems = result.Problems;
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<Problem> problems, CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        (Version, Today) = (view.Version, view.Today);
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The columns as chosen on the page; null (the recognised mapping) when a choice does not read.</summary>
    private static ImportField[]? Mapping(string[]? map)
    {
        if (map is null || map.Length == 0) return null;
        var fields = new ImportField[map.Length];
        for (var i = 0; i < map.Length; i++)
            if (!Core.Model.Wording.TryParse(map[i] ?? "", out fields[i])) return null;
        return fields;
    }

    private static DateOrder? Order(string? dates) =>
        Core.Model.Wording.TryParse<DateOrder>(dates ?? "", out var order) ? order : null;
}
