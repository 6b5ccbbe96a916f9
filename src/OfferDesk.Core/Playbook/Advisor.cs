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
    /// Sorts moves by <see cref="MoveOrder"/>, which ties only on the names. Priority, due date and code
    /// are packed into one number with the move's place, and the numbers sorted as plain integers;
    /// only runs that tie on all three are then sorted by company and id. Comparing moves through
    /// a delegate, reading three properties of each, was an eighth of the advice's time.
    /// </summary>
    private static void Order(List<Move> moves)
    {
        if (moves.Count < 2) return;
        var keys = new long[moves.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var m = moves[i];
            // Bits: priority 58-59, day number 36-57 (below 2^22), code 31-35, place 0-30.
            keys[i] = ((long)m.Priority << 58) | ((long)m.Due.DayNumber << 36) | ((long)m.Code << PlaceBits) | (long)i;
        }
        Array.Sort(keys);
        var sorted = new Move[keys.Length];
        for (var i = 0; i < keys.Length; i++) sorted[i] = moves[(int)(keys[i] & PlaceMask)];
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] >> PlaceBits == keys[start] >> PlaceBits) end++;
            if (end - start > 1) Array.Sort(sorted, start, end - start, ByName);
            start = end;
        }
        for (var i = 0; i < sorted.Length; i++) moves[i] = sorted[i];
    }

    private const int PlaceBits = 31;
    private const long PlaceMask = (1L << PlaceBits) - 1;
    private static readonly IComparer<Move> ByName = new NameOrder();

    /// <summary>The last two keys of <see cref="MoveOrder"/>, for moves already equal on the others.</summary>
    private sealed class NameOrder : IComparer<Move>
    {
        public int Compare(Move? a, Move? b)
        {
            var c = string.CompareOrdinal(a!.Company, b!.Company);
            return c != 0 ? c : string.CompareOrdinal(a.Opportunity, b.Opportunity);
        }
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
        // Proposals are known by their place in the list, so what becomes of each is an array slot.
        Dictionary<Opportunity, List<int>>? byOpportunity = null;
        for (var i = 0; i < proposals.Count; i++)
        {
            var p = proposals[i];
            if ((InSomePair & (1 << (int)p.Code)) == 0 || !HoldsAPair(s, p.Opportunity)) continue;
            byOpportunity ??= new Dictionary<Opportunity, List<int>>(ReferenceEqualityComparer.Instance);
            if (!byOpportunity.TryGetValue(p.Opportunity, out var list)) byOpportunity[p.Opportunity] = list = new List<int>(2);
            list.Add(i);
        }
        if (byOpportunity is null) return proposals;
        var dropped = new bool[proposals.Count];
        var raised = new Proposal?[proposals.Count];
        var droppedCount = 0;
        foreach (var list in byOpportunity.Values)
        {
            if (list.Count < 2) continue;
            foreach (var (first, second, anyDay) in Pairs)
            {
                var ia = FirstLeft(proposals, list, first, dropped);
                var ib = FirstLeft(proposals, list, second, dropped);
                if (ia < 0 || ib < 0) continue;
                Proposal a = proposals[ia], b = proposals[ib];
                if (!anyDay && a.Due != b.Due) continue;
                dropped[ib] = true;
                droppedCount++;
                var carrier = raised[ia] ?? a;
                carrier.Absorbed.Add(second);
                carrier.Absorbed.AddRange(b.Absorbed);
                if (b.Priority < carrier.Priority)
                {
                    // A with-copy shares the Absorbed list, so what was absorbed so far comes along.
                    raised[ia] = carrier with { Priority = b.Priority };
                }
            }
        }
        var result = new List<Proposal>(proposals.Count - droppedCount);
        for (var i = 0; i < proposals.Count; i++)
            if (!dropped[i]) result.Add(raised[i] ?? proposals[i]);
        return result;
    }

    /// <summary>The place of the first proposal in the list with this code that was not dropped, or -1.</summary>
    private static int FirstLeft(List<Proposal> proposals, List<int> places, MoveCode code, bool[] dropped)
    {
        foreach (var i in places)
            if (proposals[i].Code == code && !dropped[i]) return i;
        return -1;
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
