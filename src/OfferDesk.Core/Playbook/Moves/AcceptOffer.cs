namespace OfferDesk.Core.Playbook.Moves;

/// <summary>The offer to take: the best one you can have, once nothing you prefer is still in play.</summary>
public sealed class AcceptOffer : MoveRule
{
    public override MoveCode Code => MoveCode.AcceptOffer;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (s.Accepted is not null) yield break;
        var chosen = new List<(Opportunity Offer, string Why)>();

        if (s.Employed)
        {
            if (s.Leverage is { } o && o.Offer!.IsInWriting && o.Offer.Shortfalls.Count == 0 && s.IsAheadOfEveryOtherInPlay(o))
                chosen.Add((o, "It is a written offer with nothing missing, and nothing you would prefer is still in play. Say yes clearly, and ask them to confirm the start date."));
        }
        else if (Situation.MostPreferred(s.All.Where(o => s.IsCurrentHeldOffer(o) && o.Offer!.IsInWriting && o.WouldAccept != false)) is { } best)
        {
            chosen.Add((best, s.AccelerateTargets.Count > 0
                ? "While you are out of work, a solid offer is worth taking. Make the call to the company you prefer first, and answer this offer by its deadline either way."
                : "While you are out of work, a solid offer is worth taking: say yes, then stop the other processes kindly."));
        }

        // Told by a company you prefer to take the other offer (V16): the most preferred current held
        // offer in writing, when nothing more preferred is in play, is the answer.
        if (Situation.MostPreferred(s.All.Where(o => s.IsCurrentHeldOffer(o) && o.Offer!.IsInWriting && o.WouldAccept != false)) is { } top
            && s.MorePreferredHeard(top, CallOutcome.TakeOtherOffer) && !s.AnyMorePreferredInPlay(top))
            chosen.Add((top, "The company you preferred told you to take this offer. That settles it: accept it without second thoughts."));

        // V6: a late yes to a lapsed offer is the day's one acceptance.
        if (s.All.Any(x => s.IsProposed(MoveCode.ReplyAfterDeadline, x) && ReplyAfterDeadline.SaysYes(s, x))) yield break;

        foreach (var (o, why) in chosen.DistinctBy(c => c.Offer))
        {
            if (o.WouldAccept == false) continue;
            // Where moves meet: the answer is no (decline-offer), or negotiate first.
            if (s.IsProposed(MoveCode.DeclineOffer, o) || s.IsProposed(MoveCode.NegotiateWithOffer, o)) continue;
            var waitForCall = !s.Employed && s.AccelerateTargets.Count > 0;
            var due = waitForCall ? o.Offer!.Deadline ?? s.Today : s.Today;
            // It takes over decide-on-offer's urgency when the deadline is near (v2 change 2).
            var priority = s.IsWithinTwoDays(o.Offer!.Deadline) ? Priority.Urgent : Priority.High;
            yield return Propose(s, o, priority, $"Accept the offer from {o.Company}", Words.Join(why, Afterwards(s, o)), due: due);
        }
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        o.Stage is Stage.Offer or Stage.Accepted && o.Offer is { Status: not OfferStatus.Expected } ? null
            : $"accept-offer says yes to an offer, and you hold no offer from {o.Company}: accepting one that was never made would embarrass you and them";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => pipeline.Accept(o, today);

    public override string CarriedJob => "accepts the offer";

    /// <summary>
    /// V13: what the acceptance will close once it is solid, by company and date: the interviews to cancel
    /// and the applications to withdraw (three of each by name, then how many more).
    /// </summary>
    private static string Afterwards(Situation s, Opportunity accepting)
    {
        var cancel = new List<string>();
        var withdraw = new List<string>();
        foreach (var x in s.All)
        {
            if (x == accepting) continue;
            if (s.FirstUpcomingInterview(x) is { } d) cancel.Add($"{x.Company} ({Words.When(s, d)})");
            else if (s.IsInProcess(x)) withdraw.Add(x.Company);
        }
        static string List(List<string> names) => names.Count <= 3
            ? Join(names)
            : $"{string.Join(", ", names.Take(3))} and {names.Count - 3} more";
        static string Join(List<string> names) => names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => $"{names[0]}, {names[1]} and {names[2]}",
        };
        var parts = new List<string>();
        if (cancel.Count > 0) parts.Add($"cancel your interviews with {List(cancel)}");
        if (withdraw.Count > 0) parts.Add($"withdraw your applications to {List(withdraw)}");
        return parts.Count == 0 ? "" : $"Once the acceptance is solid (in writing, with a start date), {string.Join(", and ", parts)}; until then, leave them be.";
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var next = o.Offer?.Status == OfferStatus.Verbal
            ? "Could you send me the offer in writing, with what I need to sign and the start date?"
            : o.Offer?.StartDate is { } d
                ? $"I am happy to confirm {Words.Day(s, d)} as my start date. Please let me know what I need to sign."
                : "Could you confirm the start date and send me what I need to sign?";
        return Words.Message(s, o, channel, $"Accepting your offer for {Words.TheRole(o)}",
            $"I'm calling about your offer for {Words.TheRole(o)}.",
            $"Thank you for the offer for {Words.TheRole(o)}. I am delighted to accept it.",
            next,
            Words.Carried(s, o, carries, MoveCode.GetOfferInWriting),
            $"I'm looking forward to joining {o.Company} and getting to work with the team.");
    }
}
