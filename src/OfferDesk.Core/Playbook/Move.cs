namespace OfferDesk.Core.Playbook;

/// <summary>
/// The moves of the playbook, declared in step order: the order in which a candidate works through
/// a day when priority and due date tie (PLAYBOOK section 5). The document spells each in kebab case.
/// </summary>
public enum MoveCode
{
    AcceleratePreferred, ReplyAfterDeadline, NegotiateWithOffer, AcceptOffer, DeclineOffer, GetOfferInWriting,
    CancelInterview, DeferOffer, AskForTime, DecideOnOffer, WeighLateOffer, WithdrawApplication, SendThankYou,
    SignalCommitment, FollowUp, AskAboutProcess, KeepInterviewing, KeepInTouch,
}

/// <summary>One piece of advice: what to do about one opportunity, why, by when and how.</summary>
public sealed record Move(
    MoveCode Code,
    string Opportunity,
    string Company,
    Priority Priority,
    DateOnly Due,
    Channel Channel,
    string Summary,
    string Why,
    string Script)
{
    /// <summary>The code as the document writes it: <c>defer-offer</c>.</summary>
    public string CodeText => Wording.Code(Code);

    /// <summary>Moves whose message this one carries too ("one message per company per day"); Done logs theirs as well.</summary>
    public IReadOnlyList<MoveCode> Absorbed { get; init; } = [];
}

public enum Priority { Urgent, High, Normal, Low }

public enum Channel { Phone, Email, Either, None }

/// <summary>A caution about the search as a whole or one opportunity in it.</summary>
public sealed record Warning(string Code, string? Opportunity, string Message);

/// <summary>The advice document of PLAYBOOK section 5.</summary>
public sealed record Advice(DateOnly Today, IReadOnlyList<Move> Moves, IReadOnlyList<Move> Upcoming, IReadOnlyList<Warning> Warnings);

/// <summary>
/// A move a rule proposes, before the day is put together: the advisor drops settled ones, lets one
/// message absorb another, and only then writes the script, so the script can do both jobs.
/// </summary>
public sealed record Proposal(MoveRule Rule, Opportunity Opportunity, Priority Priority, DateOnly Due, Channel Channel, string Summary, string Why)
{
    public MoveCode Code => Rule.Code;
    public List<MoveCode> Absorbed { get; } = [];
}
