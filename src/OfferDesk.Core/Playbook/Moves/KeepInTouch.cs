namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A company you turned down is a warm lead: a friendly note every three months, and now when you are searching again.</summary>
public sealed class KeepInTouch : MoveRule
{
    public const int IntervalDays = 90;

    public override MoveCode Code => MoveCode.KeepInTouch;
    public override Channel Channel => Channel.Either;
    public override bool AfterSolidAcceptance => true;
    public override bool WaitsInUpcoming => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (o.Stage != Stage.Declined) continue;
            var (last, lastIsDecline) = Latest(o);
            DateOnly due = last?.AddDays(IntervalDays) ?? s.Today;
            // Searching again (v2 change 6): the lead you declined is worth a note today.
            if (s.SearchingAgain && lastIsDecline && due > s.Today) due = s.Today;
            // V12: replying to their message does this job; V11: so does the call to reopen the process, today.
            if (s.IsProposed(MoveCode.ReplyToOutreach, o) || (s.IsProposed(MoveCode.ReopenProcess, o) && due <= s.Today)) continue;
            yield return Propose(s, o, Priority.Low, due: due);
        }
    }

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o)
    {
        var (last, lastIsDecline) = Latest(o);
        return (s.SearchingAgain && lastIsDecline ? $"Tell {Words.Whom(o)} you are looking again" : $"Send {Words.Whom(o)} a friendly note",
            s.SearchingAgain && lastIsDecline
                ? $"Nothing else is live right now, and {o.Company} wanted you once. A warm note saying you are looking for your next role can reopen the door."
                : last is null
                    ? $"You turned {o.Company} down; a kind word now keeps the door open for later."
                    : $"You turned {o.Company} down, but they liked you. A short note every few months keeps a warm lead warm.");
    }

    /// <summary>The latest decline or keep-in-touch; a keep-in-touch on the same day as a decline counts as later.</summary>
    private static (DateOnly? On, bool IsDecline) Latest(Opportunity o)
    {
        DateOnly? last = null;
        var isDecline = false;
        foreach (var e in o.Events)
        {
            if (e.Kind is not (EventKind.Decline or EventKind.KeepInTouch)) continue;
            if (last is null || e.On > last) (last, isDecline) = (e.On, e.Kind == EventKind.Decline);
            else if (e.On == last && e.Kind == EventKind.KeepInTouch) isDecline = false;
        }
        return (last, isDecline);
    }

    public override string CarriedJob => "says you would like to stay in touch";

    public override string CarriedLine(Situation s, Opportunity o) => "Whatever happens, I would be glad to stay in touch.";

    /// <summary>A note sent restarts the 90-day clock.</summary>
    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Record(EventKind.KeepInTouch, today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var looking = s.SearchingAgain && Latest(o).IsDecline;
        return Words.Message(s, o, channel, $"Staying in touch: {o.Company}",
            $"I'm calling to say hello and stay in touch with {o.Company}.",
            Words.HaveMet(s, o)
                ? $"I hope all is well at {o.Company}. I still think warmly of my conversations with your team about {Words.Role(o)}, and I wanted to say hello."
                : $"I hope all is well at {o.Company}. I wanted to say hello and thank you again for considering me for {Words.Role(o)}.",
            looking
                ? "I am now looking for my next role, and I would be glad to hear about any opening at your company where I could help."
                : "If there is ever a chance to work together, I would be glad to hear from you.",
            Words.Carried(s, o, carries));
    }
}
