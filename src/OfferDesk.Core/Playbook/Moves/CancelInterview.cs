namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Free the interviewer's time as soon as you know you won't come: never a no-show.</summary>
public sealed class CancelInterview : MoveRule
{
    public override string Code => "cancel-interview";
    public override EventKind? SettledBy => EventKind.CancelInterview;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (s.FirstUpcomingInterview(o) is not { } first) continue;
            var afterAcceptance = s.SolidAcceptance is { } acc && acc != o;
            if (!afterAcceptance && o.Stage is not (Stage.Withdrawn or Stage.Declined)) continue;
            yield return Make(s, o, s.IsWithinTwoDays(first) ? Priority.Urgent : Priority.High,
                $"Cancel your interview with {o.Company} on {Words.Date(first)}",
                afterAcceptance
                    ? $"You have accepted a solid offer elsewhere. Cancel now, so they can give the slot to someone else; not turning up burns the bridge."
                    : $"You are no longer pursuing {o.Company}. Cancel the interview politely now rather than leave an empty chair.");
        }
    }

    public override string Script(Situation s, Opportunity o)
    {
        var when = s.FirstUpcomingInterview(o) is { } d ? $" on {Words.Date(d)}" : "";
        return Words.Email(s, o, $"Cancelling my interview for {Words.TheRole(o)}",
            s.SolidAcceptance is { } acc && acc != o
                ? $"Thank you for inviting me to interview for {Words.TheRole(o)}. I am writing to cancel my interview{when}: I have accepted another position, and I don't want to take up your team's time."
                : $"Thank you for inviting me to interview for {Words.TheRole(o)}. I am writing to cancel my interview{when}: I have decided not to continue with the process, and I want to give your team the time back.",
            $"I'm grateful for your interest and I enjoyed getting to know {o.Company}. I hope we cross paths again.");
    }
}
