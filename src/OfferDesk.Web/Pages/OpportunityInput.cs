using System.Globalization;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

/// <summary>The parts of a company's page, each a form saved on its own.</summary>
public enum CompanySection { Details, Offer, People, Interviews, History, Notes }

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

    /// <summary>The box that says yes to a stage that accepts or closes the company (asked once such a save was refused).</summary>
    public bool ConfirmStage { get; set; }

    /// <summary>How the person writes numbers (from their browser's language), for the money fields; not a field of the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public NumberLocale Numbers { get; set; } = NumberLocale.Point;

    public sealed class ContactRow
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public bool Remove { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);
    }

    /// <summary>An interview as the pickers give it: a day, and a time of day in the candidate's zone (optional).</summary>
    public sealed class InterviewRow
    {
        public string? Date { get; set; }
        public string? Time { get; set; }
        public string? Kind { get; set; }
        public string? Status { get; set; }
        public bool ThankYouSent { get; set; }
        public bool Remove { get; set; }
        public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Time) && string.IsNullOrWhiteSpace(Kind);
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

    /// <summary>An interview's day and time of day as the candidate reads them, in their zone.</summary>
    public static (string Date, string Time) Local(InterviewTime at, NodaTime.DateTimeZone zone)
    {
        if (at.Moment is not { } m) return (Wording.Date(at.Date), "");
        var local = NodaTime.Instant.FromDateTimeOffset(m).InZone(zone).LocalDateTime;
        return (Wording.Date(new DateOnly(local.Year, local.Month, local.Day)), $"{local.Hour:00}:{local.Minute:00}");
    }

    public static OpportunityInput From(Opportunity o, NodaTime.DateTimeZone zone) => new()
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
        Interviews = [.. o.Interviews.Select(i => { var (d, t) = Local(i.At, zone); return new InterviewRow { Date = d, Time = t, Kind = i.Kind, Status = Wording.Code(i.Status), ThankYouSent = i.ThankYouSent == true }; })],
        Events = [.. o.Events.Select(e => new EventRow { On = Wording.Date(e.On), Kind = Wording.Code(e.Kind), Outcome = e.Outcome is { } x ? Wording.Code(x) : "", Note = e.Note })],
    };

    /// <summary>
    /// For each contact, interview and event the opportunity now has, the form row it came from
    /// (blank and removed rows are skipped, so the two can differ): problems found by the
    /// document's rules name the opportunity's index, and the form shows the row's.
    /// </summary>
    public Dictionary<string, List<int>> Rows { get; } = new() { ["contacts"] = [], ["interviews"] = [], ["events"] = [] };

    /// <summary>Every section at once (the whole form).</summary>
    public List<Problem> ApplyTo(Opportunity o, string prefix, NodaTime.DateTimeZone zone)
    {
        var problems = new List<Problem>();
        foreach (var section in Enum.GetValues<CompanySection>()) problems.AddRange(ApplyTo(o, prefix, zone, section));
        return problems;
    }

    /// <summary>
    /// Writes one section of the form into the opportunity, and nothing else: every field that
    /// does not read is a problem, at the document path of the field (<paramref name="prefix"/> is
    /// the opportunity's, such as <c>opportunities[2].</c>), so the document's rules and the form's
    /// own problems line up. Limits are not checked here: the document's rules (PipelineRules) do
    /// that for every path in.
    /// </summary>
    /// <param name="zone">Where a time of day typed for an interview is (the candidate's zone, else the server's).</param>
    public List<Problem> ApplyTo(Opportunity o, string prefix, NodaTime.DateTimeZone zone, CompanySection section)
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

        // Money is read the way people write it (120k, 120.000 €, $120,000), in the offer's
        // currency; a currency the amount names fills a blank currency field.
        string? currency = Text(Currency)?.ToUpperInvariant();
        decimal? Money(string path, string? s)
        {
            var reading = MoneyText.Read(s, currency, Numbers);
            if (reading.Problem is { } problem) Fail(path, problem);
            else if (currency is null && reading.Currency is { } named) currency = named;
            return reading.Amount;
        }

        decimal? Percent(string path, string? s)
        {
            var reading = MoneyText.ReadPercent(s, Numbers);
            if (reading.Problem is { } problem) Fail(path, problem);
            return reading.Amount;
        }

        T? Choice<T>(string path, string? s) where T : struct, Enum
        {
            if (Text(s) is not { } t) return null;
            if (Wording.TryParse<T>(t, out var v)) return v;
            Fail(path, "choose one of the options in the list");
            return null;
        }

        switch (section)
        {
            case CompanySection.Details:
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
                break;

            case CompanySection.Notes:
                o.Notes = Text(Notes);
                break;

            case CompanySection.Offer:
                if (Text(OfferStatus) is null)
                {
                    o.Offer = null;
                    break;
                }
                var shortfalls = new List<Shortfall>();
                foreach (var s in Shortfalls)
                    if (Choice<Shortfall>("offer.shortfalls", s) is { } sf && !shortfalls.Contains(sf)) shortfalls.Add(sf);
                o.Offer = new Offer
                {
                    Status = Choice<OfferStatus>("offer.status", OfferStatus) ?? Core.Model.OfferStatus.Expected,
                    Deadline = Date("offer.deadline", Deadline),
                    StartDate = Date("offer.startDate", StartDate),
                    Title = Text(Title),
                    BaseSalary = Money("offer.baseSalary", BaseSalary),
                    BonusTargetPercent = Percent("offer.bonusTargetPercent", BonusTargetPercent),
                    SigningBonus = Money("offer.signingBonus", SigningBonus),
                    EquityPerYear = Money("offer.equityPerYear", EquityPerYear),
                    Shortfalls = shortfalls,
                    PtoDays = Whole("offer.ptoDays", PtoDays),
                    Workplace = Choice<Workplace>("offer.workplace", Workplace),
                    Location = Text(Location),
                    Note = Text(OfferNote),
                };
                o.Offer.Currency = currency;
                break;

            case CompanySection.People:
                o.Contacts = [];
                Rows["contacts"].Clear();
                for (var i = 0; i < Contacts.Count; i++)
                {
                    var c = Contacts[i];
                    if (c.Remove || c.IsBlank) continue;
                    var path = $"contacts[{o.Contacts.Count}]";
                    Rows["contacts"].Add(i);
                    if (Text(c.Name) is null) Fail(path + ".name", "a contact needs a name");
                    o.Contacts.Add(new Contact { Name = Text(c.Name) ?? "", Role = Choice<ContactRole>(path + ".role", c.Role), Phone = Text(c.Phone), Email = Text(c.Email) });
                }
                break;

            case CompanySection.Interviews:
                var before = o.Interviews;
                o.Interviews = [];
                Rows["interviews"].Clear();
                for (var i = 0; i < Interviews.Count; i++)
                {
                    var r = Interviews[i];
                    if (r.Remove || r.IsBlank) continue;
                    var path = $"interviews[{o.Interviews.Count}]";
                    Rows["interviews"].Add(i);
                    var at = default(InterviewTime);
                    var day = Date(path + ".at", r.Date);
                    if (day is null && Text(r.Date) is null) Fail(path + ".at", "enter the interview's day");
                    TimeOnly? time = null;
                    if (Text(r.Time) is { } t)
                    {
                        if (TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) time = parsed;
                        else Fail(path + ".time", $"\"{t}\" is not a time of day, like 15:00");
                    }
                    if (day is { } d)
                    {
                        at = Shown.AtLocal(d, time, zone);
                        // The row it was made from, unchanged as the candidate reads it, keeps
                        // its time exactly as stored (its own offset, its seconds).
                        if (i < before.Count && Local(before[i].At, zone) == (Wording.Date(d), time is { } tt ? $"{tt.Hour:00}:{tt.Minute:00}" : "")) at = before[i].At;
                    }
                    o.Interviews.Add(new Interview
                    {
                        At = at,
                        Kind = Text(r.Kind),
                        Status = Choice<InterviewStatus>(path + ".status", r.Status) ?? InterviewStatus.Scheduled,
                        ThankYouSent = r.ThankYouSent ? true : null,
                    });
                }
                break;

            case CompanySection.History:
                o.Events = [];
                Rows["events"].Clear();
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
                break;
        }
        return problems;
    }

    /// <summary>
    /// A short fingerprint of one section of a company as it is stored: each form of the page
    /// carries the one it was made from, so a save conflicts only when that same section of that
    /// same company changed since, not when another section or another company did.
    /// </summary>
    public static string Fingerprint(Opportunity o, CompanySection section)
    {
        var part = new Opportunity { Id = o.Id };
        switch (section)
        {
            case CompanySection.Details:
                (part.Company, part.Role, part.Stage, part.AppliedOn, part.LastHeardFrom, part.WouldAccept, part.Process) =
                    (o.Company, o.Role, o.Stage, o.AppliedOn, o.LastHeardFrom, o.WouldAccept, o.Process);
                break;
            case CompanySection.Offer: part.Offer = o.Offer; break;
            case CompanySection.People: part.Contacts = o.Contacts; break;
            case CompanySection.Interviews: part.Interviews = o.Interviews; break;
            case CompanySection.History: part.Events = o.Events; break;
            case CompanySection.Notes: part.Notes = o.Notes; break;
        }
        return Undo.Fingerprint(part);
    }

    /// <summary>
    /// Whether this form's <paramref name="section"/> says something other than the company as
    /// stored, read as a save would read it. Not a change: the part as the page shows it (a form
    /// cannot hold every stored detail, such as a thank-you marked as not sent, and that is not
    /// something the user typed), nor the part the form was made from (<paramref name="loaded"/>:
    /// a part changed in another tab since, and not touched here, is not the user's typing).
    /// Reading a list part sets its <see cref="Rows"/>: call it for parts other than the one saved.
    /// </summary>
    public bool Changes(Opportunity stored, CompanySection section, string? loaded, NodaTime.DateTimeZone zone)
    {
        // Each part's ApplyTo assigns new values and never changes the stored ones in place, so a
        // shallow probe holding what a part reads from the company (its stage, its interviews' times) is enough.
        (int Problems, string Fingerprint) Read(OpportunityInput form)
        {
            var probe = new Opportunity { Id = stored.Id, Stage = stored.Stage, Interviews = stored.Interviews };
            var problems = form.ApplyTo(probe, "", zone, section).Count;
            return (problems, Fingerprint(probe, section));
        }
        var typed = Read(this);
        var shown = Read(From(stored, zone));
        if (typed.Problems > shown.Problems) return true;
        return typed.Fingerprint != shown.Fingerprint && typed.Fingerprint != Fingerprint(stored, section) && typed.Fingerprint != loaded;
    }

    /// <summary>
    /// Whether saving this form's <paramref name="section"/> would write exactly what is stored
    /// (the same post sent twice: a reload, a second press): then a stale fingerprint is no conflict.
    /// </summary>
    public bool Holds(Opportunity stored, CompanySection section, NodaTime.DateTimeZone zone)
    {
        var probe = new Opportunity { Id = stored.Id, Stage = stored.Stage, Interviews = stored.Interviews };
        return ApplyTo(probe, "", zone, section).Count == 0 && Fingerprint(probe, section) == Fingerprint(stored, section);
    }

    /// <summary>This form, with the <paramref name="sections"/> as typed in <paramref name="typed"/>.</summary>
    public OpportunityInput Keeping(IEnumerable<CompanySection> sections, OpportunityInput typed)
    {
        foreach (var section in sections) Keeping(section, typed);
        return this;
    }

    /// <summary>This form, with one section as typed in <paramref name="typed"/> (a refused save shows it back).</summary>
    public OpportunityInput Keeping(CompanySection section, OpportunityInput typed)
    {
        switch (section)
        {
            case CompanySection.Details:
                (Company, Role, Stage, AppliedOn, LastHeardFrom, WouldAccept, TotalSteps, CompletedSteps) =
                    (typed.Company, typed.Role, typed.Stage, typed.AppliedOn, typed.LastHeardFrom, typed.WouldAccept, typed.TotalSteps, typed.CompletedSteps);
                break;
            case CompanySection.Offer:
                (OfferStatus, Deadline, StartDate, Title, BaseSalary, Currency, BonusTargetPercent) =
                    (typed.OfferStatus, typed.Deadline, typed.StartDate, typed.Title, typed.BaseSalary, typed.Currency, typed.BonusTargetPercent);
                (SigningBonus, EquityPerYear, Shortfalls, PtoDays, Workplace, Location, OfferNote) =
                    (typed.SigningBonus, typed.EquityPerYear, typed.Shortfalls, typed.PtoDays, typed.Workplace, typed.Location, typed.OfferNote);
                break;
            case CompanySection.People: Contacts = typed.Contacts; break;
            case CompanySection.Interviews: Interviews = typed.Interviews; break;
            case CompanySection.History: Events = typed.Events; break;
            case CompanySection.Notes: Notes = typed.Notes; break;
        }
        return this;
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
}
