namespace OfferDesk.Core.Playbook;

/// <summary>Turns a pipeline and a day into advice: the moves, what is coming, and the warnings.</summary>
public static class Advisor
{
    public static Advice Advise(Pipeline pipeline, DateOnly today) => Advise(new Situation(pipeline, today));

    public static Advice Advise(Situation s)
    {
        // V19 (1, 2): rules run in Playbook.Rules order, each seeing what the earlier ones proposed;
        // their rows and "where moves meet" decide what is proposed, with its channel (V19 4).
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
        proposals = QuietDay(s, proposals);
        proposals = OneConversation(s, proposals);

        var moves = new List<Move>(proposals.Count);
        var upcoming = new List<Move>();
        foreach (var p in proposals)
        {
            // The script is written when first read (every proposal is settled by now, so the words cannot change).
            var move = new Move(p, s);
            (p.Rule.WaitsInUpcoming && p.Due > s.Today ? upcoming : moves).Add(move);
        }
        Order(s, moves);
        upcoming.Sort((a, b) => a.Due.CompareTo(b.Due) is var c and not 0 ? c : ByName.Compare(a, b));
        return new Advice(s.Today, moves, upcoming, Warnings.For(s, moves));
    }

    /// <summary>
    /// V13, accepting is a quiet day elsewhere: while accept-offer is proposed, no check-in, process
    /// question or commitment note goes to a company you are about to leave (one not more preferred
    /// than the offer you accept), and no thank-you either on the day you accept.
    /// </summary>
    private static List<Proposal> QuietDay(Situation s, List<Proposal> proposals)
    {
        List<Proposal>? accepting = null;
        foreach (var p in proposals)
            if (p.Code == MoveCode.AcceptOffer) (accepting ??= []).Add(p);
        if (accepting is null) return proposals;
        return proposals.FindAll(p =>
        {
            if (p.Code is not (MoveCode.FollowUp or MoveCode.AskAboutProcess or MoveCode.SignalCommitment or MoveCode.SendThankYou)) return true;
            foreach (var a in accepting)
            {
                if (a.Opportunity == p.Opportunity || Situation.IsMorePreferred(p.Opportunity, a.Opportunity)) continue;
                if (p.Code != MoveCode.SendThankYou || a.Due <= s.Today) return false;
            }
            return true;
        });
    }

    /// <summary>
    /// Sorts the day as V2 says: priority; then stakes (an opportunity that holds an offer, the top
    /// choice, or an offer a proposed move cites, first); then preference (none last); then due date,
    /// step order, company and id.
    /// </summary>
    private static void Order(Situation s, List<Move> moves)
    {
        if (moves.Count < 2) return;
        var cited = Cited(s, moves);
        var top = s.TopChoice;
        var keys = new long[moves.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var m = moves[i];
            var o = m.At ?? s.Find(m.Opportunity);
            var stakes = o is not null && (o.Stage is Stage.Offer or Stage.Accepted || o == top || cited.Contains(o)) ? 0L : 1L;
            // Preference 1 to 100,000 fits in 17 bits; none sorts last.
            var rank = o?.Preference is { } p and > 0 and < (1 << 17) - 1 ? p : (1 << 17) - 1;
            // Bits: priority 61-62, stakes 60, preference 43-59, day number 21-42 (below 2^22), code 16-20; the names break ties.
            keys[i] = ((long)m.Priority << 61) | (stakes << 60) | ((long)rank << 43) | ((long)m.Due.DayNumber << 21) | ((long)m.Code << 16);
        }
        var sorted = moves.ToArray();
        var order = new int[sorted.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : ByName.Compare(sorted[a], sorted[b]));
        for (var i = 0; i < order.Length; i++) moves[i] = sorted[order[i]];
    }

    /// <summary>The offers the day's moves lean on: the leverage offer of a call, the competing offer of a negotiation.</summary>
    private static HashSet<Opportunity> Cited(Situation s, List<Move> moves)
    {
        var cited = new HashSet<Opportunity>(ReferenceEqualityComparer.Instance);
        foreach (var m in moves)
        {
            if (m.Code == MoveCode.AcceleratePreferred && s.Leverage is { } held) cited.Add(held);
            if (m.Code == MoveCode.NegotiateWithOffer && (m.At ?? s.Find(m.Opportunity)) is { } o
                && Moves.NegotiateWithOffer.Competing(s, o, currentOnly: true) is { } rival) cited.Add(rival);
        }
        return cited;
    }

    private static readonly IComparer<Move> ByName = new NameOrder();

    /// <summary>The last two keys of the order, for moves already equal on the others.</summary>
    private sealed class NameOrder : IComparer<Move>
    {
        public int Compare(Move? a, Move? b)
        {
            var c = string.CompareOrdinal(a!.Company, b!.Company);
            return c != 0 ? c : string.CompareOrdinal(a.Opportunity, b.Opportunity);
        }
    }

