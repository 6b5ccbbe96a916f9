namespace OfferDesk.Core.Playbook.Moves;

/// <summary>The offer to take: the best one you can have, once nothing you prefer is still in play.</summary>
public sealed class AcceptOffer : MoveRule
{
    public override string Code => "accept-offer";
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (s.Accepted is not null) yield break;
        var chosen = new List<(Opportunity Offer, string Why)>();

        if (s.Employed)
        {
            foreach (var o in s.All)
                if (s.IsCurrentHeldOffer(o) && o.Offer!.IsInWriting && o.Offer.Shortfalls.Count == 0
                    && s.IsAheadOfEveryOtherLive(o))
                    chosen.Add((o, "It is a written offer with nothing missing, and nothing you would prefer is still in play. Say yes clearly, and ask them to confirm the start date."));
        }
        else if (Situation.MostPreferred(s.All.Where(o => s.IsCurrentHeldOffer(o) && o.Offer!.IsInWriting && o.WouldAccept != false)) is { } best)
        {
            chosen.Add((best, s.AccelerateTargets.Count > 0
                ? "While you are out of work, a solid offer is worth taking. Make the call to the company you prefer first, and answer this offer by its deadline either way."
                : "While you are out of work, a solid offer is worth taking: say yes, then stop the other processes kindly."));
        }

        if (s.MostPreferredCurrentOffer is { } top && s.MorePreferredHeard(top, CallOutcome.TakeOtherOffer) && !s.AnyMorePreferredLive(top))
            chosen.Add((top, "The company you preferred told you to take this offer. That settles it: accept it without second thoughts."));

        foreach (var (o, why) in chosen.DistinctBy(c => c.Offer))
        {
            var waitForCall = !s.Employed && s.AccelerateTargets.Count > 0;
            yield return Make(s, o, Priority.High,
                $"Accept the offer from {o.Company}",
                why,
                due: waitForCall ? o.Offer!.Deadline ?? s.Today : null);
        }
    }

    public override string Script(Situation s, Opportunity o)
    {
        var start = o.Offer?.StartDate is { } d ? $"I am happy to confirm {Words.Date(d)} as my start date." : "Could you confirm the start date and send me what I need to sign?";
        return Words.Email(s, o, $"Accepting your offer for {Words.TheRole(o)}",
            $"Thank you for the offer for {Words.TheRole(o)}. I am delighted to accept it.",
            start,
            $"I'm looking forward to joining {o.Company} and getting to work with the team.");
    }
}
