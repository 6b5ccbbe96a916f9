namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Learn how many steps remain, so the rest of the plan has something to stand on.</summary>
public sealed class AskAboutProcess : MoveRule
{
    public override string Code => "ask-about-process";
    public override EventKind? SettledBy => EventKind.StatusCheck;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsInProcess(o) || o.Stage != Stage.Interviewing || o.Process?.TotalSteps is not null) continue;
            if (s.DoneInterviews(o) == 0 && !s.HasUpcomingInterview(o)) continue;
            yield return Make(s, o, Priority.Low,
                $"Ask {Words.Addressee(o)} what the rest of the process looks like",
                "You don't know how many steps are left. Knowing the remaining rounds and the decision date lets you line this process up with your others.");
        }
    }

    public override string Script(Situation s, Opportunity o) =>
        Words.Email(s, o, $"Next steps for {Words.TheRole(o)}",
            $"Thank you again for the conversations so far about {Words.TheRole(o)}. So that I can plan well, could you tell me what the remaining steps are, and roughly when you expect to make a decision?",
            "I am keen to keep things moving on my side.");
}
