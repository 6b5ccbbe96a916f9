namespace OfferDesk.Core.Playbook;

/// <summary>
/// The words every face uses for a move's priority, due date and channel, so the web app, the CLI,
/// the calendar and the morning email say the same thing in the same way.
/// </summary>
public static class Vocabulary
{
    /// <summary>The heading a group of moves sits under.</summary>
    public static string PriorityHeading(Priority p) => p switch
    {
        Priority.Urgent => "Urgent",
        Priority.High => "Important",
        Priority.Normal => "When you can",
        _ => "If you have a moment",
    };

    /// <summary>"due today", "due tomorrow", "due Friday, March 13", "overdue since Tuesday, March 3".</summary>
    public static string Due(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        0 => "due today",
        1 => "due tomorrow",
        -1 => "overdue since yesterday",
        < 0 => $"overdue since {Day(due, today)}",
        _ => $"due {Day(due, today)}",
    };

    /// <summary>How the move is made: "By phone", "By email", "Phone or email", "A decision".</summary>
    public static string ChannelLabel(Channel c) => c switch
    {
        Channel.Phone => "By phone",
        Channel.Email => "By email",
        Channel.Either => "Phone or email",
        _ => "A decision",
    };

    /// <summary>
    /// A date for people: "Friday, March 13", with the year when it is not today's year, or is more than
    /// half a year away (a reader takes a bare "December 25" for the nearest one).
    /// </summary>
    public static string Day(DateOnly d, DateOnly today) =>
        d.Year == today.Year && Math.Abs(d.DayNumber - today.DayNumber) <= 180 ? Wording.Spoken(d) : $"{Wording.Spoken(d)}, {d.Year}";
}
