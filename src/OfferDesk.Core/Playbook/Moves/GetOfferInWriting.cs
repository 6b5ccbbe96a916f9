namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A spoken offer, an offer announced on a call, or one without a start date is not yet something to stand on.</summary>
public sealed class GetOfferInWriting : MoveRule
{
    public override MoveCode Code => MoveCode.GetOfferInWriting;
    public override EventKind? SettledBy => EventKind.OfferRequest;
    public override Channel Channel => Channel.Either;

    private enum Why { Verbal, NoStart, Announced }

    private static Why? Reason(Situation s, Opportunity o)
    {
        if (o.Stage is Stage.Offer or Stage.Accepted && o.Offer is { } f)
        {
            if (f.Status == OfferStatus.Verbal) return Why.Verbal;
            if (o.Stage == Stage.Accepted && f.StartDate is null) return Why.NoStart;
            return null;
        }
        // They said on the call an offer is coming (v2 change 8).
        if (s.IsInProcess(o) && s.LatestAccelerateCall(o)?.Outcome == CallOutcome.OfferMade && o.Offer is null or { Status: OfferStatus.Expected })
            return Why.Announced;
        return null;
    }

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (Reason(s, o) is not { } reason) continue;
            // Where moves meet: answer a lapsed offer first; a no needs no paperwork.
            if (s.IsProposed(MoveCode.ReplyAfterDeadline, o) || s.IsProposed(MoveCode.DeclineOffer, o)) continue;
            var channel = ChannelFor(s, o);
            yield return Propose(s, o, Priority.High,
                reason == Why.NoStart ? $"Ask {Words.Whom(o, channel)} to confirm your start date in writing" : $"Ask {Words.Whom(o, channel)} for the offer in writing",
                reason switch
                {
                    Why.Verbal when !Situation.HasFigures(o) => "A spoken offer with no salary and no answer date is still being put together: it can change or vanish. Ask for it in writing, and until then don't turn down or cancel anything because of it, or lean on it elsewhere.",
                    Why.Verbal => "A spoken offer can change or vanish. Until it is written down, with the terms and a start date, don't turn down or cancel anything else because of it.",
                    Why.NoStart => "An acceptance without an agreed start date is not settled yet. Get the date in writing before you close the door on anything else.",
                    _ => $"{o.Company} said on the call that an offer is coming. Ask for it in writing; when it arrives, record it here (stage offer) so your advice can weigh it.",
                },
                channel: channel);
        }
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    /// <summary>V7: a spoken offer with no figures yet is asked for by phone when a number is on file.</summary>
    protected override Channel RowChannel(Situation s, Opportunity o) =>
        o.Offer is { Status: OfferStatus.Verbal } && !Situation.HasFigures(o) && Words.AnyPhone(o) ? Channel.Phone : Channel.Either;

    public override string CarriedJob => "asks for the offer in writing";

    public override string CarriedLine(Situation s, Opportunity o) => (Reason(s, o) ?? Why.Verbal) switch
    {
        Why.NoStart => "Could you also confirm my start date and the agreed terms in writing?",
        _ => "In the meantime, could you send me the offer in writing, with the salary, benefits and start date, so I can review everything properly?",
    };

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var reason = Reason(s, o) ?? Why.Verbal;
        return Words.Message(s, o, channel, $"Offer for {Words.TheRole(o)}: in writing",
            $"I'm calling about the offer for {Words.TheRole(o)}.",
            reason switch
            {
                Why.Verbal => $"Thank you so much for the offer for {Words.TheRole(o)}; I am delighted. Could you send it to me in writing, with the salary, benefits and the proposed start date, so I can review everything properly?",
                Why.NoStart => $"I am very happy to be joining {o.Company} in {Words.Role(o)}. Could you confirm my start date and the agreed terms in writing, so that I can give notice and plan my move?",
                _ => $"Thank you for our call and for letting me know an offer for {Words.TheRole(o)} is on its way. Could you send it to me in writing when it is ready, with the salary, benefits and the proposed start date?",
            },
            Words.Carried(s, o, carries),
            "Thank you again; I'm looking forward to the next steps.");
    }
}
