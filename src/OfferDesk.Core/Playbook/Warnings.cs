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
                "It's December: holidays slow hiring, and decisions often slip into January. Push for next steps and dates now."));

        if (s.SolidAcceptance is null)
            foreach (var o in s.All)
                if (Situation.IsHeldOffer(o) && o.Offer?.Deadline is { } d && d < s.Today)
                    list.Add(new Warning("deadline-passed", o.Id,
                        $"{o.Company}: the deadline for their offer was {Words.When(s, d)}. Answer them now, yes or no: silence burns the bridge."));

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
                    $"{o.Company}: you are leaning on their offer but haven't said you would take it. If the answer you hope for is no, be ready to accept {o.Company}, or don't lean on it."));

        if (s.Accepted is { } acc && s.SolidAcceptance is null)
            list.Add(new Warning("offer-not-solid", acc.Id,
                $"{acc.Company}: your acceptance is not solid until the offer is in writing with a start date. Don't cancel anything yet."));

        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code) is var c and not 0 ? c
            : a.Opportunity is null ? (b.Opportunity is null ? 0 : -1)
            : b.Opportunity is null ? 1 : string.CompareOrdinal(a.Opportunity, b.Opportunity));
        return list;
    }
}
