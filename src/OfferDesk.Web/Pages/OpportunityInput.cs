using System.Globalization;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

/// <summary>
/// Everything the opportunity form edits, kept as typed (strings), so that a refused save shows
/// the user exactly what they entered next to what is wrong. Field keys follow the document's
/// paths (<c>offer.deadline</c>, <c>interviews[1].at</c>).
/// </summary>
public sealed class OpportunityInput
{
    public string? Company { get; set; }
    public string? Role { get; set; }
    public string? Stage { get; set; }
    public string? AppliedOn { get; set; }
    public string? LastHeardFrom { get; set; }
    public string? WouldAccept { get; set; }
    public string? TotalSteps { get; set; }
    public string? CompletedSteps { get; set; }
    public string? Notes { get; set; }
    public string? OfferStatus { get; set; }
    public string? Deadline { get; set; }
    public string? StartDate { get; set; }
    public string? Title { get; set; }
    public string? BaseSalary { get; set; }
    public string? Currency { get; set; }
    public string? BonusTargetPercent { get; set; }
    public string? SigningBonus { get; set; }
    public string? EquityPerYear { get; set; }
    public List<string> Shortfalls { get; set; } = [];
    public string? PtoDays { get; set; }
    public string? Workplace { get; set; }
    public string? Location { get; set; }
    public string? OfferNote { get; set; }
    public List<ContactRow> Contacts { get; set; } = [];
    public List<InterviewRow> Interviews { get; set; } = [];
    public List<EventRow> Events { get; set; } = [];

