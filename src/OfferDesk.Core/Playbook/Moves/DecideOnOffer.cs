namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A decision the candidate must make now, with no message attached.</summary>
public sealed class DecideOnOffer : OfferDecision
{
    public override MoveCode Code => MoveCode.DecideOnOffer;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        var afterNoTimeline = s.Leverage is { } top && s.MorePreferredHeard(top, CallOutcome.NoTimeline) ? top : null;
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o)) continue;
            // Where moves meet: accepting supersedes deciding, here or on a more preferred offer; a no is already decided.
            if (s.IsProposed(MoveCode.AcceptOffer, o) || s.IsProposed(MoveCode.DeclineOffer, o) || s.AcceptProposedAbove(o)) continue;
            if (s.IsWithinTwoDays(o.Offer?.Deadline))
                yield return Propose(s, o, Priority.Urgent,
                    $"Decide on the {o.Company} offer {Words.By(s, o.Offer!.Deadline!.Value)}",
                    "Their deadline is nearly here. If they don't give you more time, decide by the deadline: answering late, or not at all, loses the offer and the goodwill.");
            else if (o == afterNoTimeline)
                yield return Propose(s, o, Priority.High,
                    $"Decide on the {o.Company} offer",
                    "The company you prefer could not say when they will decide. Weigh this offer on its own merits now, as if the other might never come.");
        }
    }
}
