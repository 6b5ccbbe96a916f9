namespace OfferDesk.Core.Playbook;

/// <summary>
/// One move of the playbook, whole: when it is proposed, its script, what "Done" records and the
/// choices it offers, whether it survives a solid acceptance, and the decisions a call sheet lists.
/// Each move is one small class in Playbook/Moves, listed together in <see cref="Playbook.Rules"/>.
/// </summary>
public abstract class MoveRule
{
    public abstract MoveCode Code { get; }

    /// <summary>The event that settles the move for good; null where the row says otherwise.</summary>
    public virtual EventKind? SettledBy => null;

    /// <summary>The channel of the move's row; <see cref="Channel.Either"/> follows the contact (v2 change 9).</summary>
    public abstract Channel Channel { get; }

    /// <summary>Whether it is still proposed for other opportunities once an acceptance is solid.</summary>
    public virtual bool AfterSolidAcceptance => false;

    /// <summary>Whether a move due after today waits in the advice's <c>upcoming</c> list rather than among today's moves.</summary>
    public virtual bool WaitsInUpcoming => false;

    /// <summary>Moves proposed on this situation, before the settled-by and solid-acceptance filters.</summary>
    public abstract IEnumerable<Proposal> Propose(Situation s);

    /// <summary>The words for this move at this opportunity, on this channel, doing the job of the moves it carries too (V1).</summary>
    public abstract string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries);

    /// <summary>What this move's job sounds like inside another move's message (V1); empty for a move that never rides along.</summary>
    public virtual string CarriedLine(Situation s, Opportunity o) => "";

    /// <summary>A few words naming this move's job, for the reason of the move that carries it ("it also thanks them for the interview").</summary>
    public virtual string CarriedJob => Wording.Code(Code).Replace('-', ' ');

    /// <summary>The sentence a carrying move's reason adds: "The same conversation also thanks them for the interview and asks about the process."</summary>
    internal static string CarriedWhy(Situation s, Opportunity o, IReadOnlyList<MoveCode> carries)
    {
        var jobs = carries.Select(c => Playbook.Rule(c).CarriedJob).ToList();
        var list = jobs.Count == 1 ? jobs[0] : $"{string.Join(", ", jobs.Take(jobs.Count - 1))} and {jobs[^1]}";
        return $"One conversation does it all: it also {list}.";
    }

    /// <summary>What "Done" records for this move when another move's conversation carried or did its job (V1).</summary>
    public virtual Problem? CompleteCarried(Pipeline pipeline, Opportunity o, DateOnly today) => Complete(pipeline, o, today, null);

    /// <summary>The move's own words at this opportunity, on its usual channel, carrying nothing else.</summary>
    public string Script(Situation s, Opportunity o) => Script(s, o, ChannelFor(s, o), []);

    /// <summary>The channel this move takes at this opportunity when nothing else decides it: its row's, made usable (V4).</summary>
    public Channel ChannelFor(Situation s, Opportunity o) => Words.Usable(o, RowChannel(s, o));

    /// <summary>The channel of this move's row at this opportunity, before V4 makes it one the candidate can use.</summary>
    protected virtual Channel RowChannel(Situation s, Opportunity o) => Channel;

    /// <summary>
    /// Why a script for this move would be dishonest here, or null when it may be given.
    /// The CLI's <c>script</c> command refuses with this reason.
    /// </summary>
    public virtual string? RefuseScript(Situation s, Opportunity o) =>
        Channel == Channel.None ? $"{Wording.Code(Code)} is a decision to make, not a message to send: there is no script for it" : null;

    // What "Done" does.

    /// <summary>The choices "Done" offers, as (value, label); an empty list means a plain "Done".</summary>
    public virtual IReadOnlyList<(string Value, string Label)> Choices => [];

    /// <summary>The question the choices answer ("What did they say?").</summary>
    public virtual string ChoicePrompt => "Your decision";

    /// <summary>Whether the move can be marked done (keep-interviewing is a state, not a task).</summary>
    public virtual bool CanComplete => true;

    /// <summary>Records what the candidate did, on the model's own operations. Returns a problem, changing nothing, when it cannot.</summary>
    public abstract Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice);

    /// <summary>For a phone move's printed call sheet: what to do after each answer, decided before dialling.</summary>
    public virtual IReadOnlyList<(string When, string Then)> CallSheetDecisions => [];

    protected Proposal Propose(Situation s, Opportunity o, Priority priority, string summary, string why,
        DateOnly? due = null, Channel? channel = null) =>
        new(this, o, priority, due ?? s.Today, Words.Usable(o, channel ?? RowChannel(s, o)), summary, why);

    /// <summary>
    /// A proposal whose summary and reason <see cref="Describe"/> writes when the move's words are first
    /// read. The moves made in large numbers are proposed so: most faces show the words of a few moves
    /// out of many, and writing them for every move was most of what the advice allocated.
    /// </summary>
    protected Proposal Propose(Situation s, Opportunity o, Priority priority, DateOnly? due = null, Channel? channel = null) =>
        new(this, o, priority, due ?? s.Today, Words.Usable(o, channel ?? RowChannel(s, o)), null, null);

    /// <summary>
    /// The summary and reason of a move this rule proposed without them, at this opportunity. It reads
    /// only what stays true of the situation once it is made (facts, tallies, the day), never what the
    /// rules proposed, so words written after the advice are the words it would have written then.
    /// </summary>
    protected internal virtual (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        throw new NotSupportedException($"{Wording.Code(Code)} writes its summary and reason when it proposes the move");

    /// <summary>Records the settling event: the common "Done".</summary>
    protected Problem? Record(Opportunity o, DateOnly today)
    {
        if (SettledBy is { } kind) o.Record(kind, today);
        return null;
    }
}
