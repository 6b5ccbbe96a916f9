using System.Globalization;

namespace OfferDesk.Core.Import;

/// <summary>What becomes of a row of the file.</summary>
public enum RowOutcome { Add, AlreadyThere, Skip }

/// <summary>
/// One row of the file as the preview reports it: what it would add, what was read in a way worth
/// saying (<see cref="Notes"/>), or why it is left out (<see cref="Reasons"/>, each a whole sentence
/// after "Row N: ").
/// </summary>
public sealed record PlannedRow(int Row, RowOutcome Outcome, string Company, string? Role, Stage Stage, DateOnly? AppliedOn,
    IReadOnlyList<string> Notes, IReadOnlyList<string> Reasons)
{
    internal Opportunity? Opportunity { get; init; }
}

/// <summary>
/// A CSV file read against the user's search: every row reported, nothing changed. The same
/// file, mapping and search always give the same plan, so the page shows it before the user
/// confirms and makes it again, against the search as stored, when they do.
/// </summary>
/// <remarks>
/// A row whose company and role are already in the search is reported and left as it is: a
/// sparse row from another tracker must not overwrite interviews, offers or notes kept here, and
/// importing the same file twice then adds nothing the second time.
/// </remarks>
public sealed class ImportPlan
{
    public required TrackerSource Source { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<ImportField> Mapping { get; init; }
    /// <summary>A sample value of each column (its first that is not empty), to help choose what it is.</summary>
    public required IReadOnlyList<string> Samples { get; init; }
    public required IReadOnlyList<PlannedRow> Rows { get; init; }
    /// <summary>What stops the import as mapped (path "map"); the rows are still reported.</summary>
    public required IReadOnlyList<Problem> Problems { get; init; }
    /// <summary>What applies to the whole file ("No column says the stage…").</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Whether some dates read as two different days, so the page asks which order they are in.</summary>
    public required bool DatesAreAmbiguous { get; init; }
    public required DateOrder DateOrder { get; init; }

    public int ToAdd => Rows.Count(r => r.Outcome == RowOutcome.Add);
    public bool CanConfirm => Problems.Count == 0 && ToAdd > 0;

    /// <summary>
    /// Reads the file against <paramref name="current"/> (not changed). <paramref name="mapping"/>
    /// null, or not one field per column, means the recognised one. Slashed dates are in the order
    /// they show themselves (25/03/2026 can only be day first); when none shows it, in
    /// <paramref name="dates"/>, else month first. A salary is read as <paramref name="numbers"/>
    /// writes amounts (the person importing; English's when not given).
    /// </summary>
    public static ImportPlan Make(CsvTable table, IReadOnlyList<ImportField>? mapping, DateOrder? dates, Pipeline current, NumberLocale? numbers = null)
    {
        var (source, recognised) = TrackerFormats.Recognise(table.Headers);
        var map = mapping is { } m && m.Count == table.Headers.Count ? m.ToArray() : recognised;
        int Column(ImportField f) => Array.IndexOf(map, f);

        var problems = new List<Problem>();
        if (Column(ImportField.Company) < 0)
            problems.Add(new("map", "choose which column holds the company name: every company needs one"));
        foreach (var field in map.Distinct().Where(TrackerFormats.IsSingle))
        {
            var columns = Enumerable.Range(0, map.Length).Where(i => map[i] == field).ToList();
            if (columns.Count > 1)
                problems.Add(new("map", $"{columns.Count} columns are set to {TrackerFormats.Label(field)} ({string.Join(" and ", columns.Select(i => Quote(table.Headers[i])))}): keep one and set the others to Leave out"));
        }

        var notes = new List<string>();
        var statusColumn = Column(ImportField.Status);
        if (statusColumn < 0 && problems.Count == 0) notes.Add("No column says where each application stands: every company is added as Applied.");
        var dateColumn = Column(ImportField.AppliedOn);
        var dateValues = dateColumn < 0 ? [] : table.Rows.Select(r => r.Cell(dateColumn)).ToList();
        var shown = ImportDates.OrderOf(dateValues);
        var ambiguous = shown is null && dateValues.Any(ImportDates.IsAmbiguous);
        // What the dates themselves show wins over an answer given for another column.
        var order = shown ?? dates ?? DateOrder.MonthFirst;

        var known = current.Opportunities.Select(o => Key(o.Company, o.Role)).ToHashSet(StringComparer.Ordinal);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepted = current.Opportunities.FirstOrDefault(o => o.Stage == Stage.Accepted)?.Company;
        var rows = new List<PlannedRow>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace)) continue;
            var planned = PlanRow(row, table.Headers, map, order, statusColumn >= 0, accepted, numbers ?? NumberLocale.Point);
            if (planned.Outcome == RowOutcome.Add)
            {
                var key = Key(planned.Company, planned.Role);
                if (known.Contains(key))
                    planned = planned with { Outcome = RowOutcome.AlreadyThere, Reasons = ["already in your search, so it is left as it is there"] };
                else if (firstRow.TryGetValue(key, out var first))
                    planned = planned with { Outcome = RowOutcome.Skip, Reasons = [$"the same company and role as row {first}, so it is left out"] };
                else
                {
                    firstRow[key] = row.Number;
                    if (planned.Stage == Stage.Accepted) accepted = planned.Company;
                }
            }
            rows.Add(planned);
        }

        var total = current.Opportunities.Count + rows.Count(r => r.Outcome == RowOutcome.Add);
        if (total > Limits.Opportunities)
            problems.Add(new("file", $"your search would hold {total.ToString("#,0", CultureInfo.InvariantCulture)} companies, and at most {Limits.Opportunities.ToString("#,0", CultureInfo.InvariantCulture)} fit: upload fewer rows"));

        var samples = Enumerable.Range(0, table.Headers.Count)
            .Select(i => table.Rows.Select(r => r.Cell(i)).FirstOrDefault(v => !ImportDates.IsBlank(v)) ?? "")
            .Select(v => TrackerFormats.Clip(v)).ToList();
        return new ImportPlan
        {
            Source = source, Headers = table.Headers, Mapping = map, Samples = samples, Rows = rows,
            Problems = problems, Notes = notes, DatesAreAmbiguous = ambiguous, DateOrder = order,
        };
    }

    /// <summary>
    /// Adds the companies the plan adds to <paramref name="pipeline"/>, each with an id from
    /// <paramref name="newId"/> (unique in the pipeline as it grows); how many.
    /// </summary>
    public int ApplyTo(Pipeline pipeline, Func<Pipeline, string, string> newId)
    {
        var added = 0;
        foreach (var row in Rows)
        {
            if (row.Outcome != RowOutcome.Add || row.Opportunity is not { } o) continue;
            o.Id = newId(pipeline, o.Company);
            pipeline.Opportunities.Add(o);
            added++;
        }
        return added;
    }

    private static PlannedRow PlanRow(CsvRow row, IReadOnlyList<string> headers, ImportField[] map, DateOrder order, bool hasStatus, string? accepted, NumberLocale numbers)
    {
        var reasons = new List<string>();
        var notes = new List<string>();
        string Cell(ImportField f) => Array.IndexOf(map, f) is var i and >= 0 ? row.Cell(i) : "";

        var company = Cell(ImportField.Company);
        if (company.Length == 0) reasons.Add("the company name is empty");
        var role = Cell(ImportField.Role) is { Length: > 0 } r ? r : null;

        var stage = Stage.Applied;
        if (hasStatus)
        {
            var status = Cell(ImportField.Status);
            switch (TrackerFormats.ReadStatus(status))
            {
                case null:
                    notes.Add("no stage given: added as Applied");
                    break;
                case { SkipReason: { } skip }:
                    reasons.Add($"\u201c{TrackerFormats.Clip(status)}\u201d is {skip}");
                    break;
                case { Stage: { } s } reading:
                    stage = s;
                    if (reading.Explanation is { } why) notes.Add(why);
                    break;
            }
        }

        DateOnly? applied = null;
        var appliedText = Cell(ImportField.AppliedOn);
        if (!ImportDates.IsBlank(appliedText))
        {
            applied = ImportDates.Read(appliedText, order);
            if (applied is null) reasons.Add($"the date applied \u201c{TrackerFormats.Clip(appliedText)}\u201d is not a date we can read (write it like 2026-03-10)");
        }

        DateOnly? decides = null;
        var decidesText = Cell(ImportField.DecisionBy);
        if (!ImportDates.IsBlank(decidesText))
        {
            decides = ImportDates.Read(decidesText, order);
            if (decides is null) reasons.Add($"the date they decide by \u201c{TrackerFormats.Clip(decidesText)}\u201d is not a date we can read (write it like 2026-03-10)");
        }

        var contacts = new List<Contact>();
        var lines = new List<string>();
        for (var i = 0; i < map.Length; i++)
        {
            var value = row.Cell(i);
            if (ImportDates.IsBlank(value)) continue;
            switch (map[i])
            {
                case ImportField.Notes: lines.Insert(0, value); break;
                case ImportField.Link: lines.Add($"Link: {value}"); break;
                case ImportField.Salary: lines.Add($"Salary: {value}"); break;
                case ImportField.Location: lines.Add($"Location: {value}"); break;
                case ImportField.KeepInNotes: lines.Add($"{headers[i].Trim()}: {value}"); break;
                case ImportField.Contact: contacts.AddRange(ReadContacts(value)); break;
            }
        }

        if (stage == Stage.Accepted && accepted is not null)
        {
            stage = Stage.Offer;
            notes.Add($"only one company can be accepted, and {accepted} already is: added as an offer in hand");
        }
        Offer? offer = null;
        if (stage is Stage.Offer or Stage.Accepted or Stage.Declined)
        {
            // The file says an offer was made but not how: the weakest "made" is the honest reading.
            offer = new Offer { Status = OfferStatus.Verbal };
            if (stage != Stage.Declined) notes.Add("added with an offer told by word of mouth: open the company to add its terms, or to say it is in writing");
            // With an offer, the salary column is the offer's base salary when it reads as one
            // amount, by the same reader as the company page; it stays in the notes either way.
            var salaries = Enumerable.Range(0, map.Length).Where(i => map[i] == ImportField.Salary && !ImportDates.IsBlank(row.Cell(i))).ToList();
            if (salaries.Count == 1)
            {
                var pay = MoneyText.Read(row.Cell(salaries[0]), null, numbers);
                if (pay.Amount is { } amount)
                {
                    (offer.BaseSalary, offer.Currency) = (amount, pay.Currency);
                    notes.Add($"base salary {MoneyText.Format(amount, numbers)}{(pay.Currency is { } c ? " " + c : "")}, read from \u201c{TrackerFormats.Clip(row.Cell(salaries[0]))}\u201d");
                }
                else if (pay.Problem is { } why) notes.Add($"the salary is kept in the notes only, as {why}");
            }
        }

        var opportunity = new Opportunity
        {
            Id = "imported",
            Company = company,
            Role = role,
            Stage = stage,
            AppliedOn = applied,
            Process = decides is null ? null : new Process { DecisionBy = decides },
            Contacts = contacts,
            Offer = offer,
            Notes = lines.Count == 0 ? null : string.Join("\n", lines),
        };
        if (reasons.Count == 0)
        {
            // The document's own rules, as every other way in checks them: lengths, characters, how many contacts.
            foreach (var problem in PipelineRules.Check(new Pipeline { Opportunities = [opportunity] }))
            {
                var label = DocumentFields.Label(problem.Path);
                reasons.Add(label is null ? problem.Message : $"{label}: {problem.Message}");
            }
        }
        return new PlannedRow(row.Number, reasons.Count == 0 ? RowOutcome.Add : RowOutcome.Skip, company, role, stage, applied, notes, reasons)
        {
            Opportunity = reasons.Count == 0 ? opportunity : null,
        };
    }

    /// <summary>
    /// People in a cell: "Dana Ruiz dana@acme.example +1 555 0100", several separated by ";" (as
    /// OfferDesk's own spreadsheet writes them). A contact with only an address or a number is named by it.
    /// </summary>
    public static IEnumerable<Contact> ReadContacts(string cell)
    {
        foreach (var part in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = new List<string>();
            var phone = new List<string>();
            string? email = null;
            foreach (var token in part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var t = token.Trim('<', '>', '(', ')', ',');
                if (t.Contains('@') && email is null) email = t;
                else if (t.Length > 0 && t.All(c => char.IsDigit(c) || c is '+' or '-' or '.' or '(' or ')') && t.Any(char.IsDigit)) phone.Add(token.Trim(','));
                else name.Add(token);
            }
            var number = phone.Count == 0 || phone.Sum(p => p.Count(char.IsDigit)) < 6 ? null : string.Join(" ", phone);
            if (number is null) name.AddRange(phone);
            var called = name.Count > 0 ? string.Join(" ", name) : email ?? number;
            if (called is null) continue;
            yield return new Contact { Name = called, Email = email, Phone = number };
        }
    }

    // "ACME Corp" and "Acme corp." are one company: compared by their letters and digits.
    private static string Key(string company, string? role) =>
        TrackerFormats.StatusKey(company) + "|" + TrackerFormats.StatusKey(role ?? "");

    private static string Quote(string header) => $"\u201c{TrackerFormats.Clip(header)}\u201d";
}
