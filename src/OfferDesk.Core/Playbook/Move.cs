namespace OfferDesk.Core.Playbook;

/// <summary>
/// The moves of the playbook, declared in step order: the order in which a candidate works through
/// a day when priority and due date tie (PLAYBOOK section 5). The document spells each in kebab case.
/// </summary>
public enum MoveCode
{
    AcceleratePreferred, ReplyAfterDeadline, ReopenProcess, NegotiateWithOffer, AcceptOffer, DeclineOffer, GetOfferInWriting,
    CancelInterview, DeferOffer, AskForTime, DecideOnOffer, WeighLateOffer, WithdrawApplication, SendThankYou,
    SignalCommitment, FollowUp, AskAboutProcess, KeepInterviewing, ReplyToOutreach, KeepInTouch,
}

/// <summary>
/// One piece of advice: what to do about one opportunity, why, by when and how. The script is
/// written when first read: most consumers show a few scripts of many moves, and writing every
/// script was most of the engine's time.
/// </summary>
public sealed class Move : IEquatable<Move>
{
    // What writes the script on first read. Fields rather than a closure: the advisor makes a move
    // for every proposal, and a closure and its delegate were two more objects each.
    private readonly MoveRule? _rule;
    private readonly Situation? _situation;
    private string? _script;
    // The summary and reason, unless the rule writes them on first read (see MoveRule.Describe).
    private string? _summary;
    private string? _why;

    public Move(MoveCode code, string opportunity, string company, Priority priority, DateOnly due, Channel channel,
        string summary, string why, string script)
        : this(code, opportunity, company, priority, due, channel, summary, why) => _script = script;

    /// <summary>The move for a settled proposal; its script is written on first read, for the proposal's channel and what it carries.</summary>
    internal Move(Proposal p, Situation s)
        : this(p.Code, p.Opportunity.Id, p.Opportunity.Company, p.Priority, p.Due, p.Channel, p.Summary, p.Why)
    {
        Carries = p.CarriesOrEmpty;
        Drops = p.DropsOrEmpty;
        At = p.Opportunity;
        (_rule, _situation) = (p.Rule, s);
        if (p.Summary is not null && p.Why is not null) (_summary, _why) = Finish((p.Summary, p.Why));
        // A decision (channel none) has no script.
        if (p.Channel == Channel.None) _script = "";
    }

    private Move(MoveCode code, string opportunity, string company, Priority priority, DateOnly due, Channel channel, string? summary, string? why)
    {
        Code = code;
        Opportunity = opportunity;
        Company = company;
        Priority = priority;
        Due = due;
        Channel = channel;
        _summary = summary;
        _why = why;
    }

    public MoveCode Code { get; }
    public string Opportunity { get; }
    public string Company { get; }
    public Priority Priority { get; }
    public DateOnly Due { get; }
    public Channel Channel { get; }
    public string Summary => _summary ?? Describe().Summary;
    public string Why => _why ?? Describe().Why;

    private (string Summary, string Why) Describe()
    {
        // As with the script, two readers may both write them: the same words either way.
        var (summary, why) = Finish(_rule!.Describe(_situation!, At!));
        _why = why;
        _summary = summary;
        return (summary, why);
    }

    private (string Summary, string Why) Finish((string Summary, string Why) words)
    {
        var (summary, why) = words;
        // V4: with nobody's number or address on file, a call starts by finding the number.
        if (Channel == Channel.Phone && Words.Unreachable(At!)) summary = $"Find a phone number for {Company}, then: {Lower(summary)}";
        // V1: the reason names each job the one conversation carries.
        if (Carries.Count > 0) why = Words.Join(why, MoveRule.CarriedWhy(_situation!, At!, Carries));
        return (summary, why);
    }

    private static string Lower(string text) => text.Length > 0 && char.IsUpper(text[0]) && !(text.Length > 1 && char.IsUpper(text[1]))
        ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>What to say or write; empty for a decision (channel none).</summary>
    public string Script
    {
        get
        {
            // Two readers may both write it; they write the same text, so either result stands.
            return _script ??= _rule!.Script(_situation!, At!, Channel, Carries);
        }
    }

    /// <summary>The opportunity the advisor made this move for, when it did (null for a move made by hand).</summary>
    internal Opportunity? At { get; }

    /// <summary>The code as the document writes it: <c>defer-offer</c>.</summary>
    public string CodeText => Wording.Code(Code);

    /// <summary>
    /// The moves this one conversation carries too (V1: one conversation per opportunity per day), in
    /// step order; "Done" logs theirs as well.
    /// </summary>
    public IReadOnlyList<MoveCode> Carries { get; init; } = [];

    /// <summary>Moves left out because this one does their job (V1); "Done" logs their events too.</summary>
    public IReadOnlyList<MoveCode> Drops { get; init; } = [];

    /// <summary>A copy with some fields changed (the script is read, and so written, if it is kept).</summary>
    public Move With(MoveCode? code = null, string? opportunity = null, string? company = null, Priority? priority = null,
        DateOnly? due = null, Channel? channel = null, string? summary = null, string? why = null, string? script = null) =>
        new(code ?? Code, opportunity ?? Opportunity, company ?? Company, priority ?? Priority, due ?? Due, channel ?? Channel,
            summary ?? Summary, why ?? Why, script ?? Script) { Carries = Carries, Drops = Drops };

    public bool Equals(Move? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Code == other.Code && Opportunity == other.Opportunity && Company == other.Company && Priority == other.Priority
                && Due == other.Due && Channel == other.Channel && Summary == other.Summary && Why == other.Why && Script == other.Script));

    public override bool Equals(object? obj) => Equals(obj as Move);

    public override int GetHashCode() => HashCode.Combine(Code, Opportunity, Due, Priority);

    public override string ToString() => $"{CodeText}/{Opportunity} ({Priority}, due {Wording.Date(Due)}): {Summary}";
}

public enum Priority { Urgent, High, Normal, Low }

public enum Channel { Phone, Email, Either, None }

/// <summary>A caution about the search as a whole or one opportunity in it.</summary>
public sealed record Warning(string Code, string? Opportunity, string Message);

/// <summary>The advice document of PLAYBOOK section 5.</summary>
public sealed record Advice(DateOnly Today, IReadOnlyList<Move> Moves, IReadOnlyList<Move> Upcoming, IReadOnlyList<Warning> Warnings);

/// <summary>
/// A move a rule proposes, before the day is put together: the advisor drops settled ones, lets one
/// message absorb another, and only then writes the script, so the script can do both jobs. A null
/// summary and reason are written by the rule (<see cref="MoveRule.Describe"/>) when first read.
/// </summary>
public sealed record Proposal(MoveRule Rule, Opportunity Opportunity, Priority Priority, DateOnly Due, Channel Channel, string? Summary, string? Why)
{
    public MoveCode Code => Rule.Code;

    private List<MoveCode>? _carries;
    private List<MoveCode>? _drops;

    /// <summary>What this message carries besides its own move; allocated only for the few that carry something.</summary>
    public List<MoveCode> Carries => _carries ??= [];

    /// <summary>Moves dropped because this one does their job (V1).</summary>
    public List<MoveCode> Drops => _drops ??= [];

    public IReadOnlyList<MoveCode> CarriesOrEmpty => _carries is { Count: > 0 } list ? [.. list.Distinct().Order()] : [];

    public IReadOnlyList<MoveCode> DropsOrEmpty => _drops is { Count: > 0 } list ? [.. list.Distinct().Order()] : [];
}
