namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// V11: an offer you were counting on was withdrawn. Call the companies you stepped away from in the
/// weeks before: say plainly what happened, and ask whether the role is open and whether you can pick
/// up where you left off (or, where you turned their offer down, whether they would renew it).
/// </summary>
public sealed class ReopenProcess : MoveRule
{
    /// <summary>How long after an offer is withdrawn the companies you left are worth a call.</summary>
    public const int WithdrawnWithinDays = 30;

    /// <summary>How long before the withdrawal a step away still counts as made for that offer.</summary>
    public const int SteppedAwayWithinDays = 60;

    public override MoveCode Code => MoveCode.ReopenProcess;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        var withdrawn = Withdrawals(s);
        if (withdrawn.Count == 0) yield break;
        foreach (var o in s.All)
        {
            if (When(s, o, withdrawn) is not { } on) continue;
            // Settled by a check-in, a process question or a friendly note since the offer was withdrawn.
            if (o.Events.Exists(e => e.Kind is EventKind.FollowUp or EventKind.StatusCheck or EventKind.KeepInTouch && e.On >= on)) continue;
            yield return Propose(s, o, s.Employed ? Priority.High : Priority.Urgent);
        }
    }

    /// <summary>The dates of offer-withdrawn events in the last 30 days, latest first.</summary>
    private static List<DateOnly> Withdrawals(Situation s)
    {
        var dates = new List<DateOnly>();
        foreach (var x in s.All)
            foreach (var e in x.Events)
                if (e.Kind == EventKind.OfferWithdrawn && s.DaysUntil(e.On) is <= 0 and >= -WithdrawnWithinDays) dates.Add(e.On);
        dates.Sort((a, b) => b.CompareTo(a));
        return dates;
    }

    /// <summary>The withdrawal that makes this company worth a call: it stepped away (declined, withdrew, cancelled) in the 60 days before it.</summary>
    private static DateOnly? When(Situation s, Opportunity o, List<DateOnly> withdrawn)
    {
        if (o.Stage is not (Stage.Withdrawn or Stage.Declined)) return null;
        DateOnly? parted = null;
        foreach (var e in o.Events)
            if (e.Kind is EventKind.Withdrawal or EventKind.Decline or EventKind.CancelInterview && (parted is not { } p || e.On > p)) parted = e.On;
        if (parted is not { } day) return null;
        foreach (var w in withdrawn)
            if (day <= w && day >= w.AddDays(-SteppedAwayWithinDays)) return w;
        return null;
    }

    private static DateOnly? LatestDecline(Opportunity o)
    {
        DateOnly? last = null;
        foreach (var e in o.Events)
            if (e.Kind == EventKind.Decline && (last is not { } l || e.On > l)) last = e.On;
        return last;
    }

    /// <summary>Whether you turned down an offer they made: then you own the decline and ask them to renew it.</summary>
    private static bool DeclinedTheirOffer(Opportunity o) => o.Stage == Stage.Declined && o.Offer is { Status: not OfferStatus.Expected };

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o)
    {
        var channel = ChannelFor(s, o);
        var verb = channel == Channel.Phone ? "Call" : "Write to";
        return (DeclinedTheirOffer(o)
                ? $"{verb} {Words.Whom(o, channel)}: ask whether they would renew their offer"
                : $"{verb} {Words.Whom(o, channel)}: ask whether {Words.Role(o)} is open again",
            $"The offer you were counting on was withdrawn, and you stepped away from {o.Company} only weeks ago. Say plainly what happened and ask to pick up where you left off: the sooner you ask, the likelier the role is still free."
            + (s.Employed ? "" : " While you are out of work, this comes first."));
    }

    public override string CarriedJob => "asks to pick up where you left off";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Record(EventKind.StatusCheck, today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var happened = "The other offer I had has been withdrawn, and I wanted to tell you plainly.";
        string ask, warmth;
        if (DeclinedTheirOffer(o))
        {
            var when = LatestDecline(o) is { } d ? $" {Words.OnDay(s, d)}" : "";
            // V11: own the decline; no "still"; ask them to renew the offer.
            ask = $"I turned down your offer for {Words.TheRole(o)}{when}, and I know that was my choice. {happened} Is the role open, and would you consider renewing your offer?";
            warmth = "I would understand either way, and I am grateful for the care your team took with me.";
        }
        else
        {
            var process = Words.HaveMet(s, o) ? "pick up the process where we left off" : "pick up my application where it left off";
            ask = $"{happened} I would still very much like {Words.TheRole(o)}. Is it open, and could we {process}?";
            warmth = "I would understand either way, and I appreciate your time.";
        }
        var carried = Words.Carried(s, o, carries);
        if (channel != Channel.Phone)
            return Words.Email(s, o, channel, $"A change on my side: {Words.TheRole(o)}",
                ask, carried, warmth);
        return Words.Call(s, o, $"I'm calling about {Words.TheRole(o)}.",
            Words.Join(ask, carried),
            ("they are open to it", "Thank you, I really appreciate it. What would the next step be, and when could we speak?"),
            ("the role is filled", "I understand, and thank you for telling me. I would be glad to stay in touch for the future."));
    }
}
