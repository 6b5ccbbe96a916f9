namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// V12: a company you parted from (you declined, withdrew or kept in touch) wrote to you since. Answer
/// their message, gladly, and offer times to talk; a generic hello would miss what they asked.
/// </summary>
public sealed class ReplyToOutreach : MoveRule
{
    public override MoveCode Code => MoveCode.ReplyToOutreach;
    public override Channel Channel => Channel.Either;
    public override bool AfterSolidAcceptance => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (o.Stage is not (Stage.Declined or Stage.Withdrawn or Stage.Rejected) || o.LastHeardFrom is not { } heard) continue;
            if (Parting(o) is not { } parted || heard <= parted) continue;
            // Settled by a check-in or a friendly note since their message.
            if (o.Events.Exists(e => e.Kind is EventKind.FollowUp or EventKind.KeepInTouch && e.On >= heard)) continue;
            yield return Propose(s, o, Priority.High, due: Words.NextWorkingDay(heard));
        }
    }

    /// <summary>The latest parting you chose, or that you marked: a decline, a withdrawal, a keep-in-touch, a withdrawn offer.</summary>
    private static DateOnly? Parting(Opportunity o)
    {
        DateOnly? last = null;
        foreach (var e in o.Events)
            if (e.Kind is EventKind.Decline or EventKind.Withdrawal or EventKind.KeepInTouch or EventKind.OfferWithdrawn && (last is not { } l || e.On > l)) last = e.On;
        return last;
    }

    /// <summary>Whether a note dated after the parting (not the parting's own day) speaks of a new role.</summary>
    private static bool AboutARole(Opportunity o) => Parting(o) is { } parted && o.Events.Exists(e =>
        e.Kind == EventKind.Note && e.On > parted && e.Note is { } n
        && (n.Contains("role", StringComparison.OrdinalIgnoreCase) || n.Contains("position", StringComparison.OrdinalIgnoreCase)
            || n.Contains("opening", StringComparison.OrdinalIgnoreCase) || n.Contains("job", StringComparison.OrdinalIgnoreCase)));

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        ($"Reply to {Words.Whom(o, ChannelFor(s, o))}: they got back in touch",
            $"{o.Company} wrote to you {(o.LastHeardFrom is { } d ? Words.When(s, d) : "recently")}, after you had parted. A prompt, warm reply that answers them{(AboutARole(o) ? " about the new role" : "")} keeps a good door open; a generic hello would not.");

    public override string CarriedJob => "answers their message";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Record(EventKind.FollowUp, today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var first = Words.NextWorkingDay(s.Today);
        var second = Words.NextWorkingDay(first);
        var talk = AboutARole(o) ? "I would be glad to hear more about the new role" : "I would be glad to talk";
        var body = s.SolidAcceptance is { } acc && acc != o
            ? $"Thank you for getting in touch, it was good to hear from you. I have accepted another position, so I am not looking right now, but {talk.Replace("I would be glad to", "I would be glad to stay in touch and")}."
            : $"Thank you for getting in touch, it was good to hear from you. {talk}. Would a short call on {Words.Day(s, first)} or {Words.Day(s, second)} suit you?";
        return Words.Message(s, o, channel, $"Re: {Words.TheRole(o)}",
            $"I'm calling back about your message regarding {Words.TheRole(o)}.",
            body,
            Words.Carried(s, o, carries));
    }
}
