namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Hold an offer open, honestly, while something you prefer is still in play.</summary>
public sealed class DeferOffer : MoveRule
{
    public override MoveCode Code => MoveCode.DeferOffer;
    public override EventKind? SettledBy => EventKind.DeferralNotice;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (!s.Employed) yield break;
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || o.WouldAccept == false || !s.AnyMorePreferredInPlay(o)) continue;
            // Accept the better offer instead of stalling this one; a no is already decided.
            if (s.AcceptProposedAbove(o) || s.IsProposed(MoveCode.DeclineOffer, o)) continue;
            yield return Propose(s, o, s.IsWithinTwoDays(o.Offer!.Deadline) ? Priority.Urgent : Priority.High);
        }
    }

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o)
    {
        var deadline = o.Offer?.Deadline;
        var soon = s.IsWithinTwoDays(deadline);
        return (soon ? $"Ask {o.Company} for a few more days before you answer"
                : deadline is { } d ? $"Tell {o.Company} you will answer {Words.By(s, d)}"
                : $"Tell {o.Company} you need a little time, and ask when they need your answer",
            s.AnyMorePreferredInProcess(o)
                ? "A company you prefer is still deciding. Thanking them and saying honestly that you are finishing another process keeps this offer alive without a yes or a no today."
                : "You hold an offer you prefer to this one. Thanking them and saying honestly that you are weighing another offer keeps this one alive while you decide.");
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    public override string CarriedJob => "tells them when you will answer";

    public override string CarriedLine(Situation s, Opportunity o) => Ask(s, o);

    /// <summary>3.1 e: the deadline on file is named, never asked for; a few more days end on a working day (V5).</summary>
    private static string Ask(Situation s, Opportunity o) => o.Offer?.Deadline is { } d && s.IsWithinTwoDays(d)
        ? $"I know you asked for my answer {Words.By(s, d)}. Could I have a few more days, until {Words.Day(s, Words.FewMoreDays(d))}? I want to give you a considered answer rather than a rushed one."
        : o.Offer?.Deadline is { } d2
            ? $"I will give you my answer {Words.By(s, d2)}, as you asked."
            : "Could you tell me by when you need my decision, so I can make sure I respect your timeline?";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        // 3.1 f: the reason is what the document holds, nothing invented; V8: the date they gave, when one decides in time.
        var expect = s.DecidesInTime is { Process.DecisionBy: { } by } x && Situation.IsMorePreferred(x, o)
            ? $" They expect to decide {Words.By(s, by)}."
            : "";
        var why = s.AnyMorePreferredInProcess(o)
            ? $"I want to be open with you: I am in another hiring process that I would like to see through before I decide, so that my answer to you is a final one.{expect}"
            : "I want to be open with you: I am weighing another offer, and I would like to compare them carefully, so that my answer to you is a final one.";
        return Words.Message(s, o, channel, $"Your offer for {Words.TheRole(o)}",
            $"I'm calling about your offer for {Words.TheRole(o)}.",
            $"Thank you very much for the offer for {Words.TheRole(o)}. I am genuinely pleased, and I appreciate the time your team has put into the process.",
            why,
            Ask(s, o),
            Words.Carried(s, o, carries));
    }
}