    /// <summary>v2's named pairs: the first absorbs the second; AnyDay when their due dates may differ.</summary>
    private static readonly (MoveCode First, MoveCode Second, bool AnyDay)[] Pairs =
    [
        (MoveCode.SendThankYou, MoveCode.AskAboutProcess, true),
        (MoveCode.FollowUp, MoveCode.AskAboutProcess, false),
        (MoveCode.SignalCommitment, MoveCode.FollowUp, false),
        (MoveCode.DeferOffer, MoveCode.GetOfferInWriting, false),
    ];

    /// <summary>
    /// V1, one conversation per opportunity per day, in V19's order: (5) what a call to speed them up or
    /// a negotiation already does is dropped; (6) v2's pairs; (7) what is left due today or earlier
    /// becomes one move, led by the first in step order, carrying the others.
    /// </summary>
    private static List<Proposal> OneConversation(Situation s, List<Proposal> proposals)
    {
        // Only an opportunity with two or more proposals needs a look; most hold one.
        var first = new Dictionary<Opportunity, int>(proposals.Count, ReferenceEqualityComparer.Instance);
        Dictionary<Opportunity, List<int>>? several = null;
        for (var i = 0; i < proposals.Count; i++)
        {
            var o = proposals[i].Opportunity;
            if (!first.TryGetValue(o, out var at)) { first[o] = i; continue; }
            several ??= new Dictionary<Opportunity, List<int>>(ReferenceEqualityComparer.Instance);
            if (!several.TryGetValue(o, out var list)) several[o] = list = [at];
            list.Add(i);
        }
        if (several is null) return proposals;
        var slot = proposals.ToArray<Proposal?>();
        foreach (var (o, places) in several)
        {
            // (5) Drops beside a call or a negotiation due today or earlier.
            foreach (var lead in places)
            {
                var p = slot[lead];
                if (p is null || p.Due > s.Today) continue;
                if (p.Code == MoveCode.AcceleratePreferred)
                    foreach (var i in places)
                        if (slot[i] is { Code: MoveCode.SignalCommitment or MoveCode.FollowUp or MoveCode.AskAboutProcess } d)
                        {
                            p.Drops.Add(d.Code);
                            slot[i] = null;
                        }
                if (p.Code == MoveCode.NegotiateWithOffer)
                    foreach (var i in places)
                        if (slot[i] is { Code: MoveCode.AskForTime }) slot[i] = null;
            }
            // (6) v2's pairs.
            foreach (var (a, b, anyDay) in Pairs)
            {
                var ia = Find(slot, places, a);
                var ib = Find(slot, places, b);
                if (ia < 0 || ib < 0) continue;
                Proposal pa = slot[ia]!, pb = slot[ib]!;
                if (!anyDay && pa.Due != pb.Due) continue;
                slot[ia] = Carry(pa, pb);
                slot[ib] = null;
            }
            // (7) One conversation: what is due today or earlier and has a channel.
            var leadAt = -1;
            foreach (var i in places)
                if (slot[i] is { } p && p.Channel != Channel.None && p.Due <= s.Today && (leadAt < 0 || p.Code < slot[leadAt]!.Code)) leadAt = i;
            if (leadAt < 0) continue;
            var merged = slot[leadAt]!;
            foreach (var i in places)
            {
                if (i == leadAt || slot[i] is not { } p || p.Channel == Channel.None || p.Due > s.Today) continue;
                merged = Carry(merged, p);
                slot[i] = null;
            }
            slot[leadAt] = merged;
        }
        var result = new List<Proposal>(proposals.Count);
        foreach (var p in slot)
            if (p is not null) result.Add(p);
        return result;
    }

    private static int Find(Proposal?[] slot, List<int> places, MoveCode code)
    {
        foreach (var i in places)
            if (slot[i]?.Code == code) return i;
        return -1;
    }

    /// <summary>
    /// The lead carrying another move: its code and what it carried or dropped, the higher priority, the
    /// earlier due date, and a call when the other was one and a contact has a phone (V1).
    /// </summary>
    private static Proposal Carry(Proposal lead, Proposal other)
    {
        var result = lead;
        var phone = other.Channel == Channel.Phone && lead.Channel != Channel.Phone && lead.Channel != Channel.None && Words.AnyPhone(lead.Opportunity);
        if (other.Priority < lead.Priority || other.Due < lead.Due || phone)
            // A with-copy shares the lists already made, and the original is dropped, so nothing is lost.
            result = lead with
            {
                Priority = other.Priority < lead.Priority ? other.Priority : lead.Priority,
                Due = other.Due < lead.Due ? other.Due : lead.Due,
                Channel = phone ? Channel.Phone : lead.Channel,
            };
        result.Carries.Add(other.Code);
        result.Carries.AddRange(other.Carries);
        result.Drops.AddRange(other.Drops);
        return result;
    }
}
