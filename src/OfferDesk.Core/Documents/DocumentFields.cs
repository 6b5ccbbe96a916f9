using System.Text.RegularExpressions;

namespace OfferDesk.Core.Documents;

/// <summary>
/// The bounds of the pipeline document, in one place (docs/LIMITS.md lists them for people).
/// Every way in (the JSON reader, each web form, the API, the CLI) is checked against these,
/// through <see cref="PipelineRules"/>; forms take their <c>maxlength</c> from here too.
/// </summary>
public static class Limits
{
    public const int Opportunities = 5000;
    public const int ContactsPerOpportunity = 20;
    public const int InterviewsPerOpportunity = 50;
    public const int EventsPerOpportunity = 200;

    /// <summary>Company, role, offer title, location, contact name, candidate name.</summary>
    public const int Name = 200;
    public const int InterviewKind = 100;
    public const int Phone = 50;
    public const int Email = 254;
    public const int Notes = 20_000;
    /// <summary>An event's note and an offer's note.</summary>
    public const int ShortNote = 2_000;
    public const int TimeZone = 100;

    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public const decimal MaxAmount = 1_000_000_000m;
    public const decimal MaxBonusPercent = 1_000m;
    public const int MaxPtoDays = 366;
    public const int MaxPreference = 100_000;
    public const int MaxSteps = 100;

    /// <summary>Things beyond money the candidate weighs offers by, and the length of each name.</summary>
    public const int Matters = 8;
    public const int MatterName = 60;
    public const int MaxWeight = 5;
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int MaxVestingYears = 10;
    public const int MaxCliffMonths = 120;
    public const int ExchangeRates = 20;
    public const decimal MaxRate = 1_000_000m;
}

/// <summary>One field of the document: where it is (a path with <c>[]</c> for any index), what people call it, and its bounds.</summary>
public abstract record FieldRule(string Path, string Label);

/// <summary>Text: at most <paramref name="MaxLength"/> characters, no control characters or broken surrogate pairs.</summary>
public sealed record TextField(string Path, string Label, int MaxLength, bool Required = false) : FieldRule(Path, Label);

/// <summary>A number from <paramref name="Min"/> to <paramref name="Max"/>; whole when <paramref name="Whole"/>.</summary>
public sealed record NumberField(string Path, string Label, decimal Min, decimal Max, bool Whole) : FieldRule(Path, Label);

/// <summary>A calendar date (or date-time) in the years <see cref="Limits.FirstYear"/> to <see cref="Limits.LastYear"/>.</summary>
public sealed record DateField(string Path, string Label) : FieldRule(Path, Label);

/// <summary>A list of at most <paramref name="Max"/> items.</summary>
public sealed record ListField(string Path, string Label, int Max) : FieldRule(Path, Label);

/// <summary>A field with a format of its own (an id, a currency code, a time zone name) or a choice.</summary>
public sealed record FormatField(string Path, string Label, string Format) : FieldRule(Path, Label);

/// <summary>
/// The table of the document's fields: every limit and format, and the label a form shows for a
/// problem there. Paths are the document's (PLAYBOOK section 1); inside an opportunity they are
/// relative to it.
/// </summary>
public static partial class DocumentFields
{
    public static readonly FormatField Version = new("version", "Document version", "1");
    public static readonly DateField Today = new("today", "Today");
    public static readonly TextField CandidateName = new("candidate.name", "Your name", Limits.Name);
    public static readonly FormatField CandidateEmployment = new("candidate.employment", "Right now you are", "employed or unemployed");
    public static readonly FormatField CandidateTimeZone = new("candidate.timeZone", "Your time zone", "an IANA time zone name, such as America/Chicago");
    public static readonly ListField Opportunities = new("opportunities", "Companies", Limits.Opportunities);

    public static readonly ListField WhatMatters = new("whatMatters", "What matters to you", Limits.Matters);
    public static readonly TextField MatterName = new("whatMatters[].name", "What matters", Limits.MatterName, Required: true);
    public static readonly NumberField MatterWeight = new("whatMatters[].weight", "How much it matters (0 to 5)", 0, Limits.MaxWeight, Whole: true);
    public static readonly ListField ExchangeRates = new("exchangeRates", "Exchange rates", Limits.ExchangeRates);
    public static readonly FormatField RateFrom = new("exchangeRates[].from", "Currency", "three capital letters, like USD or EUR");
    public static readonly FormatField RateTo = new("exchangeRates[].to", "In currency", "three capital letters, like USD or EUR");
    public static readonly NumberField Rate = new("exchangeRates[].rate", "Exchange rate", 0, Limits.MaxRate, Whole: false);

