namespace OfferDesk.Core.Playbook.Moves;

/// <summary>An offer that falls short while other processes run: learn how long you have.</summary>
public sealed class AskForTime : MoveRule
{
    public override string Code => "ask-for-time";
    public override EventKind? SettledBy => EventKind.TimeRequest;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (!s.Employed) yield break;
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || o.Offer!.Shortfalls.Count == 0) continue;
            if (s.AnyMorePreferredLive(o) || !s.AnotherInProcess(o)) continue;
            yield return Make(s, o, Priority.High,
                $"Ask {o.Company} when they need your answer",
                $"The offer falls short on {string.Join(", ", o.Offer.Shortfalls.Select(Wording.Code))}, and other processes are still running. Knowing your real deadline lets you see them through before you choose.");
        }
    }

    public override string Script(Situation s, Opportunity o) =>
        Words.Email(s, o, $"Your offer for {Words.TheRole(o)}",
            $"Thank you for the offer for {Words.TheRole(o)}. I appreciate it, and I am giving it serious thought.",
            "Could you tell me by when you need my answer? I want to take the time to weigh it properly and come back to you with a clear decision.");
}
