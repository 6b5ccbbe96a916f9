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
            var settledBy = rule.SettledBy;
            var afterSolidAcceptance = rule.AfterSolidAcceptance;
            foreach (var p in rule.Propose(s))
            {
                if (settledBy is { } settled && p.Opportunity.HasEvent(settled)) continue;
                if (s.SolidAcceptance is { } acc && acc != p.Opportunity && !afterSolidAcceptance) continue;
                s.Register(p);
                proposals.Add(p);
            }
        }
        proposals = Absorb(s, proposals);

        var moves = new List<Move>(proposals.Count);
        var upcoming = new List<Move>();
        foreach (var p in proposals)
        {
            // The script is written when first read (every proposal is settled by now, so the words cannot change).
            var move = new Move(p, s, p.AbsorbedOrEmpty);
            (p.Rule.WaitsInUpcoming && p.Due > s.Today ? upcoming : moves).Add(move);
        }
        Order(moves);
        upcoming.Sort((a, b) => a.Due.CompareTo(b.Due) is var c and not 0 ? c : MoveOrder(a, b));
        return new Advice(s.Today, moves, upcoming, Warnings.For(s, moves));
    }

    /// <summary>
    /// Sorts moves by <see cref="MoveOrder"/>. Priority, due date and code are packed into one number
    /// first, so most comparisons are one integer comparison on adjacent memory rather than three
    /// property reads from two moves; the names break ties as before.
    /// </summary>
    private static void Order(List<Move> moves)
    {
        if (moves.Count < 2) return;
        var keyed = new KeyedMove[moves.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var m = moves[i];
            keyed[i] = new KeyedMove(((long)m.Priority << 40) | ((long)m.Due.DayNumber << 8) | (long)m.Code, m);
        }
        Array.Sort(keyed, KeyedMove.Comparer);
        for (var i = 0; i < keyed.Length; i++) moves[i] = keyed[i].Move;
    }

    private readonly record struct KeyedMove(long Key, Move Move)
    {
        public static readonly Comparison<KeyedMove> Compare = (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : MoveOrder(a.Move, b.Move);
        public static readonly IComparer<KeyedMove> Comparer = Comparer<KeyedMove>.Create(Compare);
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
        Dictionary<Opportunity, List<Proposal>>? byOpportunity = null;
        foreach (var p in proposals)
        {
            if ((InSomePair & (1 << (int)p.Code)) == 0 || !HoldsAPair(s, p.Opportunity)) continue;
            byOpportunity ??= new Dictionary<Opportunity, List<Proposal>>(ReferenceEqualityComparer.Instance);
            if (!byOpportunity.TryGetValue(p.Opportunity, out var list)) byOpportunity[p.Opportunity] = list = new List<Proposal>(2);
            list.Add(p);
        }
        if (byOpportunity is null) return proposals;
        var dropped = new HashSet<Proposal>(ReferenceEqualityComparer.Instance);
        var raised = new Dictionary<Proposal, Proposal>(ReferenceEqualityComparer.Instance);
        foreach (var list in byOpportunity.Values)
        {
            if (list.Count < 2) continue;
            foreach (var (first, second, anyDay) in Pairs)
            {
                var a = FirstLeft(list, first, dropped);
                var b = FirstLeft(list, second, dropped);
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
        {
            if ((InSomePair & (1 << (int)p.Code)) == 0) result.Add(p);
            else if (!dropped.Contains(p)) result.Add(raised.GetValueOrDefault(p, p));
        }
        return result;
    }

    /// <summary>The first proposal in the list with this code that was not dropped (as List.Find, without a closure per call).</summary>
    private static Proposal? FirstLeft(List<Proposal> list, MoveCode code, HashSet<Proposal> dropped)
    {
        foreach (var p in list)
            if (p.Code == code && !dropped.Contains(p)) return p;
        return null;
    }

    private static readonly int[] PairCodes = [.. Pairs.Select(p => (1 << (int)p.First) | (1 << (int)p.Second))];

    /// <summary>Every code that is one of a pair, one bit each: proposals of other codes never meet.</summary>
    private static readonly int InSomePair = PairCodes.Aggregate(0, (all, pair) => all | pair);

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
