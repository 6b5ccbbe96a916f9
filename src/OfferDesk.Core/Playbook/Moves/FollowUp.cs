namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A polite check-in after five or more quiet days with nothing on the calendar.</summary>
public sealed class FollowUp : MoveRule
{
    public override string Code => "follow-up";
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsInProcess(o) || s.HasUpcomingInterview(o)) continue;
            if (s.SilenceDays(o) is not { } days || days < 5) continue;
            if (s.IsAccelerateTarget(o)) continue;
            yield return Make(s, o, days >= 10 ? Priority.High : Priority.Normal,
                $"Check in with {Words.Addressee(o)}: {days} days without news",
                days >= 10
                    ? $"It has been {days} days since you last heard from {o.Company}. Processes stall quietly; a friendly check-in shows you are still keen and tells you where you stand."
                    : $"It has been {days} days since you last heard from {o.Company}. A short, friendly check-in keeps you on their radar without pressing them.");
        }
    }

    public override string Script(Situation s, Opportunity o) =>
        Words.Email(s, o, $"Checking in: {Words.TheRole(o)}",
            $"I hope your week is going well. I wanted to check in on {Words.TheRole(o)}: I am still very interested, and I would love to know where things stand and what the next step looks like.",
            "If there is anything more I can send you in the meantime, just let me know.");
}
