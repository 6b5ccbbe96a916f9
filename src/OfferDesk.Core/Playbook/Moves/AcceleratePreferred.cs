namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// With a real offer in hand, call each company you prefer to it and ask where they stand. The
/// script never names the company that made the offer.
/// </summary>
public sealed class AcceleratePreferred : MoveRule
{
    public override string Code => "accelerate-preferred";
    public override EventKind? SettledBy => EventKind.AccelerateCall;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Move> Propose(Situation s)
    {
        if (s.MostPreferredCurrentOffer is not { } held) yield break;
        var soon = s.IsWithinTwoDays(held.Offer?.Deadline);
        foreach (var o in s.AccelerateTargets)
            yield return Make(s, o, soon ? Priority.Urgent : Priority.High,
                $"Call {Words.Addressee(o)}: you have an offer, and {o.Company} is your preference",
                Words.Join(
                    $"You hold a real offer that must be answered {(held.Offer?.Deadline is { } d ? "by " + Words.When(s, d) : "soon")}, and you would rather work at {o.Company}.",
                    "A phone call gets a faster and franker answer than an email: tell them, ask where they stand, and decide before you dial what you will do with each answer."));
    }

    /// <summary>The offer the call leans on: the most preferred current held offer X is preferred to.</summary>
    public static Opportunity? CitedOffer(Situation s, Opportunity o)
    {
        // Only a ranked X is preferred to anything. Asked for every call's script, so the current held
        // offers are sorted once per situation, not scanned once per call.
        if (o.Preference is not { } rank) return null;
        var offers = s.Memo(CurrentOffersKey, () => new CurrentOffers(s));
        return offers.MostPreferredBelow(rank);
    }

    private static readonly object CurrentOffersKey = new();

    /// <summary>The current held offers: the ranked ones by rank (document order on a tie), and the first unranked one.</summary>
    private sealed class CurrentOffers
    {
        private readonly Opportunity[] _ranked;
        private readonly int[] _ranks;
        private readonly Opportunity? _firstUnranked;

        public CurrentOffers(Situation s)
        {
            var ranked = new List<Opportunity>();
            foreach (var x in s.All)
            {
                if (!s.IsCurrentHeldOffer(x)) continue;
                if (x.Preference is not null) ranked.Add(x);
                else _firstUnranked ??= x;
            }
            // A stable sort keeps document order among equal ranks, as Situation.MostPreferred would.
            _ranked = [.. ranked.OrderBy(x => x.Preference!.Value)];
            _ranks = [.. _ranked.Select(x => x.Preference!.Value)];
        }

        /// <summary>Situation.MostPreferred of the current held offers less preferred than rank.</summary>
        public Opportunity? MostPreferredBelow(int rank)
        {
            var first = Situation.FirstAbove(_ranks, rank);
            return first < _ranked.Length ? _ranked[first] : _firstUnranked;
        }
    }

    public override string? RefuseScript(Situation s, Opportunity o) =>
        CitedOffer(s, o) is null
            ? $"accelerate-preferred tells {o.Company} you hold an offer you would turn down for them; you hold no current offer that {o.Company} is preferred to, and bluffing can cost you the job"
            : null;

    public override string Script(Situation s, Opportunity o)
    {
        var held = CitedOffer(s, o);
        var by = held?.Offer?.Deadline is { } d ? $"by {Words.When(s, d)}" : "soon";
        return Words.Call(o,
            $"Hi {Words.Addressee(o)}, {Words.Me(s)}; I interviewed with you for {Words.TheRole(o)}. Do you have two minutes?",
            $"I have received another job offer, and I need to give them an answer {by}. {o.Company} is where I would most like to work, so before I answer them I wanted to ask you directly: where do things stand with my application, and is there anything you can tell me about your timing?",
            ("they make you an offer", $"That's wonderful news, thank you. Could you send the details in writing? I'd like to read them carefully and come back to you quickly, well before I have to answer {by}."),
            ("they can't give a timeline", $"I understand, and thank you for being open with me. I will have to answer the other offer {by}. If anything changes before then, I'd be very glad to hear from you. (Then decide on the offer you hold.)"),
            ("they say to take the other offer", $"Thank you for being straightforward, I appreciate it. I'll go ahead with it, and I hope our paths cross again. (Then accept the offer you hold, without second thoughts.)"));
    }
}
