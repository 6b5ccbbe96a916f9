namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// Turn down an offer you won't take, warmly, and keep the door open: the others once an acceptance
/// is solid, or, with none, an offer you would refuse that nothing leans on (v2 change 7).
/// </summary>
public sealed class DeclineOffer : MoveRule
{
    public override MoveCode Code => MoveCode.DeclineOffer;
    public override EventKind? SettledBy => EventKind.Decline;
    public override Channel Channel => Channel.Email;
    public override bool AfterSolidAcceptance => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (s.SolidAcceptance is { } acc)
        {
            foreach (var o in s.All)
                if (Situation.IsHeldOffer(o) && !Situation.IsMorePreferred(o, acc))
                    yield return Make(s, o,
                        $"You have accepted a solid offer at {acc.Company}. A prompt, warm no lets {o.Company} move on to their next candidate, and leaves the door open for later.");
            yield break;
        }
        HashSet<Opportunity>? cited = null;
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || o.WouldAccept != false) continue;
            // Negotiate first: an offer a negotiation is about, or cites, is still doing a job.
            if (s.IsProposed(MoveCode.NegotiateWithOffer, o)) continue;
            cited ??= CitedByNegotiations(s);
            if (cited.Contains(o)) continue;
            yield return Make(s, o,
                $"You have said you would not take the {o.Company} offer. Saying no promptly is kinder than letting the deadline run out, and it keeps the door open for later.");
        }
    }

    private static HashSet<Opportunity> CitedByNegotiations(Situation s)
    {
        var set = new HashSet<Opportunity>(ReferenceEqualityComparer.Instance);
        // Negotiate-with-offer is only ever proposed for a current held offer: asking that first
        // spares a lookup per opportunity.
        foreach (var o in s.All)
            if (s.IsCurrentHeldOffer(o) && s.IsProposed(MoveCode.NegotiateWithOffer, o) && NegotiateWithOffer.Competing(s, o, currentOnly: true) is { } rival)
                set.Add(rival);
        return set;
    }

    private Proposal Make(Situation s, Opportunity o, string why)
    {
        var channel = ChannelFor(s, o);
        var phone = channel == Channel.Phone;
        return Propose(s, o, Priority.High,
            phone ? $"Call {Words.Whom(o, channel)} to decline the offer{(Words.AnyEmail(o) ? ", then send a note" : "")}" : $"Decline the offer from {o.Company} by email",
            phone && ByPhone(s, o) ? Words.Join(why, $"{o.Company} ran {s.DoneInterviews(o)} interviews with you; they deserve to hear it by phone.") : why,
            channel: channel);
    }

    /// <summary>A company that ran three or more interviews hears the no by phone.</summary>
    public static bool ByPhone(Situation s, Opportunity o) => s.DoneInterviews(o) >= 3;

    protected override Channel RowChannel(Situation s, Opportunity o) => ByPhone(s, o) ? Channel.Phone : Channel.Email;

    public override string CarriedJob => "declines the offer";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Decline(today);
        return null;
    }

    public override IReadOnlyList<(string When, string Then)> CallSheetDecisions =>
    [
        ("they ask you to reconsider", "Thank them, and hold to your decision."),
    ];

    /// <summary>The reason given, true to the record (3.1 f): an acceptance is named only while a solid one exists.</summary>
    internal static string Reason(Situation s) => s.SolidAcceptance is not null
        ? "I have accepted another position that is a closer fit for where I want to go next"
        : "I have decided that this offer is not the right fit for me at this point";

    internal static string Warmth(Situation s, Opportunity o) => Words.HaveMet(s, o)
        ? $"I enjoyed getting to know the team at {o.Company}"
        : $"I have a high opinion of {o.Company}";

    internal static string Note(Situation s, Opportunity o, string? opening = null) =>
        Words.Email(s, o, $"Your offer for {Words.TheRole(o)}",
            opening ?? $"Thank you again for the offer for {Words.TheRole(o)}, and for the care your team took throughout the process.",
            $"After a lot of thought, {Reason(s)}, so I must decline your offer.",
            $"This was not an easy decision. {Warmth(s, o)}, and I would be glad to stay in touch.");

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        if (channel != Channel.Phone) return Note(s, o);
        var call = Words.Call(s, o,
            $"Thank you for taking my call, and again for the offer for {Words.TheRole(o)}.",
            Words.Join($"I've thought about it very carefully, and {Reason(s)}, so I have to decline. This was a hard decision: {Warmth(s, o)}, and I'd love to stay in touch.", Words.Carried(s, o, carries)));
        // V4: the written note follows only where an address is on file.
        return Words.AnyEmail(o) ? call + "\n\nAfter the call, send this note:\n\n" + Note(s, o) : call;
    }
}
