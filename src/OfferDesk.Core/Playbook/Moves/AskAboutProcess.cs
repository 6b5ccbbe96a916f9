namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Learn how many steps remain, so the rest of the plan has something to stand on.</summary>
public sealed class AskAboutProcess : MoveRule
{
    public override MoveCode Code => MoveCode.AskAboutProcess;
    public override EventKind? SettledBy => EventKind.StatusCheck;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsInProcess(o) || o.Stage != Stage.Interviewing || o.Process?.TotalSteps is not null) continue;
            if (s.DoneInterviews(o) == 0 && !s.HasUpcomingInterview(o)) continue;
            // V17: asked at the close of an interview in the coming week; V8: not before the date they gave.
            if (s.InterviewWithinAWeek(o) || FollowUp.WaitingForTheirDate(s, o)) continue;
            yield return Propose(s, o, s.IsSlowSeason ? Priority.High : Priority.Low);
        }
    }

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        ($"Ask {Words.Whom(o)} what the rest of the process looks like",
            s.IsSlowSeason
                ? "You don't know how many steps are left, and the holidays are close. Knowing the remaining rounds and the decision date now keeps the process from slipping into January."
                : "You don't know how many steps are left. Knowing the remaining rounds and the decision date lets you line this process up with your others.");

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    public override string CarriedJob => "asks what steps remain and when they expect to decide";

    // The holiday line, when due, is added once by Words.Carried for the whole conversation.
    public override string CarriedLine(Situation s, Opportunity o) => Words.ProcessQuestion;

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        // V15: "the interviews" only after two.
        var opening = s.DoneInterviews(o) >= 2
            ? $"Thank you again for the interviews so far for {Words.TheRole(o)}; I am enjoying the process."
            : Words.HaveMet(s, o)
            ? $"Thank you again for the interview for {Words.TheRole(o)}; I am enjoying the process."
            : s.FirstUpcomingInterview(o) is { } next
                ? $"I'm looking forward to my interview for {Words.TheRole(o)} {Words.OnDay(s, next)}."
                : $"Thank you for considering me for {Words.TheRole(o)}.";
        return Words.Message(s, o, channel, $"Next steps for {Words.TheRole(o)}",
            $"I'm calling about the next steps for {Words.TheRole(o)}.",
            opening,
            Words.ProcessQuestion,
            Words.HolidayLine(s),
            Words.Carried(s, o, carries),
            "I am keen to keep things moving on my side.");
    }
}
