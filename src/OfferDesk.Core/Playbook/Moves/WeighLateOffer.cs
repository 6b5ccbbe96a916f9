namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A company you prefer comes through after you accepted elsewhere: a real decision.</summary>
public sealed class WeighLateOffer : MoveRule
{
    public override MoveCode Code => MoveCode.WeighLateOffer;
    public override Channel Channel => Channel.None;
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

    public override IReadOnlyList<(string Value, string Label)> Choices => [("accept", "Accept this offer"), ("decline", "Decline it")];

    /// <summary>Accepting the late offer declines the earlier acceptance (the model's own rule).</summary>
    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        if (choice == "accept") return pipeline.Accept(o, today);
        o.Decline(today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> absorbed) => "";
}
