namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// A polite check-in after five or more quiet days with nothing on the calendar; or, when they gave a
/// date to decide (V8), on the first working day after it passes without a word. A cold application
/// waits (V3); an email that went unanswered is followed by a call (V9).
/// </summary>
public sealed class FollowUp : MoveRule
{
    public override MoveCode Code => MoveCode.FollowUp;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsInProcess(o) || s.HasUpcomingInterview(o) || s.IsAccelerateTarget(o)) continue;
            if (WaitingForTheirDate(s, o)) continue;
            var theirDate = TheirDatePassed(s, o);
            if (!theirDate && (s.SilenceDays(o) is not { } days || days < 5)) continue;
            var high = theirDate || s.SilenceDays(o) >= 10 || s.IsSlowSeason || (Unanswered(s, o) && s.TopChoice == o);
            // V3: a cold application is low, whatever else says.
            yield return Propose(s, o, s.IsCold(o) ? Priority.Low : high ? Priority.High : Priority.Normal);
        }
    }

    /// <summary>V8: the company gave a date to decide, and the first working day after it has not come yet.</summary>
    public static bool WaitingForTheirDate(Situation s, Opportunity o) =>
        o.Process?.DecisionBy is { } by && s.Today < Words.NextWorkingDay(by);

    /// <summary>V8: their date has passed, and neither a message from them nor a check-in is dated on or after it.</summary>
    private static bool TheirDatePassed(Situation s, Opportunity o) =>
        o.Process?.DecisionBy is { } by && s.Today >= Words.NextWorkingDay(by)
        && !(o.LastHeardFrom >= by) && !(s.LastFollowUp(o) >= by);

    /// <summary>V9: the last check-in is later than their last message (or they never wrote): it went unanswered.</summary>
    private static bool Unanswered(Situation s, Opportunity o) =>
        s.LastFollowUp(o) is { } last && (o.LastHeardFrom is not { } heard || last > heard);

    protected override Channel RowChannel(Situation s, Opportunity o) =>
        Unanswered(s, o) && Words.AnyPhone(o) ? Channel.Phone : Channel.Either;

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o)
    {
        var channel = ChannelFor(s, o);
        var days = s.SilenceDays(o) ?? 0;
        var since = Since(s, o);
        string summary, why;
        if (TheirDatePassed(s, o) && o.Process?.DecisionBy is { } by)
        {
            summary = channel == Channel.Phone
                ? $"Call {Words.Whom(o, channel)}: the date they gave to decide has passed"
                : $"Check in with {Words.Whom(o, channel)}: the date they gave to decide has passed";
            why = $"{o.Company} said they would decide by {Words.When(s, by)}, and nothing has come from them since. A friendly check-in now, naming the date they gave, tells you where you stand.";
        }
        else
        {
            summary = channel == Channel.Phone
                ? $"Call {Words.Whom(o, channel)} to check in: your last message went unanswered"
                : $"Check in with {Words.Whom(o, channel)}: {days} days without news";
            why = s.IsSlowSeason
                ? $"It has been {days} days {since}, and the year-end holidays are close. Check in now, before decisions slip into January."
                : days >= 10
                    ? $"It has been {days} days {since}. Processes stall quietly; a friendly check-in shows you are still keen and tells you where you stand."
                    : $"It has been {days} days {since}. A short, friendly check-in keeps you on their radar without pressing them.";
            if (channel == Channel.Phone) why = Words.Join(why, "Your last check-in by email got no answer, so call this time.");
            if (s.IsCold(o)) why = Words.Join(why, "With only an application so far, this can wait behind the processes that are further along.");
        }
        return (summary, why);
    }

    /// <summary>V9: silence counted from what happened last; "since you last heard from X" only with their message on file.</summary>
    private static string Since(Situation s, Opportunity o)
    {
        DateOnly? best = null;
        var what = "";
        void Consider(DateOnly? d, string words)
        {
            if (d is { } day && (best is null || day >= best)) (best, what) = (day, words);
        }
        Consider(o.AppliedOn, "since you applied");
        foreach (var i in o.Interviews)
            if (i.Status == InterviewStatus.Done) Consider(i.At.Date, "since your interview");
        foreach (var e in o.Events)
        {
            if (e.Kind == EventKind.AccelerateCall) Consider(e.On, "since your call");
            else if (e.Kind == EventKind.StatusCheck) Consider(e.On, "since you asked about their process");
            else if (e.Kind == EventKind.FollowUp) Consider(e.On, "since you last checked in");
        }
        Consider(o.LastHeardFrom, $"since you last heard from {o.Company}");
        return what.Length > 0 ? what : "without news";
    }

    /// <summary>A follow-up restarts the silence clock rather than settling the move for good.</summary>
    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Record(EventKind.FollowUp, today);
        return null;
    }

    public override string CarriedJob => "checks in on where things stand";

    // The holiday line, when due, is added once by Words.Carried for the whole conversation.
    public override string CarriedLine(Situation s, Opportunity o) => Words.FollowUpQuestion;

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        // 3.1 a: an applied-only company hears about the application, not about conversations.
        var opening = Words.HaveMet(s, o)
            ? $"I hope your week is going well. I wanted to check in on {Words.TheRole(o)}: I am still very interested, and I would love to know where things stand and what the next step looks like."
            : $"I hope your week is going well. I wanted to check in on my application for {Words.TheRole(o)}: I am still very interested, and I would love to know where things stand.";
        // V8: the date they gave is named.
        var theirDate = TheirDatePassed(s, o) && o.Process?.DecisionBy is { } by
            ? $"You mentioned you expected to reach a decision by {Words.Day(s, by)}, so I wanted to ask whether there is any news."
            : "";
        return Words.Message(s, o, channel, $"Checking in: {Words.TheRole(o)}",
            $"I'm calling to check in about {Words.TheRole(o)}.",
            opening,
            theirDate,
            carries.Contains(MoveCode.AskAboutProcess) ? Words.ProcessQuestion : "",
            Words.HolidayLine(s),
            Words.Carried(s, o, carries, MoveCode.AskAboutProcess),
            "If there is anything more I can send you in the meantime, just let me know.");
    }
}
