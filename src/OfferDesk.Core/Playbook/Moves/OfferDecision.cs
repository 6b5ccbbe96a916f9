namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A decision about an offer, with no message attached: "Done" asks accept or decline.</summary>
public abstract class OfferDecision : MoveRule
{
    public override Channel Channel => Channel.None;

    public override IReadOnlyList<(string Value, string Label)> Choices => [("accept", "Accept this offer"), ("decline", "Decline it")];

    /// <summary>Accepting declines any earlier acceptance (the model's own rule); declining starts the keep-in-touch clock.</summary>
    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        if (choice == "accept") return pipeline.Accept(o, today);
        o.Decline(today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries) => "";
}
