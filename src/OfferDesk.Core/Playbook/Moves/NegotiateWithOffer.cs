namespace OfferDesk.Core.Playbook.Moves;

/// <summary>The preferred offer pays less than a real competing one: ask them to close the gap.</summary>
public sealed class NegotiateWithOffer : MoveRule
{
    public override string Code => "negotiate-with-offer";
    public override EventKind? SettledBy => EventKind.Negotiation;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Move> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || !o.Offer!.Shortfalls.Contains(Shortfall.Money)) continue;
            if (Competing(s, o, currentOnly: true) is not { } rival) continue;
            yield return Make(s, o, Priority.High,
                $"Call {Words.Addressee(o)} to ask them to match a higher offer",
                $"{o.Company} is your preference but pays less than the offer you hold from {rival.Company}. A real, higher offer is fair grounds to ask them to close the gap; never invent one.");
        }
    }

    /// <summary>The less preferred held offer with the highest base salary above this one's, same currency.</summary>
    public static Opportunity? Competing(Situation s, Opportunity o, bool currentOnly)
    {
        if (o.Offer?.BaseSalary is not { } mine) return null;
        Opportunity? best = null;
        foreach (var x in s.All)
        {
            if (x == o || !(currentOnly ? s.IsCurrentHeldOffer(x) : Situation.IsHeldOffer(x)) || !Situation.IsMorePreferred(o, x)) continue;
            if (x.Offer?.BaseSalary is not { } theirs || theirs <= mine) continue;
            if (o.Offer.Currency is { } a && x.Offer.Currency is { } b && a != b) continue;
            if (best is null || theirs > best.Offer!.BaseSalary) best = x;
        }
        return best;
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        Situation.IsHeldOffer(o) && Competing(s, o, currentOnly: false) is not null ? null
            : $"negotiate-with-offer cites a higher offer you hold; you hold no less preferred offer that pays more than {o.Company}'s, and a made-up offer is a bluff that can cost you this one";

    public override string Script(Situation s, Opportunity o)
    {
        var rival = Competing(s, o, currentOnly: true) ?? Competing(s, o, currentOnly: false);
        var theirs = rival?.Offer?.BaseSalary is { } b ? Words.Money(b, rival.Offer.Currency ?? o.Offer?.Currency) : "a higher salary";
        var from = rival is null ? "another company" : rival.Company;
        return Words.Call(o,
            $"Hi {Words.Addressee(o)}, thank you again for the offer for {Words.TheRole(o)}. I'm excited about it, and {o.Company} is where I want to be.",
            $"I want to be transparent: I also have a written offer from {from} with a base salary of {theirs}. I would much rather join you. Is there any room to bring the base salary closer to that?",
            ("they can move", "Thank you, that makes this an easy decision. Could you send the revised offer in writing?"),
            ("they can't move", "I understand, and I appreciate you checking. Let me think it over, and I'll come back to you shortly with my answer."));
    }
}
