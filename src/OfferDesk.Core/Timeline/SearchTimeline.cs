using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Timeline;

/// <summary>What a date on the timeline is.</summary>
public enum MarkKind
{
    /// <summary>The offer must be answered by this day.</summary>
    Deadline,

    /// <summary>The company said it would decide by this day (contract v3, V8).</summary>
    DecisionBy,

    /// <summary>A scheduled interview.</summary>
    Interview,

    /// <summary>The offer's start date.</summary>
    Start,
}

/// <summary>One date on a company's row.</summary>
public sealed record TimelineMark(MarkKind Kind, DateOnly On);

/// <summary>
/// One company on the timeline: its dates from today on, in date order, and whether one of its dates
/// is part of a clash.
/// </summary>
public sealed record TimelineRow(string OpportunityId, string Company, int? Preference, Stage Stage, IReadOnlyList<TimelineMark> Marks)
{
    public bool Clash { get; internal set; }

    public DateOnly? Deadline => Find(MarkKind.Deadline);
    public DateOnly? DecisionBy => Find(MarkKind.DecisionBy);
    public DateOnly? StartDate => Find(MarkKind.Start);
    public IEnumerable<DateOnly> Interviews => Marks.Where(m => m.Kind == MarkKind.Interview).Select(m => m.On);
    public DateOnly? NextInterview => Find(MarkKind.Interview);

    /// <summary>The row holds an offer made and not yet answered.</summary>
    public bool HoldsOffer => Stage == Stage.Offer;

    private DateOnly? Find(MarkKind kind)
    {
        foreach (var m in Marks)
            if (m.Kind == kind) return m.On;
        return null;
    }
}

/// <summary>Which of the other company's clocks the offer's deadline comes before.</summary>
public enum ClashKind
{
    /// <summary>Before the day they said they would decide.</summary>
    Decision,

    /// <summary>Before their next interview.</summary>
    Interview,
}

/// <summary>
/// An offer that must be answered before a company you prefer will have decided: its deadline comes
/// before that company's decision date or, when it gave none, before its next interview.
/// </summary>
public sealed record Clash(TimelineRow Offer, TimelineRow Other, ClashKind Kind, DateOnly Deadline, DateOnly TheirDate)
{
    /// <summary>Calendar days from the deadline to their date (always 1 or more).</summary>
    public int DaysBefore => TheirDate.DayNumber - Deadline.DayNumber;

    /// <summary>"Bluebird's offer must be answered 3 days before Northwind expects to decide."</summary>
    public string Words
    {
        get
        {
            var days = DaysBefore == 1 ? "1 day" : $"{DaysBefore} days";
            return Kind == ClashKind.Decision
                ? $"{Possessive(Offer.Company)} offer must be answered {days} before {Other.Company} expects to decide."
                : $"{Possessive(Offer.Company)} offer must be answered {days} before your next interview with {Other.Company}.";
        }
    }

    /// <summary>
    /// The day's move that answers this clash: the first move of the advice (in its order) at either
    /// company: speeding the one you prefer up, asking the other for time, or a decision.
    /// </summary>
    public Move? Answer(Advice advice)
    {
        foreach (var m in advice.Moves)
            if (m.Opportunity == Offer.OpportunityId || m.Opportunity == Other.OpportunityId) return m;
        return null;
    }

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";
}

/// <summary>
/// Every clock of the search's endgame on one line of days (issue 21): for each live company, ranked
/// by preference, its offer's deadline, when it said it would decide, its scheduled interviews and its
/// offer's start date, from today on; and the clashes between them. The web page, the CLI, the API
/// and the morning email all read this one object.
/// </summary>
public sealed class SearchTimeline
{
    /// <summary>At least this many days are drawn, so a near date is not stretched across the picture.</summary>
    public const int ShortestSpan = 14;

    public DateOnly Today { get; }

    /// <summary>Companies with a date to show, most preferred first (unranked after, by name).</summary>
    public IReadOnlyList<TimelineRow> Rows { get; }

    /// <summary>Clashes, in the order of the offers' deadlines, then of preference.</summary>
    public IReadOnlyList<Clash> Clashes { get; }

    /// <summary>Open companies with no date from today on: named under the picture, so none is forgotten.</summary>
    public IReadOnlyList<string> NoDates { get; }

    /// <summary>The last day drawn: the latest date, or <see cref="ShortestSpan"/> days on.</summary>
    public DateOnly End { get; }

    // Drawn once per timeline (thread-safe: a kept timeline is read by concurrent requests).
    private readonly Lazy<string> _wide, _narrow;

    /// <summary>The picture (<see cref="TimelineChart.Svg"/>), wide or for a phone, drawn on first use.</summary>
    public string Picture(bool narrow) => narrow ? _narrow.Value : _wide.Value;

    /// <summary>Whether an offer is held and not yet answered: Today shows the timeline only then.</summary>
    public bool OfferLive => Rows.Any(r => r.HoldsOffer);

