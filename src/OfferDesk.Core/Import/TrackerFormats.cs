namespace OfferDesk.Core.Import;

/// <summary>A CSV file read into cells: its column names and its rows, each with the row number a spreadsheet shows (the header is row 1).</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows);

/// <summary>One row of a CSV file; <see cref="Number"/> is as a spreadsheet program numbers it.</summary>
public sealed record CsvRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column < Cells.Count ? Cells[column].Trim() : "";
}

/// <summary>What a column of the file becomes in OfferDesk.</summary>
public enum ImportField { Ignore, Company, Role, Status, AppliedOn, Link, Salary, Location, Contact, Notes, KeepInNotes, DecisionBy }

/// <summary>Where a file seems to come from, said as the preview says it.</summary>
public enum TrackerSource { Unknown, Spreadsheet, JobSync, Huntr, Teal }

/// <summary>
/// The exports of the trackers people come from, recognised by their column names, and the
/// words they use for where an application stands. docs/IMPORT.md says where each was found.
/// </summary>
public static class TrackerFormats
{
    /// <summary>The choices of the mapping, in the order the page lists them, with the words it shows.</summary>
    public static readonly IReadOnlyList<(ImportField Field, string Label)> Fields =
    [
        (ImportField.Ignore, "Leave out"),
        (ImportField.Company, "Company"),
        (ImportField.Role, "Role"),
        (ImportField.Status, "Stage"),
        (ImportField.AppliedOn, "Applied on"),
        (ImportField.DecisionBy, "When they'll decide"),
        (ImportField.Link, "Link to the job (kept in notes)"),
        (ImportField.Salary, "Salary (kept in notes)"),
        (ImportField.Location, "Location (kept in notes)"),
        (ImportField.Contact, "Contact"),
        (ImportField.Notes, "Notes"),
        (ImportField.KeepInNotes, "Other detail (kept in notes)"),
    ];

    public static string Label(ImportField field) => Fields.First(f => f.Field == field).Label;

    /// <summary>Fields one column at most can fill: two company columns would leave us guessing which is right.</summary>
    public static bool IsSingle(ImportField field) => field is ImportField.Company or ImportField.Role or ImportField.Status or ImportField.AppliedOn or ImportField.DecisionBy;

    public static string Describe(TrackerSource source) => source switch
    {
        TrackerSource.JobSync => "Looks like a JobSync export",
        TrackerSource.Huntr => "Looks like a Huntr export",
        TrackerSource.Teal => "Looks like a Teal export",
        TrackerSource.Spreadsheet => "Looks like a spreadsheet of your own",
        _ => "We could not tell which column is which",
    };

    public static string Name(TrackerSource source) => source switch
    {
        TrackerSource.JobSync => "JobSync export",
        TrackerSource.Huntr => "Huntr export",
        TrackerSource.Teal => "Teal export",
        _ => "file",
    };

    /// <summary>"Date Applied", "date_applied" and "appliedDate" alike: letters and digits only, lower case.</summary>
    public static string Key(string header)
    {
        var chars = header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return new string(chars);
    }

    // Column names, by field, most specific first. JobSync's are its export's own (Company,
    // JobTitle, Status, appliedDate, Location, JobSource, jobType, workplaceType); Huntr calls
    // its board's columns "lists"; Teal's tracker calls the role "Job Position".
    private static readonly (ImportField Field, string[] Keys)[] Aliases =
    [
        (ImportField.Company, ["company", "companyname", "employer", "organization", "organisation", "employername"]),
        (ImportField.Role, ["role", "jobtitle", "jobposition", "position", "title", "job", "jobname", "roletitle"]),
        (ImportField.Status, ["status", "stage", "list", "applicationstatus", "state", "liststatus"]),
        (ImportField.AppliedOn, ["dateapplied", "applieddate", "appliedon", "applicationdate", "date"]),
        // OfferDesk's own spreadsheet writes "They decide by" (contract v3's process.decisionBy).
        (ImportField.DecisionBy, ["theydecideby", "decisionby", "decideby", "decisiondate", "decidesby"]),
        (ImportField.Link, ["url", "link", "joburl", "joblink", "posting", "jobposting", "postingurl", "website"]),
        (ImportField.Salary, ["salary", "maxsalary", "salaryrange", "minsalary", "pay", "compensation"]),
        (ImportField.Location, ["location", "city", "joblocation"]),
        (ImportField.Contact, ["contact", "contacts", "contactname", "contactperson", "recruiter", "hiringmanager"]),
        (ImportField.Notes, ["notes", "note", "comments", "comment"]),
        (ImportField.KeepInNotes, ["jobsource", "source", "jobtype", "workplacetype", "workplace", "deadline", "followup", "excitement", "datesaved"]),
    ];

