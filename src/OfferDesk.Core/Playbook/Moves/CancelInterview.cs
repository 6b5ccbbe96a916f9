namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Free the interviewer's time as soon as you know you won't come: never a no-show.</summary>
public sealed class CancelInterview : MoveRule
{
    /// <summary>How long a cancel-interview event counts: the document records no booking date (v2 change 14).</summary>
    public const int RecentDays = 14;

    public override MoveCode Code => MoveCode.CancelInterview;
    public override Channel Channel => Channel.Either;
    public override bool AfterSolidAcceptance => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        var since = s.Today.AddDays(-RecentDays);
        foreach (var o in s.All)
        {
            if (s.FirstUpcomingInterview(o) is not { } first) continue;
            var afterAcceptance = s.SolidAcceptance is { } acc && acc != o;
            if (!afterAcceptance && o.Stage is not (Stage.Withdrawn or Stage.Declined)) continue;
            if (CancelledSince(o, since)) continue;
            // V11, V12: a call to reopen the process settles the interview; so does a reply to their outreach, unless you have signed elsewhere.
            if (s.IsProposed(MoveCode.ReopenProcess, o) || (s.IsProposed(MoveCode.ReplyToOutreach, o) && s.SolidAcceptance is null)) continue;
            yield return Propose(s, o, s.IsWithinTwoDays(first) ? Priority.Urgent : Priority.High);
        }
    }

    private static bool CancelledSince(Opportunity o, DateOnly since)
    {
        foreach (var e in o.Events)
            if (e.Kind == EventKind.CancelInterview && e.On >= since) return true;
        return false;
    }

    // Proposed only where an interview is to come.
    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        ($"Cancel your interview with {o.Company} {Words.OnDay(s, s.FirstUpcomingInterview(o) ?? s.Today)}",
            s.SolidAcceptance is { } acc && acc != o
                ? "You have accepted a solid offer elsewhere. Cancel now, so they can give the slot to someone else; not turning up burns the bridge."
                : $"You are no longer pursuing {o.Company}. Cancel the interview politely now rather than leave an empty chair.");

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.CancelUpcomingInterviews(today);
        return null;
    }

    public override string CarriedJob => "cancels your interview";

    public override string CarriedLine(Situation s, Opportunity o) =>
        s.FirstUpcomingInterview(o) is { } d ? $"I also need to cancel my interview {Words.OnDay(s, d)}, so that your team can use the time." : "";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var when = s.FirstUpcomingInterview(o) is { } d ? $" {Words.OnDay(s, d)}" : "";
        return Words.Message(s, o, channel, $"Cancelling my interview for {Words.TheRole(o)}",
            $"I'm calling about my interview for {Words.TheRole(o)}.",
            s.SolidAcceptance is { } acc && acc != o
                ? $"Thank you for inviting me to interview for {Words.TheRole(o)}. I am writing to cancel my interview{when}: I have accepted another position, and I don't want to take up your team's time."
                : $"Thank you for inviting me to interview for {Words.TheRole(o)}. I am writing to cancel my interview{when}: I have decided not to continue with the process, and I want to give your team the time back.",
            Words.Carried(s, o, carries),
            $"I'm grateful for your interest, and I hope our paths cross again.");
    }
}