    private SearchTimeline(DateOnly today, IReadOnlyList<TimelineRow> rows, IReadOnlyList<Clash> clashes, IReadOnlyList<string> noDates)
    {
        Today = today;
        Rows = rows;
        Clashes = clashes;
        NoDates = noDates;
        _wide = new Lazy<string>(() => TimelineChart.Svg(this));
        _narrow = new Lazy<string>(() => TimelineChart.Svg(this, narrow: true));
        var last = today.AddDays(ShortestSpan);
        foreach (var r in rows)
            foreach (var m in r.Marks)
                if (m.On > last) last = m.On;
        End = last;
    }

    /// <summary>The timeline of a search on a day.</summary>
    public static SearchTimeline For(Pipeline pipeline, DateOnly today) => For(new Situation(pipeline, today));

    public static SearchTimeline For(Situation s)
    {
        var rows = new List<TimelineRow>();
        var noDates = new List<string>();
        var byRow = new Dictionary<TimelineRow, Opportunity>(ReferenceEqualityComparer.Instance);
        foreach (var o in Ranked(s.All))
        {
            // Live companies: still deciding, holding an offer, or accepted (its start date).
            if (o.Stage is not (Stage.Applied or Stage.Interviewing or Stage.Offer or Stage.Accepted)) continue;
            var marks = Marks(o, s.Today);
            if (marks.Count == 0)
            {
                if (o.Stage != Stage.Accepted) noDates.Add(o.Company);
                continue;
            }
            var row = new TimelineRow(o.Id, o.Company, o.Preference, o.Stage, marks);
            rows.Add(row);
            byRow[row] = o;
        }

        // The companies an offer can clash with: still in process, with the date that counts (V8's
        // decision date, else the next interview). Rows are in preference order, so the more
        // preferred of an offer are found before it; one pass over an array, no lookups per pair.
        var deciding = new List<(TimelineRow Row, Opportunity O, DateOnly Date, ClashKind Kind, int Index)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var o = byRow[rows[i]];
            if (!s.IsInProcess(o)) continue;
            if (rows[i].DecisionBy is { } by) deciding.Add((rows[i], o, by, ClashKind.Decision, i));
            else if (rows[i].NextInterview is { } next) deciding.Add((rows[i], o, next, ClashKind.Interview, i));
        }
        var clashes = new List<Clash>();
        for (var i = 0; i < rows.Count; i++)
        {
            var offer = rows[i];
            var held = byRow[offer];
            // An offer you said you would refuse competes with nothing; one without a deadline has no clock.
            if (!offer.HoldsOffer || held.WouldAccept == false || offer.Deadline is not { } deadline) continue;
            foreach (var d in deciding)
            {
                // Rows are in preference order: past this offer's own place nobody is more preferred.
                if (d.Index > i) break;
                // As V8 reads it: a company deciding on or before the deadline decides in time.
                if (d.Date > deadline && Situation.IsMorePreferred(d.O, held))
                    clashes.Add(new Clash(offer, d.Row, d.Kind, deadline, d.Date));
            }
        }
        // In the order of the deadlines; for one deadline, the rows' order (the sort is stable).
        clashes = [.. clashes.OrderBy(c => c.Deadline)];
        foreach (var c in clashes)
        {
            c.Offer.Clash = true;
            c.Other.Clash = true;
        }
        return new SearchTimeline(s.Today, rows, clashes, noDates);
    }

    private static IEnumerable<Opportunity> Ranked(IEnumerable<Opportunity> all) =>
        all.OrderBy(o => o.Preference is null).ThenBy(o => o.Preference).ThenBy(o => o.Company, StringComparer.CurrentCultureIgnoreCase);

    private static List<TimelineMark> Marks(Opportunity o, DateOnly today)
    {
        var marks = new List<TimelineMark>();
        // The timeline shows clocks still running: dates before today are the advice's business.
        void Add(MarkKind kind, DateOnly? on)
        {
            if (on is { } d && d >= today) marks.Add(new TimelineMark(kind, d));
        }
        if (o.Stage == Stage.Offer && o.Offer is { Status: not OfferStatus.Expected } offer) Add(MarkKind.Deadline, offer.Deadline);
        if (o.Stage is Stage.Applied or Stage.Interviewing)
        {
            Add(MarkKind.DecisionBy, o.Process?.DecisionBy);
            foreach (var i in o.Interviews)
                if (i.Status == InterviewStatus.Scheduled) Add(MarkKind.Interview, i.At.Date);
        }
        if (o.Stage is Stage.Offer or Stage.Accepted) Add(MarkKind.Start, o.Offer?.StartDate);
        marks.Sort((a, b) => a.On != b.On ? a.On.CompareTo(b.On) : a.Kind.CompareTo(b.Kind));
        return marks;
    }
}
