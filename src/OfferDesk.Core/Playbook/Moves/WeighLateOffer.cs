namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A company you prefer comes through after you accepted elsewhere: a real decision.</summary>
public sealed class WeighLateOffer : OfferDecision
{
    public override MoveCode Code => MoveCode.WeighLateOffer;
    public override bool AfterSolidAcceptance => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (s.Accepted is not { } acc) yield break;
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o) || !Situation.IsMorePreferred(o, acc)) continue;
            yield return Propose(s, o, Priority.High,
                $"Weigh the late offer from {o.Company} against your acceptance at {acc.Company}",
                $"{o.Company} ranks above the offer you accepted. Going back on a yes has a cost, to {acc.Company} and to your name; weigh it honestly, decide quickly, and whichever you turn down, tell them at once.");
        }
    }
}
