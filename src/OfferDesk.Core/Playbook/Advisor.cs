namespace OfferDesk.Core.Playbook;

/// <summary>Turns a pipeline and a day into advice: the moves, what is coming, and the warnings.</summary>
public static class Advisor
{
    public static Advice Advise(Pipeline pipeline, DateOnly today) => Advise(new Situation(pipeline, today));

    public static Advice Advise(Situation s)
    {
        // Rules run in Playbook.Rules order, each seeing what the earlier ones proposed.
        var proposals = new List<Proposal>(s.All.Count);
        foreach (var rule in Playbook.Rules)
        {
            foreach (var p in rule.Propose(s))
            {
                if (rule.SettledBy is { } settled && p.Opportunity.HasEvent(settled)) continue;
                if (s.SolidAcceptance is { } acc && acc != p.Opportunity && !rule.AfterSolidAcceptance) continue;
                s.Register(p);
                proposals.Add(p);
            }
        }
        proposals = Absorb(s, proposals);

        var moves = new List<Move>(proposals.Count);
        var upcoming = new List<Move>();
        foreach (var p in proposals)
        {
            var o = p.Opportunity;
            // Written when first read (every proposal is settled by now, so the words cannot change).
            var absorbed = p.AbsorbedOrEmpty;
            var move = p.Channel == Channel.None
                ? new Move(p.Code, o.Id, o.Company, p.Priority, p.Due, p.Channel, p.Summary, p.Why, "") { Absorbed = absorbed }
                : new Move(p.Code, o.Id, o.Company, p.Priority, p.Due, p.Channel, p.Summary, p.Why, () => p.Rule.Script(s, o, p.Channel, absorbed)) { Absorbed = absorbed };
            (p.Rule.WaitsInUpcoming && p.Due > s.Today ? upcoming : moves).Add(move);
        }
        moves.Sort(MoveOrder);
        upcoming.Sort((a, b) => a.Due.CompareTo(b.Due) is var c and not 0 ? c : MoveOrder(a, b));
        return new Advice(s.Today, moves, upcoming, Warnings.For(s, moves));
    }

    /// <summary>
    /// One message per company per day ("Where moves meet"): the first of each pair carries the
    /// second's job and takes its priority when higher; the second is dropped.
    /// </summary>
    private static readonly (MoveCode First, MoveCode Second, bool AnyDay)[] Pairs =
    [
        (MoveCode.SendThankYou, MoveCode.AskAboutProcess, true),
        (MoveCode.FollowUp, MoveCode.AskAboutProcess, false),
        (MoveCode.SignalCommitment, MoveCode.FollowUp, false),
        (MoveCode.DeferOffer, MoveCode.GetOfferInWriting, false),
    ];

    private static List<Proposal> Absorb(Situation s, List<Proposal> proposals)
    {
        // Only an opportunity holding both moves of some pair needs a look; most hold one move.
        var byOpportunity = new Dictionary<Opportunity, List<Proposal>>(ReferenceEqualityComparer.Instance);
        foreach (var p in proposals)
        {
            if (!HoldsAPair(s, p.Opportunity)) continue;
            if (!byOpportunity.TryGetValue(p.Opportunity, out var list)) byOpportunity[p.Opportunity] = list = [];
            list.Add(p);
        }
        if (byOpportunity.Count == 0) return proposals;
        var dropped = new HashSet<Proposal>(ReferenceEqualityComparer.Instance);
        var raised = new Dictionary<Proposal, Proposal>(ReferenceEqualityComparer.Instance);
        foreach (var list in byOpportunity.Values)
        {
            if (list.Count < 2) continue;
            foreach (var (first, second, anyDay) in Pairs)
            {
                var a = list.Find(p => p.Code == first && !dropped.Contains(p));
                var b = list.Find(p => p.Code == second && !dropped.Contains(p));
                if (a is null || b is null || (!anyDay && a.Due != b.Due)) continue;
                dropped.Add(b);
                var carrier = raised.GetValueOrDefault(a, a);
                carrier.Absorbed.Add(second);
                carrier.Absorbed.AddRange(b.Absorbed);
                if (b.Priority < carrier.Priority)
                {
                    // A with-copy shares the Absorbed list, so what was absorbed so far comes along.
                    raised[a] = carrier with { Priority = b.Priority };
                }
            }
        }
        var result = new List<Proposal>(proposals.Count - dropped.Count);
        foreach (var p in proposals)
            if (!dropped.Contains(p)) result.Add(raised.GetValueOrDefault(p, p));
        return result;
    }

    private static readonly int[] PairCodes = [.. Pairs.Select(p => (1 << (int)p.First) | (1 << (int)p.Second))];

    private static bool HoldsAPair(Situation s, Opportunity o)
    {
        var proposed = s.ProposedCodes(o);
        foreach (var pair in PairCodes)
            if ((proposed & pair) == pair) return true;
        return false;
    }

    private static int MoveOrder(Move a, Move b)
    {
        // As ints: Enum.CompareTo(object) boxes both sides, and this runs n log n times.
        var c = ((int)a.Priority).CompareTo((int)b.Priority);
        if (c == 0) c = a.Due.CompareTo(b.Due);
        if (c == 0) c = ((int)a.Code).CompareTo((int)b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Company, b.Company);
        if (c == 0) c = string.CompareOrdinal(a.Opportunity, b.Opportunity);
        return c;
    }
}