    /// <summary>
    /// Where the file comes from, and a first mapping of its columns: each OfferDesk field that
    /// takes one column gets the first that names it; columns nobody names are left out.
    /// </summary>
    public static (TrackerSource Source, ImportField[] Mapping) Recognise(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(Key).ToArray();
        var mapping = new ImportField[keys.Length];
        foreach (var (field, names) in Aliases)
        {
            foreach (var name in names)
            {
                var taken = false;
                for (var i = 0; i < keys.Length; i++)
                {
                    if (keys[i] != name || mapping[i] != ImportField.Ignore) continue;
                    mapping[i] = field;
                    taken = true;
                    if (IsSingle(field)) break;
                }
                if (taken && IsSingle(field)) break;
            }
        }
        bool Has(string k) => keys.Contains(k);
        var source =
            // JobSync writes these exact names (src/app/api/jobs/export/route.ts).
            Has("jobtitle") && Has("jobsource") && Has("applieddate") ? TrackerSource.JobSync
            // Teal's tracker: the role is the "Job Position", and it keeps an excitement rating and a saved date.
            : Has("jobposition") || Has("excitement") || Has("datesaved") ? TrackerSource.Teal
            // Huntr's stages are the "lists" of its board (wishlist, applied, interview, offer, rejected).
            : Has("list") ? TrackerSource.Huntr
            : mapping.Contains(ImportField.Company) ? TrackerSource.Spreadsheet
            : TrackerSource.Unknown;
        return (source, mapping);
    }

    /// <summary>What a tracker's stage means here: a stage, or a reason the row is left out.</summary>
    public sealed record StatusReading(Stage? Stage, string? Explanation, string? SkipReason);

    private static StatusReading As(Stage s, string? why = null) => new(s, why, null);
    private static StatusReading Skip(string why) => new(null, null, why);

    private const string NotApplied = "not applied to yet: OfferDesk keeps the applications you have sent, so it is left out";

