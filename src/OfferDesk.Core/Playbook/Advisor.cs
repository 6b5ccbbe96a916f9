namespace OfferDesk.Core.Playbook;

/// <summary>Turns a pipeline and a day into advice: the moves, what is coming, and the warnings.</summary>
public static class Advisor
{
    public static Advice Advise(Pipeline pipeline, DateOnly today) => Advise(new Situation(pipeline, today));

    public static Advice Advise(Situation s)
    {
        var moves = new List<Move>();
        var upcoming = new List<Move>();
        foreach (var rule in Playbook.Rules)
        {
            foreach (var move in rule.Propose(s))
            {
                var o = s.Find(move.Opportunity)!;
                if (rule.SettledBy is { } settled && o.HasEvent(settled)) continue;
                if (s.SolidAcceptance is { } acc && acc != o && !Playbook.AfterSolidAcceptance.Contains(move.Code)) continue;
                (move.Due > s.Today && move.Code == "keep-in-touch" ? upcoming : moves).Add(move);
            }
        }
        moves.Sort(MoveOrder);
        upcoming.Sort((a, b) => a.Due.CompareTo(b.Due) is var c and not 0 ? c : MoveOrder(a, b));
        return new Advice(s.Today, moves, upcoming, Warnings.For(s, moves));
    }

    private static int MoveOrder(Move a, Move b)
    {
        // As ints: Enum.CompareTo(object) boxes both sides, and this runs n log n times.
        var c = ((int)a.Priority).CompareTo((int)b.Priority);
        if (c == 0) c = a.Due.CompareTo(b.Due);
        if (c == 0) c = string.CompareOrdinal(a.Company, b.Company);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Opportunity, b.Opportunity);
        return c;
    }
}
