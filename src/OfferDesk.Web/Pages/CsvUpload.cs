using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Import;

namespace OfferDesk.Web.Pages;

/// <summary>
/// A CSV file from another tracker, read into cells with CsvHelper, or the one thing that stops
/// it being read, in plain words (path "file"). The import page keeps the text between the
/// preview and the confirmation and reads it again each time, so these limits hold both times.
/// </summary>
public static class CsvUpload
{
    /// <summary>The largest file read: thousands of rows of any tracker's export.</summary>
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 2_000;
    public const int MaxColumns = 60;

    /// <summary>
    /// How OfferDesk writes a spreadsheet: a cell that a spreadsheet program would run as a formula
    /// (starting with =, +, -, @, a tab or a carriage return, from a form, the API or an import)
    /// is written with an apostrophe before it, CsvHelper's own escape, so it opens as text.
    /// </summary>
    public static readonly CsvConfiguration ExportConfiguration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>
    /// A cell as it was before <see cref="ExportConfiguration"/> escaped it: the apostrophe before a
    /// formula's first character taken off, so OfferDesk's own spreadsheet reads back unchanged.
    /// A spreadsheet program never writes that apostrophe into a CSV file (it is how a person types
    /// text that starts with =), so other trackers' files read the same.
    /// </summary>
    public static string Unescape(string cell) =>
        cell.Length >= 2 && cell[0] == ExportConfiguration.InjectionEscapeCharacter && ExportConfiguration.InjectionCharacters.Contains(cell[1])
            ? cell[1..]
            : cell;

    /// <summary>The text of an uploaded file, or why it is not one we read.</summary>
    public static async Task<(string? Text, Problem? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            return (null, new("file", file is null ? "choose the CSV file to import" : "the file is empty"));
        if (file.Length > MaxBytes)
            return (null, new("file", $"the file is {Kb(file.Length)} KB, and the largest accepted is {Kb(MaxBytes)} KB: export fewer rows, or leave out long columns such as job descriptions"));
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(bytes, ct);
        return Decode(bytes);
    }

    /// <summary>Bytes as text: UTF-8 (with or without its mark), or why not.</summary>
    public static (string? Text, Problem? Problem) Decode(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
            return (null, new("file", "this is a spreadsheet workbook (such as .xlsx), not a CSV file: in your spreadsheet program choose Save as or Download, then CSV, and upload that"));
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return (null, new("file", "this is not a text file: upload the CSV file your tracker exports"));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, new("file", "this file is not saved as UTF-8 text: in your spreadsheet program save it as \u201cCSV UTF-8\u201d and upload it again"));
        }
        return (text.TrimStart('\uFEFF'), null);
    }

    /// <summary>The table in the text, or why there is none to import.</summary>
    public static (CsvTable? Table, Problem? Problem) Parse(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
            return (null, new("file", $"the file is larger than {Kb(MaxBytes)} KB, the largest accepted"));
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0) return (null, new("file", "the file is empty"));
        if (trimmed[0] is '{' or '[')
            return (null, new("file", "this is a JSON file, not a CSV file: to restore an OfferDesk search file, use \u201cReplace your search with a file\u201d on Import and export"));

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Spreadsheets set to many European languages separate with semicolons.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            // A stray quote inside a cell is kept as written rather than refusing the whole file.
            BadDataFound = null,
            TrimOptions = TrimOptions.None,
            // Every line is a row, blank or not, so "Row 7" is the row a spreadsheet program shows as 7.
            IgnoreBlankLines = false,
        };
        var rows = new List<CsvRow>();
        string[]? headers = null;
        using var parser = new CsvParser(new StringReader(text), config);
        var record = 0;
        while (parser.Read())
        {
            record++;
            var cells = (parser.Record ?? []).Select(Unescape).ToArray();
            if (headers is null)
            {
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                if (cells.Length > MaxColumns)
                    return (null, new("file", $"the file has {cells.Length} columns, and at most {MaxColumns} are read: is it a CSV export of a tracker?"));
                headers = [.. cells.Select((h, i) => string.IsNullOrWhiteSpace(h) ? $"Column {i + 1}" : h.Trim())];
                continue;
            }
            if (rows.Count == MaxRows)
                return (null, new("file", $"the file has more than {MaxRows.ToString("#,0", CultureInfo.InvariantCulture)} rows, the most imported at once: split it into smaller files"));
            // Numbered as a spreadsheet numbers them: the header is row 1 (after any blank lines above it).
            rows.Add(new CsvRow(record, cells));
        }
        if (headers is null) return (null, new("file", "the file is empty"));
        if (rows.All(r => r.Cells.All(string.IsNullOrWhiteSpace)))
            return (null, new("file", "the file has column names but no rows below them"));
        return (new CsvTable(headers, rows), null);
    }

    private static string Kb(long bytes) => (bytes / 1024).ToString("#,0", CultureInfo.InvariantCulture);
}
