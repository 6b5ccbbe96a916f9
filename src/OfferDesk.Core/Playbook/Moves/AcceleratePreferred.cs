namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// With a real offer in hand, call each company you prefer to it and ask where they stand. The
/// script never names the company that made the offer, and only the top choice hears "first choice".
/// </summary>
public sealed class AcceleratePreferred : MoveRule
{
    public override MoveCode Code => MoveCode.AcceleratePreferred;
    public override EventKind? SettledBy => EventKind.AccelerateCall;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (s.Leverage is not { } held) yield break;
        var deadline = held.Offer?.Deadline;
        var soon = s.IsWithinTwoDays(deadline);
        foreach (var o in s.AccelerateTargets)
        {
            var channel = ChannelFor(s, o);
            var answer = deadline is { } d ? $"by {Words.When(s, d)}" : "soon";
            yield return Propose(s, o, soon ? Priority.Urgent : Priority.High,
                channel == Channel.Phone
                    ? $"Call {Words.Whom(o, channel)}: you hold an offer, and you would rather join {o.Company}"
                    : $"Email {Words.Whom(o, channel)} for a short call: you hold an offer, and you would rather join {o.Company}",
                Words.Join(
                    $"You hold a real offer that must be answered {answer}, and you would rather work at {o.Company}.",
                    channel == Channel.Phone
                        ? "A phone call gets a faster and franker answer than an email: tell them, ask where they stand, and decide before you dial what you will do with each answer."
                        : "Only an email address is on file, so ask for a short call, and tell them about the offer on the call: it gets a franker answer than a written one."),
                channel: channel);
        }
    }

    public override string CarriedJob => "asks where they stand";

    public override IReadOnlyList<(string Value, string Label)> Choices =>
    [
        ("offer-made", "They will make an offer"),
        ("no-timeline", "No timeline yet"),
        ("take-other-offer", "Take the other offer"),
    ];

    public override string ChoicePrompt => "Made the call? What did they say?";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        Wording.TryParse<CallOutcome>(choice ?? "", out var outcome);
        o.Record(EventKind.AccelerateCall, today, outcome);
        return null;
    }

    public override IReadOnlyList<(string When, string Then)> CallSheetDecisions =>
    [
        ("they make you an offer", "Ask for it in writing and a date to answer; compare it with the offer you hold."),
        ("they cannot give a timeline", "Decide on the offer you hold by its deadline, as if this one might never come."),
        ("they say to take the other offer", "Accept the offer you hold, without second thoughts."),
    ];

    /// <summary>The offer the call leans on: the most preferred current held offer X is preferred to and you would not refuse.</summary>
    public static Opportunity? CitedOffer(Situation s, Opportunity o)
    {
        // Only a ranked X is preferred to anything. Asked for every call's script, so the current held
        // offers are sorted once per situation, not scanned once per call.
        if (o.Preference is not { } rank) return null;
        var offers = s.Memo(CurrentOffersKey, () => new CurrentOffers(s));
        return offers.MostPreferredBelow(rank);
    }

    private static readonly object CurrentOffersKey = new();

    /// <summary>The current held offers that can be leverage: the ranked ones by rank (document order on a tie), and the first unranked one.</summary>
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
                // An offer you would refuse is never leverage (v2 change 7).
                if (!s.IsCurrentHeldOffer(x) || x.WouldAccept == false || !Situation.HasFigures(x)) continue;
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
            ? $"accelerate-preferred tells {o.Company} you hold an offer you would turn down for them; you hold no current offer you would take that {o.Company} is preferred to, and bluffing can cost you the job"
            : null;

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var held = CitedOffer(s, o);
        var deadline = held?.Offer?.Deadline;
        var by = deadline is { } d ? Words.By(s, d) : "soon";
        var carried = Words.Carried(s, o, carries);
        if (channel != Channel.Phone)
        {
            // V4: no phone on file. The email asks for the call; the offer is named on the call.
            var about = Words.HaveMet(s, o)
                ? $"Thank you again for the time you spent with me on {Words.TheRole(o)}."
                : $"I applied for {Words.TheRole(o)}, and I remain very interested in it.";
            return Words.Email(s, o, channel, $"A short call about {Words.TheRole(o)}?",
                about,
                carried,
                "Something has come up on my side that makes timing important, and I would value a short call with you about where things stand. Could you let me know a time that suits you in the next day or two, or call me?");
        }
        // 3.1 a: speak of the interviews only after one was done; else of the application.
        var opening = Words.HaveMet(s, o)
            ? $"I interviewed with you for {Words.TheRole(o)}. Do you have two minutes?"
            : $"I applied for {Words.TheRole(o)}. Do you have two minutes?";
        // 3.1 b: only the top choice is told it is first; another is told what is true.
        var preference = s.TopChoice == o
            ? $"{o.Company} is my first choice, so before I answer them I wanted to ask you directly:"
            : $"I would rather join {o.Company} than take it, so before I answer them I wanted to ask you directly:";
        // V16: after "take the other offer", commit to nothing while the offer is not written or a
        // company you prefer to it is still in play.
        var free = held is null || !held.Offer!.IsInWriting || s.All.Any(x => x != o && x != held && Situation.IsMorePreferred(x, held) && s.IsInPlay(x));
        var takeOther = free
            ? $"Thank you for being straightforward, I appreciate it. I will give them my answer {(deadline is { } d2 ? Words.By(s, d2) : "in the next few days")}, and I hope our paths cross again. (Then weigh that offer on its own and answer it by its deadline.)"
            : "Thank you for being straightforward, I appreciate it. I'll go ahead with it, and I hope our paths cross again. (Then accept the offer you hold, without second thoughts.)";
        return Words.Call(s, o, opening,
            Words.Join($"I have received a job offer from another company, and I need to give them an answer {by}. {preference} where do things stand with my application, and is there anything you can tell me about your timing?", carried),
            ("they make you an offer", $"That's wonderful news, thank you. Could you send the details in writing? I'd like to read them carefully and come back to you {by}."),
            ("they can't give a timeline", $"I understand, and thank you for being open with me. I will have to answer the other offer {by}. If anything changes before then, I'd be very glad to hear from you. (Then decide on the offer you hold.)"),
            ("they say to take the other offer", takeOther));
    }
}
