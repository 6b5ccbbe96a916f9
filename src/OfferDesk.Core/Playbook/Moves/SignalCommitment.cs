namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Near the end of the top choice's process, tell them plainly you would say yes.</summary>
public sealed class SignalCommitment : MoveRule
{
    public override string Code => "signal-commitment";
    public override EventKind? SettledBy => EventKind.CommitmentSignal;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        var top = s.TopChoice;
        if (top is null || !s.IsInProcess(top) || top.Stage != Stage.Interviewing || top.WouldAccept != true) yield break;
        var done = s.CompletedSteps(top);
        if (done < 2 || top.Process?.TotalSteps is not { } total || total - done > 1) yield break;
        yield return Make(s, top, Priority.Normal,
            $"Tell {Words.Addressee(top)} you would accept an offer",
            $"{top.Company} is your top choice and you are at the last step. Employers prefer to offer to someone who will say yes; saying so honestly now can tip a close decision your way.");
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        o.WouldAccept == true ? null
            : $"signal-commitment says you would accept an offer from {o.Company}, and you have not said you would (wouldAccept is not true): never promise a yes you don't mean";

    public override string Script(Situation s, Opportunity o) =>
        Words.Email(s, o, $"{Words.TheRole(o)}: where I stand",
            $"Thank you for the process so far. I want to be direct about where I stand: {o.Company} is my first choice, and if you offer me {Words.Role(o)}, I will accept.",
            "Please let me know if there is anything else you need from me to reach a decision.");
}
