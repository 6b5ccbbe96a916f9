using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Morning;

/// <summary>
/// How a move is named where only a line fits (an email subject, a calendar entry): the act and
/// the person, "Call Maya", in the same words the move's script uses.
/// </summary>
public static class MoveWords
{
    /// <summary>"Call Maya", "Email Priya", "Call or email Dana"; null for a decision, which has nobody to reach.</summary>
    public static string? Act(Move move, Opportunity? opportunity)
    {
        var who = opportunity is null ? null : Words.ContactFor(opportunity)?.FirstName;
        return move.Channel switch
        {
            Channel.Phone => $"Call {who ?? move.Company}",
            Channel.Email => $"Email {who ?? move.Company}",
            Channel.Either => $"Call or email {who ?? move.Company}",
            _ => null,
        };
    }

    /// <summary>Whether <see cref="Act"/> already names the company (no contact to name).</summary>
    private static bool NamesCompany(Move move, Opportunity? opportunity) =>
        opportunity is null || Words.ContactFor(opportunity) is null;

    /// <summary>A calendar entry's title: "Call Maya (Heron Analytics)", or the summary of a decision.</summary>
    public static string CalendarTitle(Move move, Opportunity? opportunity) => Act(move, opportunity) switch
    {
        null => move.Summary,
        var act when NamesCompany(move, opportunity) => act,
        var act => $"{act} ({move.Company})",
    };

    /// <summary>"Call Maya at Heron Analytics today", "Email Priya at Bluebird Health (overdue since Tuesday, March 3)".</summary>
    public static string Headline(Move move, Opportunity? opportunity, DateOnly today)
    {
        var when = move.Due == today ? "today" : $"({Say.Due(move.Due, today)})";
        return Act(move, opportunity) switch
        {
            null => $"{move.Summary}, {Say.Due(move.Due, today)}",
            var act when NamesCompany(move, opportunity) => $"{act} {when}",
            var act => $"{act} at {move.Company} {when}",
        };
    }
}

/// <summary>
/// People's words for priorities, due dates and channels, for the morning message. Kept in one
/// place so the engine's shared vocabulary can replace it without touching the message.
/// </summary>
public static class Say
{
    public static string Priority(Priority p) => p switch
    {
        Playbook.Priority.Urgent => "Urgent",
        Playbook.Priority.High => "High priority",
        Playbook.Priority.Normal => "Normal",
        _ => "When you have a moment",
    };

    /// <summary>"due today", "due tomorrow", "overdue since yesterday", "overdue since Tuesday, March 3".</summary>
    public static string Due(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        0 => "due today",
        1 => "due tomorrow",
        -1 => "overdue since yesterday",
        < 0 => $"overdue since {Day(due, today)}",
        _ => $"due {Day(due, today)}",
    };

    public static string Channel(Channel c) => c switch
    {
        Playbook.Channel.Phone => "By phone",
        Playbook.Channel.Email => "By email",
        Playbook.Channel.Either => "Phone or email",
        _ => "A decision",
    };

    /// <summary>"Friday, March 13", with the year when it is not this year.</summary>
    public static string Day(DateOnly d, DateOnly today) =>
        d.Year == today.Year ? Wording.Spoken(d) : $"{Wording.Spoken(d)}, {d.Year}";
}
