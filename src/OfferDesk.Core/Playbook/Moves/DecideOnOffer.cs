namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A decision the candidate must make now, with no message attached.</summary>
public sealed class DecideOnOffer : MoveRule
{
    public override string Code => "decide-on-offer";
    public override Channel Channel => Channel.None;

    public override IEnumerable<Move> Propose(Situation s)
    {
        var afterNoTimeline = s.MostPreferredCurrentOffer is { } top && s.MorePreferredHeard(top, CallOutcome.NoTimeline) ? top : null;
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o)) continue;
            if (s.IsWithinTwoDays(o.Offer?.Deadline))
                yield return Make(s, o, Priority.Urgent,
                    $"Decide on the {o.Company} offer by {Words.When(s, o.Offer!.Deadline!.Value)}",
                    "Their deadline is nearly here. If they don't give you more time, decide by the deadline: answering late, or not at all, loses the offer and the goodwill.");
            else if (o == afterNoTimeline)
                yield return Make(s, o, Priority.High,
                    $"Decide on the {o.Company} offer",
                    "The company you prefer could not say when they will decide. Weigh this offer on its own merits now, as if the other might never come.");
        }
    }

    public override string Script(Situation s, Opportunity o) => "";
}