    public sealed class ContactRow
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public bool Remove { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);
    }

    public sealed class InterviewRow
    {
        public string? At { get; set; }
        public string? Kind { get; set; }
        public string? Status { get; set; }
        public bool ThankYouSent { get; set; }
        public bool Remove { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(At) && string.IsNullOrWhiteSpace(Kind);
    }

    public sealed class EventRow
    {
        public string? On { get; set; }
        public string? Kind { get; set; }
        public string? Outcome { get; set; }
        public string? Note { get; set; }
        public bool Remove { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(On) && string.IsNullOrWhiteSpace(Note) && (string.IsNullOrEmpty(Kind) || Kind == "note");
    }

    private static string? D(DateOnly? d) => d is { } x ? Wording.Date(x) : null;
    private static string? N(decimal? n) => n?.ToString(CultureInfo.InvariantCulture);

    public static OpportunityInput From(Opportunity o) => new()
    {
        Company = o.Company,
        Role = o.Role,
        Stage = Wording.Code(o.Stage),
        AppliedOn = D(o.AppliedOn),
        LastHeardFrom = D(o.LastHeardFrom),
        WouldAccept = o.WouldAccept switch { true => "yes", false => "no", _ => "" },
        TotalSteps = o.Process?.TotalSteps?.ToString(CultureInfo.InvariantCulture),
        CompletedSteps = o.Process?.CompletedSteps?.ToString(CultureInfo.InvariantCulture),
        Notes = o.Notes,
        OfferStatus = o.Offer is { } f ? Wording.Code(f.Status) : "",
        Deadline = D(o.Offer?.Deadline),
        StartDate = D(o.Offer?.StartDate),
        Title = o.Offer?.Title,
        BaseSalary = N(o.Offer?.BaseSalary),
        Currency = o.Offer?.Currency,
        BonusTargetPercent = N(o.Offer?.BonusTargetPercent),
        SigningBonus = N(o.Offer?.SigningBonus),
        EquityPerYear = N(o.Offer?.EquityPerYear),
        Shortfalls = o.Offer?.Shortfalls.Select(Wording.Code).ToList() ?? [],
        PtoDays = o.Offer?.PtoDays?.ToString(CultureInfo.InvariantCulture),
        Workplace = o.Offer?.Workplace is { } wp ? Wording.Code(wp) : "",
        Location = o.Offer?.Location,
        OfferNote = o.Offer?.Note,
        Contacts = [.. o.Contacts.Select(c => new ContactRow { Name = c.Name, Role = c.Role is { } r ? Wording.Code(r) : "", Phone = c.Phone, Email = c.Email })],
        Interviews = [.. o.Interviews.Select(i => new InterviewRow { At = i.At.ToString(), Kind = i.Kind, Status = Wording.Code(i.Status), ThankYouSent = i.ThankYouSent == true })],
        Events = [.. o.Events.Select(e => new EventRow { On = Wording.Date(e.On), Kind = Wording.Code(e.Kind), Outcome = e.Outcome is { } x ? Wording.Code(x) : "", Note = e.Note })],
    };

    /// <summary>
    /// For each contact, interview and event the opportunity now has, the form row it came from
    /// (blank and removed rows are skipped, so the two can differ): problems found by the
    /// document's rules name the opportunity's index, and the form shows the row's.
    /// </summary>
    public Dictionary<string, List<int>> Rows { get; } = new() { ["contacts"] = [], ["interviews"] = [], ["events"] = [] };

    /// <summary>
    /// Writes the form into the opportunity; every field that does not read is a problem, at the
    /// document path of the field (<paramref name="prefix"/> is the opportunity's, such as
    /// <c>opportunities[2].</c>), so the document's rules and the form's own problems line up.
    /// Limits are not checked here: the document's rules (PipelineRules) do that for every path in.
    /// </summary>
    /// <param name="zone">Where a time typed without an offset is (the candidate's zone, else the server's).</param>
    public List<Problem> ApplyTo(Opportunity o, string prefix, NodaTime.DateTimeZone zone)
    {
        var problems = new List<Problem>();
        void Fail(string path, string message) => problems.Add(new Problem(prefix + path, message));

        string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        DateOnly? Date(string path, string? s)
        {
            if (Text(s) is not { } t) return null;
            if (Wording.TryParseDate(t, out var d)) return d;
            Fail(path, $"\"{t}\" is not a date (YYYY-MM-DD)");
            return null;
        }

        int? Whole(string path, string? s)
        {
            if (Text(s) is not { } t) return null;
            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
            Fail(path, $"\"{t}\" is not a whole number");
            return null;
        }

        decimal? Amount(string path, string? s)
        {
            if (Text(s) is not { } t) return null;
            var clean = t.Replace(",", "").Replace("_", "").Replace(" ", "");
            if (decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
            Fail(path, $"\"{t}\" is not a number");
            return null;
        }

        T? Choice<T>(string path, string? s) where T : struct, Enum
        {
            if (Text(s) is not { } t) return null;
            if (Wording.TryParse<T>(t, out var v)) return v;
            Fail(path, "choose one of the options in the list");
            return null;
        }

        o.Company = Company?.Trim() ?? "";
        if (o.Company.Length == 0) Fail("company", "enter the company's name");
        o.Role = Text(Role);
        o.Stage = Choice<Stage>("stage", Stage) ?? o.Stage;
        o.AppliedOn = Date("appliedOn", AppliedOn);
        o.LastHeardFrom = Date("lastHeardFrom", LastHeardFrom);
        o.WouldAccept = WouldAccept switch { "yes" => true, "no" => false, _ => null };
        var total = Whole("process.totalSteps", TotalSteps);
        var completed = Whole("process.completedSteps", CompletedSteps);
        o.Process = total is null && completed is null ? null : new Process { TotalSteps = total, CompletedSteps = completed };
        o.Notes = Text(Notes);

        if (Text(OfferStatus) is null) o.Offer = null;
        else
        {
            var shortfalls = new List<Shortfall>();
            foreach (var s in Shortfalls)
                if (Choice<Shortfall>("offer.shortfalls", s) is { } sf && !shortfalls.Contains(sf)) shortfalls.Add(sf);
            o.Offer = new Offer
            {
                Status = Choice<OfferStatus>("offer.status", OfferStatus) ?? Core.Model.OfferStatus.Expected,
                Deadline = Date("offer.deadline", Deadline),
                StartDate = Date("offer.startDate", StartDate),
                Title = Text(Title),
                BaseSalary = Amount("offer.baseSalary", BaseSalary),
                Currency = Text(Currency)?.ToUpperInvariant(),
                BonusTargetPercent = Amount("offer.bonusTargetPercent", BonusTargetPercent),
                SigningBonus = Amount("offer.signingBonus", SigningBonus),
                EquityPerYear = Amount("offer.equityPerYear", EquityPerYear),
                Shortfalls = shortfalls,
                PtoDays = Whole("offer.ptoDays", PtoDays),
                Workplace = Choice<Workplace>("offer.workplace", Workplace),
                Location = Text(Location),
                Note = Text(OfferNote),
            };
        }

        o.Contacts = [];
        for (var i = 0; i < Contacts.Count; i++)
        {
            var c = Contacts[i];
            if (c.Remove || c.IsBlank) continue;
            var path = $"contacts[{o.Contacts.Count}]";
            Rows["contacts"].Add(i);
            if (Text(c.Name) is null) Fail(path + ".name", "a contact needs a name");
            o.Contacts.Add(new Contact { Name = Text(c.Name) ?? "", Role = Choice<ContactRole>(path + ".role", c.Role), Phone = Text(c.Phone), Email = Text(c.Email) });
        }

        o.Interviews = [];
        for (var i = 0; i < Interviews.Count; i++)
        {
            var r = Interviews[i];
            if (r.Remove || r.IsBlank) continue;
            var path = $"interviews[{o.Interviews.Count}]";
            Rows["interviews"].Add(i);
            var at = default(InterviewTime);
            if (Text(r.At) is not { } t) Fail(path + ".at", "enter the interview's date");
            else if (!InterviewTime.TryParse(NormalizeLocal(t, zone), out at))
                Fail(path + ".at", $"\"{t}\" is not a date (YYYY-MM-DD) or a date and time");
            o.Interviews.Add(new Interview
            {
                At = at,
                Kind = Text(r.Kind),
                Status = Choice<InterviewStatus>(path + ".status", r.Status) ?? InterviewStatus.Scheduled,
                ThankYouSent = r.ThankYouSent ? true : null,
            });
        }

        o.Events = [];
        for (var i = 0; i < Events.Count; i++)
        {
            var r = Events[i];
            if (r.Remove || r.IsBlank) continue;
            var path = $"events[{o.Events.Count}]";
            Rows["events"].Add(i);
            var on = Date(path + ".on", r.On);
            if (on is null && Text(r.On) is null) Fail(path + ".on", "enter the date");
            o.Events.Add(new Event
            {
                On = on ?? default,
                Kind = Choice<EventKind>(path + ".kind", r.Kind) ?? EventKind.Note,
                Outcome = Choice<CallOutcome>(path + ".outcome", r.Outcome),
                Note = Text(r.Note),
            });
        }
        return problems;
    }

    /// <summary>A problem's path on this form: relative to the opportunity, with form rows for list indexes.</summary>
    public string FormPath(string documentPath, string prefix)
    {
        if (!documentPath.StartsWith(prefix, StringComparison.Ordinal)) return documentPath;
        var path = documentPath[prefix.Length..];
        foreach (var (list, rows) in Rows)
        {
            if (!path.StartsWith(list + "[", StringComparison.Ordinal)) continue;
            var end = path.IndexOf(']');
            if (int.TryParse(path[(list.Length + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < rows.Count)
                return $"{list}[{rows[k]}]{path[(end + 1)..]}";
        }
        return path;
    }

    /// <summary>
    /// A browser's datetime-local gives "2026-11-18T15:00" with no offset; the document needs one,
    /// so such a time is read in <paramref name="zone"/> (the candidate's, else the server's) and
    /// written with that zone's offset on that day. A time in a daylight-saving gap or overlap
    /// follows <see cref="Zones.Resolve"/>. Anything else is left for the reader to judge.
    /// </summary>
    public static string NormalizeLocal(string text, NodaTime.DateTimeZone zone)
    {
        var t = text.Replace(' ', 'T');
        if (t.Length is 16 or 19 && t[10] == 'T'
            && DateTime.TryParseExact(t, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return Zones.Resolve(zone, local).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return text;
    }
}