    public static readonly FormatField Id = new("opportunities[].id", "Id", "1 to 64 lower-case letters, digits or dashes");
    public static readonly TextField Company = new("opportunities[].company", "Company", Limits.Name, Required: true);
    public static readonly TextField Role = new("opportunities[].role", "Role", Limits.Name);
    public static readonly NumberField Preference = new("opportunities[].preference", "Your ranking", 1, Limits.MaxPreference, Whole: true);
    public static readonly FormatField Stage = new("opportunities[].stage", "Stage", "a stage");
    public static readonly DateField AppliedOn = new("opportunities[].appliedOn", "Applied on");
    public static readonly DateField LastHeardFrom = new("opportunities[].lastHeardFrom", "Last heard from them");
    public static readonly FormatField WouldAccept = new("opportunities[].wouldAccept", "Would you accept an offer from them?", "true or false");
    public static readonly NumberField TotalSteps = new("opportunities[].process.totalSteps", "Steps in their process", 1, Limits.MaxSteps, Whole: true);
    public static readonly NumberField CompletedSteps = new("opportunities[].process.completedSteps", "Steps done", 0, Limits.MaxSteps, Whole: true);
    public static readonly DateField DecisionBy = new("opportunities[].process.decisionBy", "When they said they would decide");
    public static readonly TextField Notes = new("opportunities[].notes", "Notes", Limits.Notes);

    public static readonly ListField Contacts = new("opportunities[].contacts", "Contacts", Limits.ContactsPerOpportunity);
    public static readonly TextField ContactName = new("opportunities[].contacts[].name", "Name", Limits.Name, Required: true);
    public static readonly FormatField ContactRole = new("opportunities[].contacts[].role", "Role", "recruiter, hiring-manager, interviewer or other");
    public static readonly TextField ContactPhone = new("opportunities[].contacts[].phone", "Phone", Limits.Phone);
    public static readonly TextField ContactEmail = new("opportunities[].contacts[].email", "Email", Limits.Email);
    public static readonly TextField ContactGreeting = new("opportunities[].contacts[].greeting", "How to greet them", Limits.Name);

    public static readonly ListField Interviews = new("opportunities[].interviews", "Interviews", Limits.InterviewsPerOpportunity);
    public static readonly DateField InterviewAt = new("opportunities[].interviews[].at", "When");
    public static readonly TextField InterviewKind = new("opportunities[].interviews[].kind", "Kind", Limits.InterviewKind);
    public static readonly FormatField InterviewStatus = new("opportunities[].interviews[].status", "Status", "scheduled, done or cancelled");

    public static readonly FormatField Offer = new("opportunities[].offer", "Offer", "an offer");
    public static readonly FormatField OfferStatus = new("opportunities[].offer.status", "Offer", "expected, verbal, written or signed");
    public static readonly DateField Deadline = new("opportunities[].offer.deadline", "Answer due by");
    public static readonly DateField StartDate = new("opportunities[].offer.startDate", "Start date");
    public static readonly TextField Title = new("opportunities[].offer.title", "Title offered", Limits.Name);
    public static readonly NumberField BaseSalary = new("opportunities[].offer.baseSalary", "Base salary per year", 0, Limits.MaxAmount, Whole: false);
    public static readonly FormatField Currency = new("opportunities[].offer.currency", "Currency", "three capital letters, like USD or EUR");
    public static readonly NumberField BonusTargetPercent = new("opportunities[].offer.bonusTargetPercent", "Bonus target (% of base)", 0, Limits.MaxBonusPercent, Whole: false);
    public static readonly NumberField SigningBonus = new("opportunities[].offer.signingBonus", "Signing bonus", 0, Limits.MaxAmount, Whole: false);
    public static readonly NumberField EquityPerYear = new("opportunities[].offer.equityPerYear", "Equity per year", 0, Limits.MaxAmount, Whole: false);
    public static readonly NumberField GrantValue = new("opportunities[].offer.grantValue", "Equity grant, whole value", 0, Limits.MaxAmount, Whole: false);
    public static readonly NumberField VestingYears = new("opportunities[].offer.vestingYears", "Vests over (years)", 1, Limits.MaxVestingYears, Whole: true);
    public static readonly NumberField CliffMonths = new("opportunities[].offer.cliffMonths", "Cliff (months)", 0, Limits.MaxCliffMonths, Whole: true);
    public static readonly ListField VestingSplit = new("opportunities[].offer.vestingSplit", "Yearly split (%)", Limits.MaxVestingYears);
    public static readonly NumberField VestingShare = new("opportunities[].offer.vestingSplit[]", "Yearly split (%)", 0, 100, Whole: false);
    public static readonly ListField Ratings = new("opportunities[].offer.ratings", "Ratings", Limits.Matters);
    public static readonly FormatField RatingMatter = new("opportunities[].offer.ratings[].matter", "Rated on", "one of the things in whatMatters");
    public static readonly NumberField Rating = new("opportunities[].offer.ratings[].rating", "Rating (1 to 5)", Limits.MinRating, Limits.MaxRating, Whole: true);
    public static readonly NumberField PtoDays = new("opportunities[].offer.ptoDays", "Days off per year", 0, Limits.MaxPtoDays, Whole: true);
    public static readonly FormatField Workplace = new("opportunities[].offer.workplace", "Workplace", "onsite, hybrid or remote");
    public static readonly FormatField Shortfalls = new("opportunities[].offer.shortfalls", "Where it falls short", "title, money, responsibility, location or other");
    public static readonly TextField Location = new("opportunities[].offer.location", "Location", Limits.Name);
    public static readonly TextField OfferNote = new("opportunities[].offer.note", "Offer note", Limits.ShortNote);

