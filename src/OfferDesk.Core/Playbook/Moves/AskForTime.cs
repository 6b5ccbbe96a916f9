namespace OfferDesk.Core.Playbook.Moves;

/// <summary>An offer that falls short while other processes run: a few more days to see them through.</summary>
public sealed class AskForTime : MoveRule
{
    public override MoveCode Code => MoveCode.AskForTime;
    public override EventKind? SettledBy => EventKind.TimeRequest;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (!s.Employed) yield break;
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || o.Offer!.Shortfalls.Count == 0) continue;
            if (s.AnyMorePreferredLive(o) || !s.AnotherInProcess(o)) continue;
            if (s.IsProposed(MoveCode.AcceptOffer, o) || s.IsProposed(MoveCode.DeclineOffer, o)) continue;
            yield return Propose(s, o, Priority.High,
                o.Offer.Deadline is { } d ? $"Ask {o.Company} for a few more days beyond {Words.When(s, d)}, until {Words.When(s, Words.FewMoreDays(d))}" : $"Ask {o.Company} when they need your answer",
                $"The offer falls short on {string.Join(", ", o.Offer.Shortfalls.Select(Shortfalls.Describe))}, and other processes are still running. A little more time lets you see them through before you choose.");
        }
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    public override string CarriedJob => "asks for a few more days to answer";

    public override string CarriedLine(Situation s, Opportunity o) => Ask(s, o);

    private static string Ask(Situation s, Opportunity o) => o.Offer?.Deadline is { } d
        ? $"You asked for my answer {Words.By(s, d)}. Could I have a few more days, until {Words.Day(s, Words.FewMoreDays(d))}? I want to weigh it properly and come back to you with a clear decision."
        : "Could you tell me by when you need my answer? I want to take the time to weigh it properly and come back to you with a clear decision.";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        return Words.Message(s, o, channel, $"Your offer for {Words.TheRole(o)}",
            $"I'm calling about your offer for {Words.TheRole(o)}.",
            $"Thank you for the offer for {Words.TheRole(o)}. I appreciate it, and I am giving it serious thought.",
            Ask(s, o),
            Words.Carried(s, o, carries));
    }
}
