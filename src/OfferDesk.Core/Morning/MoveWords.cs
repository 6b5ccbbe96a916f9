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
        // Named as the script greets them (3.1 c): "Ms Park" for Ms Jo Park; nobody for a bare title.
        var who = opportunity is null ? null : Words.CallName(Words.Addressed(opportunity, move.Channel));
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
        opportunity is null || Words.CallName(Words.Addressed(opportunity, move.Channel)) is null;

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
        var when = move.Due == today ? "today" : $"({Vocabulary.Due(move.Due, today)})";
        return Act(move, opportunity) switch
        {
            null => $"{move.Summary}, {Vocabulary.Due(move.Due, today)}",
            var act when NamesCompany(move, opportunity) => $"{act} {when}",
            var act => $"{act} at {move.Company} {when}",
        };
    }
}
