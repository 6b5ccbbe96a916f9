using OfferDesk.Core.Playbook.Moves;

namespace OfferDesk.Core.Playbook;

/// <summary>The cautions of PLAYBOOK section 4.</summary>
public static class Warnings
{
    public static IReadOnlyList<Warning> For(Situation s, IReadOnlyList<Move> moves)
    {
        var list = new List<Warning>();
        if (s.IsSlowSeason && s.SolidAcceptance is null && s.All.Any(s.IsInProcess))
            list.Add(new Warning("slow-season", null,
                "Decisions slip into January over the holidays: push for next steps now."));

        if (s.SolidAcceptance is null)
            foreach (var o in s.All)
                if (Situation.IsHeldOffer(o) && o.Offer?.Deadline is { } d && d < s.Today)
                    list.Add(new Warning("deadline-passed", o.Id,
                        $"The deadline on the {o.Company} offer has passed: answer them now either way; silence burns the bridge."));

        var leanedOn = new List<Opportunity>();
        var accelerating = false;
        foreach (var m in moves)
            accelerating |= m.Code == MoveCode.AcceleratePreferred;
        if (accelerating && s.Leverage is { } held) leanedOn.Add(held);
        foreach (var m in moves)
            if (m.Code == MoveCode.NegotiateWithOffer && (m.At ?? s.Find(m.Opportunity)) is { } o && NegotiateWithOffer.Competing(s, o, currentOnly: true) is { } rival)
                leanedOn.Add(rival);
        foreach (var o in leanedOn.Distinct())
            if (o.WouldAccept != true)
                list.Add(new Warning("plan-b-unconfirmed", o.Id,
                    $"Be ready to take the {o.Company} offer if the answer is no."));

        if (s.Accepted is { } acc && s.SolidAcceptance is null)
            list.Add(new Warning("offer-not-solid", acc.Id,
                $"The {acc.Company} offer you accepted can still fall apart: get it in writing with a start date before you cancel anything."));

        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c
            : a.Opportunity is null ? (b.Opportunity is null ? 0 : -1)
            : b.Opportunity is null ? 1 : string.CompareOrdinal(a.Opportunity, b.Opportunity));
        return list;
    }
}
