namespace OfferDesk.Core.Playbook.Moves;

/// <summary>A company you turned down is a warm lead: a friendly note every three months.</summary>
public sealed class KeepInTouch : MoveRule
{
    public const int IntervalDays = 90;

    public override string Code => "keep-in-touch";
    public override Channel Channel => Channel.Either;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (o.Stage != Stage.Declined) continue;
            DateOnly? last = null;
            foreach (var e in o.Events)
                if (e.Kind is EventKind.Decline or EventKind.KeepInTouch && (last is null || e.On > last))
                    last = e.On;
            yield return Make(s, o, Priority.Low,
                $"Send {Words.Addressee(o)} a friendly note",
                last is null
                    ? $"You turned {o.Company} down; a kind word now keeps the door open for later."
                    : $"You turned {o.Company} down, but they liked you. A short note every few months keeps a warm lead warm.",
                due: last?.AddDays(IntervalDays) ?? s.Today);
        }
    }

    public override string Script(Situation s, Opportunity o) =>
        Words.Email(s, o, $"Hello from a former candidate at {o.Company}",
            $"I hope all is well at {o.Company}. I still think fondly of our conversations about {Words.Role(o)}, and I wanted to say hello and see how the team is doing.",
            "If there is ever a chance to work together, I would be glad to hear from you.");
}
