namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A company you prefer comes through after you accepted elsewhere: a real decision.</summary>
public sealed class WeighLateOffer : MoveRule
{
    public override string Code => "weigh-late-offer";
    public override Channel Channel => Channel.None;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (s.Accepted is not { } acc) yield break;
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o) || !Situation.IsMorePreferred(o, acc)) continue;
            yield return Make(s, o, Priority.High,
                $"Weigh the late offer from {o.Company} against your acceptance at {acc.Company}",
                $"{o.Company} ranks above the offer you accepted. Going back on a yes has a cost, to {acc.Company} and to your name; weigh it honestly, decide quickly, and whichever you turn down, tell them at once.");
        }
    }

    public override string Script(Situation s, Opportunity o) => "";
}
