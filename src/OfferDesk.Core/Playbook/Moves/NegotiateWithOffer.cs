namespace OfferDesk.Core.Playbook.Moves;

/// <summary>The preferred offer pays less than a real competing one: ask them to close the gap.</summary>
public sealed class NegotiateWithOffer : MoveRule
{
    public override MoveCode Code => MoveCode.NegotiateWithOffer;
    public override EventKind? SettledBy => EventKind.Negotiation;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!s.IsCurrentHeldOffer(o) || !o.Offer!.Shortfalls.Contains(Shortfall.Money)) continue;
            if (Competing(s, o, currentOnly: true) is not { } rival) continue;
            var channel = ChannelFor(s, o);
            yield return Propose(s, o, Priority.High,
                channel == Channel.Phone
                    ? $"Call {Words.Whom(o, channel)} to ask them to match a higher offer"
                    : $"Email {Words.Whom(o, channel)} for a short call about matching a higher offer",
                $"You prefer {o.Company}, but it pays less than the offer you hold from {rival.Company}. A real, higher offer is fair grounds to ask them to close the gap; never invent one. The same call settles when you will answer.",
                channel: channel);
        }
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) => Record(o, today);

    public override string CarriedJob => "asks them to close the gap on pay";

    public override IReadOnlyList<(string When, string Then)> CallSheetDecisions =>
    [
        ("they match or come close", "Accept their offer, and decline the other kindly."),
        ("they cannot move", "Decide between the two offers as they stand, before the earlier deadline."),
    ];

    /// <summary>
    /// The less preferred held offer with the highest base salary above this one's, same currency (a
    /// missing currency matches any); on a tie, the first in the document.
    /// </summary>
    public static Opportunity? Competing(Situation s, Opportunity o, bool currentOnly)
    {
        if (o.Offer?.BaseSalary is not { } mine || o.Preference is not { } rank) return null;
        var rivals = s.Memo(currentOnly ? CurrentRivals : AllRivals, () => new Rivals(s, currentOnly));
        return rivals.BestBelow(rank, o.Offer.Currency) is { } best && best.Pay > mine ? best.Offer : null;
    }

    private static readonly object CurrentRivals = new(), AllRivals = new();

    /// <summary>
    /// The held offers with a salary, per currency, and for each preference the best paid among those
    /// ranked below it, so that finding the competing offer for every held offer takes a binary search
    /// each rather than a pass over the search each.
    /// </summary>
    private sealed class Rivals
    {
        public sealed record Rival(decimal Pay, int Index, Opportunity Offer);

        private sealed class Group
        {
            public readonly List<Rival> Ranked = [];
            public Rival? BestUnranked;
            public int[] Ranks = [];
            /// <summary>BestFrom[i]: the best paid of Ranked[i..], Ranked sorted by rank.</summary>
            public Rival[] BestFrom = [];
        }

        private readonly Dictionary<string, Group> _byCurrency = new(StringComparer.Ordinal);
        private readonly Group _noCurrency = new();

        public Rivals(Situation s, bool currentOnly)
        {
            for (var i = 0; i < s.All.Count; i++)
            {
                var x = s.All[i];
                if (!(currentOnly ? s.IsCurrentHeldOffer(x) : Situation.IsHeldOffer(x)) || x.Offer?.BaseSalary is not { } pay) continue;
                var group = x.Offer.Currency is { } c ? _byCurrency.TryGetValue(c, out var g) ? g : _byCurrency[c] = new Group() : _noCurrency;
                var rival = new Rival(pay, i, x);
                if (x.Preference is null) group.BestUnranked = Better(group.BestUnranked, rival);
                else group.Ranked.Add(rival);
            }
            foreach (var group in _byCurrency.Values.Append(_noCurrency))
            {
                group.Ranked.Sort((a, b) => a.Offer.Preference!.Value.CompareTo(b.Offer.Preference!.Value));
                group.Ranks = [.. group.Ranked.Select(r => r.Offer.Preference!.Value)];
                group.BestFrom = new Rival[group.Ranked.Count];
                for (var i = group.Ranked.Count - 1; i >= 0; i--)
                    group.BestFrom[i] = Better(i + 1 < group.Ranked.Count ? group.BestFrom[i + 1] : null, group.Ranked[i])!;
            }
        }

        /// <summary>The best paid offer less preferred than rank, in a currency that matches this one.</summary>
        public Rival? BestBelow(int rank, string? currency)
        {
            var best = Best(_noCurrency, rank);
            if (currency is null)
                foreach (var group in _byCurrency.Values) best = Better(best, Best(group, rank));
            else if (_byCurrency.TryGetValue(currency, out var same))
                best = Better(best, Best(same, rank));
            return best;
        }

        private static Rival? Best(Group group, int rank)
        {
            // Less preferred than rank: unranked, or ranked after it.
            var first = Situation.FirstAbove(group.Ranks, rank);
            return Better(group.BestUnranked, first < group.BestFrom.Length ? group.BestFrom[first] : null);
        }

        /// <summary>Higher pay wins; on equal pay, the one earlier in the document.</summary>
        private static Rival? Better(Rival? a, Rival? b) =>
            a is null ? b : b is null ? a : a.Pay != b.Pay ? (a.Pay > b.Pay ? a : b) : (a.Index < b.Index ? a : b);
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        Situation.IsHeldOffer(o) && Competing(s, o, currentOnly: false) is not null ? null
            : $"negotiate-with-offer cites a higher offer you hold; you hold no less preferred offer that pays more than {o.Company}'s, and a made-up offer is a bluff that can cost you this one";

    /// <summary>
    /// The number that flips it, as the ask (issue 23): the base salary at which this offer's four
    /// years of money would match the best less preferred offer's. Said as matching the offer the
    /// script cites only when that is the one it matches; the other company is never named here.
    /// Nothing is asked when this offer is already ahead over four years, or it cannot be worked out.
    /// </summary>
    private static string Ask(Situation s, Opportunity o, Opportunity? rival)
    {
        if (Comparison.OfferWeighing.FlipForNegotiation(s.Pipeline, o) is not { Ask: { } ask } flip) return "";
        var amount = Words.Money(ask, o.Offer?.Currency ?? flip.Currency);
        return flip.Other.Offer.OpportunityId == rival?.Id
            ? $" Counting bonuses and equity over four years, a base salary of {amount} would match it: if you could reach that, my decision would be easy."
            : $" If you could reach a base salary of {amount}, my decision would be easy.";
    }

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var rival = Competing(s, o, currentOnly: true) ?? Competing(s, o, currentOnly: false);
        var theirs = rival?.Offer?.BaseSalary is { } b ? Words.Money(b, rival.Offer.Currency ?? o.Offer?.Currency) : "a higher salary";
        // The rival offer as it stands on record (3.1 f): a verbal offer is not called written.
        var kind = rival?.Offer?.Status switch
        {
            OfferStatus.Verbal => "a verbal offer",
            OfferStatus.Written or OfferStatus.Signed => "a written offer",
            _ => "an offer",
        };
        var from = rival is null ? "another company" : rival.Company;
        var answerBy = o.Offer?.Deadline is { } d && d >= s.Today ? Words.By(s, d) : "within a day or two";
        if (channel != Channel.Phone)
            // V4: no phone on file. The email asks for the call; the offer is named on the call.
            return Words.Email(s, o, channel, $"A short call about your offer for {Words.TheRole(o)}?",
                $"Thank you again for the offer for {Words.TheRole(o)}. I'm excited about it.",
                "Before I give you my answer, I would value a short call about the terms. Could you let me know a time that suits you in the next day or two, or call me?",
                Words.Carried(s, o, carries));
        return Words.Call(s, o,
            $"Thank you again for the offer for {Words.TheRole(o)}.",
            Words.Join($"I'm excited about it, and I would rather join {o.Company} than take the other offer I hold. To be transparent: I also have {kind} from {from} with a base salary of {theirs}. Is there any room to bring your base salary closer to that?{Ask(s, o, rival)}", Words.Carried(s, o, carries)),
            ("they can move", "Thank you, that makes my decision much easier. Could you send the revised offer in writing?"),
            ("they can't move", $"I understand, and I appreciate you checking. Let me think it over, and I'll give you my answer {answerBy}."));
    }
}
