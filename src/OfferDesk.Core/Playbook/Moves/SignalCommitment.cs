namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Near the end of the top choice's process, tell them plainly you would say yes.</summary>
public sealed class SignalCommitment : MoveRule
{
    public override MoveCode Code => MoveCode.SignalCommitment;
    public override EventKind? SettledBy => EventKind.CommitmentSignal;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        var top = s.TopChoice;
        if (top is null || !s.IsInProcess(top) || top.Stage != Stage.Interviewing || top.WouldAccept != true) yield break;
        var done = s.CompletedSteps(top);
        if (done < 2 || top.Process?.TotalSteps is not { } total || total - done > 1) yield break;
        // V2: the note that can tip their decision is high.
        yield return Propose(s, top, Priority.High,
            $"Tell {Words.Whom(top)} you would accept an offer",
            $"{top.Company} is your top choice and you are at the last step. Employers prefer to offer to someone who will say yes; saying so honestly now can tip a close decision your way.");
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        o.WouldAccept == true ? null
            : $"signal-commitment says you would accept an offer from {o.Company}, and you have not said you would (wouldAccept is not true): never promise a yes you don't mean";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    public override string CarriedJob => "says you would accept an offer";

    public override string CarriedLine(Situation s, Opportunity o) => $"I want to be direct about where I stand: {Stance(s, o)}";

    // 3.1 b: "first choice" only for the top choice; the CLI may print this script for another.
    private static string Stance(Situation s, Opportunity o) => s.TopChoice == o
        ? $"{o.Company} is my first choice, and if you offer me {Words.Role(o)}, I will accept."
        : $"If you offer me {Words.Role(o)}, I will accept.";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var checkIn = carries.Contains(MoveCode.FollowUp);
        return Words.Message(s, o, channel, $"Where I stand on {Words.TheRole(o)}",
            $"I'm calling about {Words.TheRole(o)}.",
            $"Thank you for the process so far. I want to be direct about where I stand: {Stance(s, o)}",
            checkIn ? Words.FollowUpQuestion : "",
            checkIn ? Words.HolidayLine(s) : "",
            Words.Carried(s, o, carries, MoveCode.FollowUp),
            "Please let me know if there is anything else you need from me to reach a decision.");
    }
}
