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
    /// What happened, in the words of the person it happened to ("Asked them to speed up"), for
    /// a company's history; the document's codes (accelerate-call) stay in the JSON.
    /// </summary>
    public static string Happened(EventKind k) => k switch
    {
        EventKind.ThankYou => "Sent a thank-you",
        EventKind.FollowUp => "Followed up",
        EventKind.StatusCheck => "Asked where things stand",
        EventKind.DeferralNotice => "Told them when I'd answer",
        EventKind.AccelerateCall => "Asked them to speed up",
        EventKind.TimeRequest => "Asked for more time",
        EventKind.Negotiation => "Asked for a better offer",
        EventKind.CommitmentSignal => "Told them they're my first choice",
        EventKind.OfferRequest => "Asked for the offer in writing",
        EventKind.Decline => "Turned down their offer",
        EventKind.Withdrawal => "Withdrew",
        EventKind.CancelInterview => "Cancelled an interview",
        EventKind.KeepInTouch => "Kept in touch",
        EventKind.Note => "A note",
        // Contract v3's kind, named by its code until the enum that holds it is merged here.
        _ when Wording.Code(k) == "offer-withdrawn" => "They withdrew the offer",
        _ => Sentence(Wording.Code(k)),
    };

    /// <summary>What a call to ask a company to speed up ended with.</summary>
    public static string Outcome(CallOutcome c) => c switch
    {
        CallOutcome.OfferMade => "They made an offer",
        CallOutcome.NoTimeline => "They gave no date",
        CallOutcome.TakeOtherOffer => "They said to take the other offer",
        _ => Sentence(Wording.Code(c)),
    };

    private static string Sentence(string code) => char.ToUpperInvariant(code[0]) + code[1..].Replace('-', ' ');

    /// <summary>A date for people: "Friday, March 13", with the year when it is not today's year.</summary>
    public static string Day(DateOnly d, DateOnly today) =>
        d.Year == today.Year ? Wording.Spoken(d) : $"{Wording.Spoken(d)}, {d.Year}";
}
