namespace OfferDesk.Core.Playbook;

/// <summary>
/// One move of the playbook: when it is proposed, and the words that go with it. Each move is
/// one small class in Playbook/Moves, listed together in <see cref="Playbook.Rules"/>.
/// </summary>
public abstract class MoveRule
{
    /// <summary>The move's code in the advice document, e.g. <c>defer-offer</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The event that settles the move for good; null where the row says otherwise.</summary>
    public virtual EventKind? SettledBy => null;

    /// <summary>The channel the move uses when proposed; phone-or-email moves decide per case.</summary>
    public abstract Channel Channel { get; }

    /// <summary>Moves proposed on this situation, before the settled-by and solid-acceptance filters.</summary>
    public abstract IEnumerable<Move> Propose(Situation s);

    /// <summary>What to say or write for this move at this opportunity; empty for a decision.</summary>
    public abstract string Script(Situation s, Opportunity o);

    /// <summary>
    /// Why a script for this move would be dishonest here, or null when it may be given.
    /// The CLI's <c>script</c> command refuses with this reason.
    /// </summary>
    public virtual string? RefuseScript(Situation s, Opportunity o) =>
        Channel == Channel.None ? $"{Code} is a decision to make, not a message to send: there is no script for it" : null;

    protected Move Make(Situation s, Opportunity o, Priority priority, string summary, string why,
        DateOnly? due = null, Channel? channel = null, string? script = null) =>
        new(Code, o.Id, o.Company, priority, due ?? s.Today, channel ?? Channel, summary, why,
            (channel ?? Channel) == Channel.None ? "" : script ?? Script(s, o));
}
