namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Hold an offer open, honestly, while a preferred process finishes.</summary>
public sealed class DeferOffer : MoveRule
{
    public override string Code => "defer-offer";
    public override EventKind? SettledBy => EventKind.DeferralNotice;
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (!s.Employed) yield break;
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || !s.AnyMorePreferredLive(o)) continue;
            var soon = s.IsWithinTwoDays(o.Offer?.Deadline);
            yield return Make(s, o, soon ? Priority.Urgent : Priority.High,
                soon ? $"Ask {o.Company} for a few more days before you answer" : $"Tell {o.Company} you need a little time, and ask when they need your answer",
                "A company you prefer is still deciding. Thanking them and saying honestly that you are finishing another process keeps this offer alive without a yes or a no today.");
        }
    }

    public override string Script(Situation s, Opportunity o)
    {
        var deadline = o.Offer?.Deadline;
        var ask = deadline is { } d && s.IsWithinTwoDays(d)
            ? $"I know you asked for an answer by {Words.When(s, d)}. Would it be possible to have a few more days? I want to give you a considered answer rather than a rushed one."
            : deadline is { } d2
                ? $"You mentioned you need an answer by {Words.Date(d2)}; could you confirm that date is firm, so I can make sure I respect it?"
                : "Could you tell me by when you need my decision, so I can make sure I respect your timeline?";
        return Words.Email(s, o, $"Your offer for {Words.TheRole(o)}",
            $"Thank you very much for the offer for {Words.TheRole(o)}. I am genuinely pleased, and I appreciate the time your team has put into the process.",
            "I want to be open with you: I am finishing another process that I committed to before your offer arrived, and I would like to close it before I decide, so that my answer to you is a final one.",
            ask);
    }
}
