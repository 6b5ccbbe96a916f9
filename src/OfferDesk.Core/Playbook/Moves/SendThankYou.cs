namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A short thank-you after each interview, within a week of it; it also asks about next steps when that is owed.</summary>
public sealed class SendThankYou : MoveRule
{
    public override MoveCode Code => MoveCode.SendThankYou;
    public override Channel Channel => Channel.Email;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!Situation.IsOpen(o)) continue;
            if (EarliestOwed(s, o) is not { } first) continue;
            // V18: due the next working day after the interview.
            yield return Propose(s, o, Priority.High, due: Words.NextWorkingDay(first.At.Date));
        }
    }

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        (ChannelFor(s, o) == Channel.Phone
                ? $"Call {Words.Whom(o, Channel.Phone)} to thank them for the interview"
                : $"Send {Words.Whom(o, Channel.Email)} a thank-you note for the interview",
            "A short thank-you within a day or so of an interview keeps you in mind while they decide, and few candidates bother to send one.");

    /// <summary>The earliest done interview of the last seven days with no thanks sent (the first listed on a tie).</summary>
    private static Interview? EarliestOwed(Situation s, Opportunity o)
    {
        // A plain loop: this runs for every open opportunity, and a sorted query allocated on each.
        Interview? earliest = null;
        foreach (var i in o.Interviews)
        {
            if (i.Status != InterviewStatus.Done || s.DaysUntil(i.At.Date) is < -7 or > 0 || i.ThankYouSent == true) continue;
            if (earliest is not null && i.At.Date >= earliest.At.Date) continue;
            if (!ThankedSince(o, i.At.Date)) earliest = i;
        }
        return earliest;
    }

    private static bool ThankedSince(Opportunity o, DateOnly day)
    {
        foreach (var e in o.Events)
            if (e.Kind == EventKind.ThankYou && e.On >= day) return true;
        return false;
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.MarkThanked(today);
        return null;
    }

    public override string CarriedJob => "thanks them for the interview";

    public override string CarriedLine(Situation s, Opportunity o) =>
        $"Thank you again for meeting with me{(EarliestOwed(s, o) is { } i ? $" {Words.OnDay(s, i.At.Date)}" : "")} about {Words.Role(o)}; I enjoyed it.";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var when = EarliestOwed(s, o) is { } i ? $" {Words.OnDay(s, i.At.Date)}" : "";
        var process = carries.Contains(MoveCode.AskAboutProcess);
        return Words.Message(s, o, channel, $"Thank you: {Words.TheRole(o)}",
            $"I'm calling to thank you for the interview for {Words.TheRole(o)}.",
            $"Thank you for taking the time to meet with me{when} about {Words.TheRole(o)}. I enjoyed learning how the team works and what it is building next.",
            "Our conversation made me even more interested in the role, and I would be glad to answer anything else that helps your decision.",
            process ? Words.ProcessQuestion : "",
            process ? Words.HolidayLine(s) : "",
            Words.Carried(s, o, carries, MoveCode.AskAboutProcess));
    }
}