    public static readonly ListField Events = new("opportunities[].events", "What happened", Limits.EventsPerOpportunity);
    public static readonly DateField EventOn = new("opportunities[].events[].on", "On");
    public static readonly FormatField EventKind = new("opportunities[].events[].kind", "What", "a kind of event");
    public static readonly FormatField EventOutcome = new("opportunities[].events[].outcome", "Call outcome", "an outcome of an accelerate call");
    public static readonly TextField EventNote = new("opportunities[].events[].note", "Note", Limits.ShortNote);

    /// <summary>Every field, for documentation and for finding a label.</summary>
    public static readonly IReadOnlyList<FieldRule> All =
    [
        Version, Today, CandidateName, CandidateEmployment, CandidateTimeZone, Opportunities,
        WhatMatters, MatterName, MatterWeight, ExchangeRates, RateFrom, RateTo, Rate,
        Id, Company, Role, Preference, Stage, AppliedOn, LastHeardFrom, WouldAccept, TotalSteps, CompletedSteps, DecisionBy, Notes,
        Contacts, ContactName, ContactRole, ContactPhone, ContactEmail, ContactGreeting,
        Interviews, InterviewAt, InterviewKind, InterviewStatus,
        Offer, OfferStatus, Deadline, StartDate, Title, BaseSalary, Currency, BonusTargetPercent, SigningBonus, EquityPerYear,
        GrantValue, VestingYears, CliffMonths, VestingSplit, VestingShare, Ratings, RatingMatter, Rating, PtoDays,
        Workplace, Shortfalls, Location, OfferNote,
        Events, EventOn, EventKind, EventOutcome, EventNote,
    ];

    private static readonly Dictionary<string, FieldRule> ByPath = All.ToDictionary(f => f.Path, StringComparer.Ordinal);

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    /// <summary>The field at a document path (<c>opportunities[3].contacts[1].email</c>), if it is one.</summary>
    public static FieldRule? Find(string path) => ByPath.GetValueOrDefault(Index().Replace(path, "[]"));

    /// <summary>
    /// What a form calls the field at a path, in people's words: "Notes", or for a field of a
    /// row, "Contact 2: Email". Null for a path that is not a field.
    /// </summary>
    public static string? Label(string path)
    {
        var field = Find(path) ?? Find("opportunities[]." + path);
        if (field is null) return null;
        // Inside an opportunity the row, if any, is the second index (or the first, for a relative path).
        var rows = Index().Matches(path).Select(m => int.Parse(m.Value[1..^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var relative = !path.StartsWith("opportunities[", StringComparison.Ordinal);
        var rowIndex = relative ? 0 : 1;
        if (rows.Count <= rowIndex) return field.Label;
        var list = field.Path.Contains(".contacts[]", StringComparison.Ordinal) ? "Contact"
            : field.Path.Contains(".interviews[]", StringComparison.Ordinal) ? "Interview"
            : field.Path.Contains(".events[]", StringComparison.Ordinal) ? "Event" : null;
        return list is null ? field.Label : $"{list} {rows[rowIndex] + 1}: {field.Label}";
    }
}