    // Each tracker's own words: JobSync (src/lib/data/jobStatusesData.ts: Draft, Applied, Interview,
    // Offer, Rejected, Expired, Archived), Huntr's default lists (Wishlist, Applied, Interview,
    // Offer, Rejected), Teal's statuses (Bookmarked, Applying, Applied, Interviewing, Negotiating,
    // Accepted, I Withdrew, Not Selected by Employer, No Response, Archived), and a spreadsheet's.
    private static readonly Dictionary<string, StatusReading> Statuses = new(StringComparer.Ordinal)
    {
        ["applied"] = As(Stage.Applied), ["apply"] = As(Stage.Applied), ["submitted"] = As(Stage.Applied),
        ["application sent"] = As(Stage.Applied), ["sent"] = As(Stage.Applied), ["waiting"] = As(Stage.Applied),
        ["wishlist"] = Skip(NotApplied), ["bookmarked"] = Skip(NotApplied), ["applying"] = Skip(NotApplied),
        ["draft"] = Skip(NotApplied), ["saved"] = Skip(NotApplied), ["to apply"] = Skip(NotApplied), ["interested"] = Skip(NotApplied),
        ["archived"] = Skip("archived in your old tracker, so it is left out"),
        ["interview"] = As(Stage.Interviewing), ["interviewing"] = As(Stage.Interviewing), ["interviews"] = As(Stage.Interviewing),
        ["phone screen"] = As(Stage.Interviewing), ["screening"] = As(Stage.Interviewing), ["on site"] = As(Stage.Interviewing),
        ["onsite"] = As(Stage.Interviewing), ["final round"] = As(Stage.Interviewing), ["in progress"] = As(Stage.Interviewing),
        ["offer"] = As(Stage.Offer), ["offered"] = As(Stage.Offer), ["offer received"] = As(Stage.Offer),
        ["negotiating"] = As(Stage.Offer), ["negotiation"] = As(Stage.Offer),
        ["accepted"] = As(Stage.Accepted), ["offer accepted"] = As(Stage.Accepted), ["hired"] = As(Stage.Accepted),
        ["declined"] = As(Stage.Declined), ["offer declined"] = As(Stage.Declined), ["i declined"] = As(Stage.Declined),
        ["rejected"] = As(Stage.Rejected), ["not selected"] = As(Stage.Rejected), ["not selected by employer"] = As(Stage.Rejected),
        ["no response"] = As(Stage.Rejected, "no response: counted as not moving forward"),
        ["ghosted"] = As(Stage.Rejected, "no response: counted as not moving forward"),
        ["expired"] = As(Stage.Rejected, "the posting expired: counted as not moving forward"),
        ["closed"] = As(Stage.Rejected, "closed: counted as not moving forward"),
        ["withdrawn"] = As(Stage.Withdrawn), ["withdrew"] = As(Stage.Withdrawn), ["i withdrew"] = As(Stage.Withdrawn),
        // OfferDesk's own spreadsheet download says its stages in these words.
        ["offers in hand"] = As(Stage.Offer), ["declined by you"] = As(Stage.Declined), ["not moving forward"] = As(Stage.Rejected),
    };

    /// <summary>Lower case, words separated by one space, emoji and punctuation gone ("No Response 🔕" is "no response").</summary>
    public static string StatusKey(string status)
    {
        var words = new string([.. status.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    /// <summary>
    /// Reads a tracker's stage. Words we know map straight; a custom stage that names one of ours
    /// ("2nd interview") is read as that, said so; anything else is Applied, said so. Null when empty.
    /// </summary>
    public static StatusReading? ReadStatus(string status)
    {
        var key = StatusKey(status);
        if (key.Length == 0) return null;
        if (Statuses.TryGetValue(key, out var known)) return known;
        Stage? guess = key.Contains("interview", StringComparison.Ordinal) || key.Contains("screen", StringComparison.Ordinal) ? Stage.Interviewing
            : key.Contains("reject", StringComparison.Ordinal) ? Stage.Rejected
            : key.Contains("withdr", StringComparison.Ordinal) ? Stage.Withdrawn
            : key.Contains("accept", StringComparison.Ordinal) ? Stage.Accepted
            : key.Contains("offer", StringComparison.Ordinal) || key.Contains("negotiat", StringComparison.Ordinal) ? Stage.Offer
            : null;
        return guess is { } g
            ? As(g, $"the stage \u201c{Clip(status)}\u201d is read as {StageWords(g)}")
            : As(Stage.Applied, $"the stage \u201c{Clip(status)}\u201d is not one we know: added as Applied, change it on the board if it is further along");
    }

    /// <summary>A stage as the report says it.</summary>
    public static string StageWords(Stage s) => s switch
    {
        Stage.Applied => "Applied",
        Stage.Interviewing => "Interviewing",
        Stage.Offer => "an offer in hand",
        Stage.Accepted => "Accepted",
        Stage.Declined => "an offer you turned down",
        Stage.Rejected => "not moving forward",
        _ => "Withdrawn",
    };

    /// <summary>A value of the file as a page or message shows it: at most 60 characters, nothing invisible.</summary>
    public static string Clip(string s)
    {
        var t = s.Trim();
        var clean = new string([.. t.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
        return t.Length <= 60 ? clean : clean + "…";
    }
}
