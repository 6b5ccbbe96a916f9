namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A polite check-in after five or more quiet days with nothing on the calendar.</summary>
public sealed class FollowUp : MoveRule
{
    public override MoveCode Code => MoveCode.FollowUp;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsInProcess(o) || s.HasUpcomingInterview(o)) continue;
            if (s.SilenceDays(o) is not { } days || days < 5) continue;
            if (s.IsAccelerateTarget(o)) continue;
            var high = days >= 10 || s.IsSlowSeason;
            yield return Propose(s, o, high ? Priority.High : Priority.Normal);
        }
    }

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o)
    {
        var days = s.SilenceDays(o) ?? 0;
        return ($"Check in with {Words.Whom(o)}: {days} days without news",
            s.IsSlowSeason
                ? $"It has been {days} days since you last heard from {o.Company}, and the year-end holidays are close. Check in now, before decisions slip into January."
                : days >= 10
                    ? $"It has been {days} days since you last heard from {o.Company}. Processes stall quietly; a friendly check-in shows you are still keen and tells you where you stand."
                    : $"It has been {days} days since you last heard from {o.Company}. A short, friendly check-in keeps you on their radar without pressing them.");
    }

    /// <summary>A follow-up restarts the silence clock rather than settling the move for good.</summary>
    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Record(EventKind.FollowUp, today);
        return null;
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> absorbed)
    {
        // 3.1 a: an applied-only company hears about the application, not about conversations.
        var opening = Words.HaveMet(s, o)
            ? $"I hope your week is going well. I wanted to check in on {Words.TheRole(o)}: I am still very interested, and I would love to know where things stand and what the next step looks like."
            : $"I hope your week is going well. I wanted to check in on my application for {Words.TheRole(o)}: I am still very interested, and I would love to know where things stand.";
        return Words.Message(s, o, channel, $"Checking in: {Words.TheRole(o)}",
            $"I'm calling to check in about {Words.TheRole(o)}.",
            opening,
            absorbed.Contains(MoveCode.AskAboutProcess) ? Words.ProcessQuestion : "",
            Words.HolidayLine(s),
            "If there is anything more I can send you in the meantime, just let me know.");
    }
}
