using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Timeline;

/// <summary>
/// The timeline in words, the same on the page's list, the command line and the morning email:
/// every date written out, with how far away it is.
/// </summary>
public static class TimelineWords
{
    /// <summary>"Northwind (#1 choice)", "Acme".</summary>
    public static string Name(TimelineRow row) => row.Preference is { } p ? $"{row.Company} (#{p} choice)" : row.Company;

    /// <summary>One phrase per date of a row, in date order.</summary>
    public static IEnumerable<string> Dates(TimelineRow row, DateOnly today) => row.Marks.Select(m => Mark(row, m, today));

    /// <summary>"answer their offer by Friday, December 11 (4 days left)".</summary>
    public static string Mark(TimelineRow row, TimelineMark m, DateOnly today)
    {
        var day = Vocabulary.Day(m.On, today);
        return m.Kind switch
        {
            MarkKind.Deadline => $"answer their offer by {day} ({DaysLeft(m.On, today)})",
            MarkKind.DecisionBy => $"they said they would decide by {day} ({In(m.On, today)})",
            MarkKind.Interview => $"interview on {day} ({In(m.On, today)})",
            _ => row.Stage == Stage.Accepted ? $"you start on {day}" : $"the job would start on {day}",
        };
    }

    /// <summary>A mark's kind in a word or two, for the picture's legend and its hover titles.</summary>
    public static string Kind(MarkKind k) => k switch
    {
        MarkKind.Deadline => "Answer the offer by",
        MarkKind.DecisionBy => "They decide by",
        MarkKind.Interview => "Interview",
        _ => "Start date",
    };

    /// <summary>"today is the last day", "1 day left", "4 days left".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today) => (deadline.DayNumber - today.DayNumber) switch
    {
        <= 0 => "today is the last day",
        1 => "1 day left",
        var n => $"{n} days left",
    };

    /// <summary>"today", "tomorrow", "in 11 days".</summary>
    public static string In(DateOnly day, DateOnly today) => (day.DayNumber - today.DayNumber) switch
    {
        <= 0 => "today",
        1 => "tomorrow",
        var n => $"in {n} days",
    };

    /// <summary>
    /// The morning email's countdown, from three days before an offer's deadline: "2 days left to
    /// answer Bluebird", "Today is the last day to answer Bluebird". Null further out.
    /// </summary>
    public static string? Countdown(TimelineRow row, DateOnly today) => row.HoldsOffer && row.Deadline is { } d
        ? (d.DayNumber - today.DayNumber) switch
        {
            0 => $"Today is the last day to answer {row.Company}.",
            1 => $"1 day left to answer {row.Company}.",
            var n when n is 2 or 3 => $"{n} days left to answer {row.Company}.",
            _ => null,
        }
        : null;

    /// <summary>
    /// What the morning email says of the clocks: a countdown for each offer due within three days,
    /// then one line when offers clash with companies you prefer. Empty on most days.
    /// </summary>
    public static IReadOnlyList<string> Morning(SearchTimeline t)
    {
        var lines = new List<string>();
        foreach (var r in t.Rows)
            if (Countdown(r, t.Today) is { } line) lines.Add(line);
        if (t.Clashes.Count > 0)
            lines.Add(t.Clashes.Count == 1
                ? t.Clashes[0].Words
                : $"{t.Clashes[0].Words} And {t.Clashes.Count - 1} more {(t.Clashes.Count == 2 ? "clash" : "clashes")}: see the timeline on Offers.");
        return lines;
    }
}
