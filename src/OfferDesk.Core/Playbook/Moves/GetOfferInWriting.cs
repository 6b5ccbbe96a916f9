namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A spoken offer, or one without a start date, is not yet something to stand on.</summary>
public sealed class GetOfferInWriting : MoveRule
{
    public override string Code => "get-offer-in-writing";
    public override EventKind? SettledBy => EventKind.OfferRequest;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (o.Stage is not (Stage.Offer or Stage.Accepted) || o.Offer is not { } f) continue;
            var verbal = f.Status == OfferStatus.Verbal;
            var noStart = o.Stage == Stage.Accepted && f.StartDate is null;
            if (!verbal && !noStart) continue;
            yield return Make(s, o, Priority.High,
                verbal ? $"Ask {Words.Addressee(o)} for the offer in writing" : $"Ask {Words.Addressee(o)} to confirm your start date in writing",
                verbal
                    ? "A spoken offer can change or vanish. Until it is written down, with the terms and a start date, don't turn down or cancel anything else because of it."
                    : "An acceptance without an agreed start date is not settled yet. Get the date in writing before you close the door on anything else.");
        }
    }

    public override string Script(Situation s, Opportunity o)
    {
        var verbal = o.Offer?.Status == OfferStatus.Verbal;
        return Words.Email(s, o, $"Offer for {Words.TheRole(o)}: written confirmation",
            verbal
                ? $"Thank you so much for the offer for {Words.TheRole(o)}; I am delighted. Could you send it to me in writing, with the salary, benefits and the proposed start date, so I can review everything properly?"
                : $"I am very happy to be joining {o.Company} in {Words.Role(o)}. Could you confirm my start date and the agreed terms in writing, so that I can give notice and plan my move?",
            "Thank you again; I'm looking forward to the next steps.");
    }
}
