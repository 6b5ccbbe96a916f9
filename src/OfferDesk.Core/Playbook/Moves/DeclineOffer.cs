namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Turn down an offer you won't take, warmly, and keep the door open.</summary>
public sealed class DeclineOffer : MoveRule
{
    public override string Code => "decline-offer";
    public override EventKind? SettledBy => EventKind.Decline;
    public override Channel Channel => Channel.Email;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (s.SolidAcceptance is not { } acc) yield break;
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o) || Situation.IsMorePreferred(o, acc)) continue;
            var phone = ByPhone(s, o);
            yield return Make(s, o, Priority.High,
                phone ? $"Call {Words.Addressee(o)} to decline the offer, then send a note" : $"Decline the offer from {o.Company} by email",
                phone
                    ? $"{o.Company} invested {s.DoneInterviews(o)} interviews in you; they deserve to hear it by phone. A warm, prompt no keeps the relationship for later."
                    : "A prompt, warm no lets them move on to their next candidate, and leaves the door open for later.",
                channel: phone ? Channel.Phone : Channel.Email,
                script: Script(s, o));
        }
    }

    private static bool ByPhone(Situation s, Opportunity o) => s.DoneInterviews(o) >= 3;

    private static string Note(Situation s, Opportunity o) =>
        Words.Email(s, o, $"Your offer for {Words.TheRole(o)}",
            $"Thank you again for the offer for {Words.TheRole(o)}, and for the care your team took throughout the process.",
            "After a lot of thought I have decided to accept another position that is a closer fit for where I want to go next, so I must decline your offer.",
            $"This was not an easy decision. I have great respect for {o.Company}, and I would be glad to stay in touch.");

    public override string Script(Situation s, Opportunity o)
    {
        if (!ByPhone(s, o)) return Note(s, o);
        var call = Words.Call(o,
            $"Hi {Words.Addressee(o)}, thank you for taking my call, and again for the offer for {Words.TheRole(o)}.",
            $"I've thought about it very carefully, and I've decided to accept another position that fits better where I want to go next, so I have to decline. This was a hard decision: I really enjoyed meeting the team at {o.Company}, and I'd love to stay in touch.");
        return call + "\n\nAfter the call, send this note:\n\n" + Note(s, o);
    }
}
