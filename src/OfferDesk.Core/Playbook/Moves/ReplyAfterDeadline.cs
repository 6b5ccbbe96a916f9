namespace OfferDesk.Core.Playbook.Moves;

/// <summary>
/// A held offer whose deadline has passed: own the delay and give an answer today, rather than let
/// silence speak (v2 change 4). Yes by phone when you would take it; otherwise a gracious no.
/// </summary>
public sealed class ReplyAfterDeadline : MoveRule
{
    public override MoveCode Code => MoveCode.ReplyAfterDeadline;
    public override Channel Channel => Channel.Phone;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (!Situation.IsHeldOffer(o) || o.Offer?.Deadline is not { } deadline || deadline >= s.Today) continue;
            // Settled by a status-check on or after the deadline: they have been asked where the offer stands.
            if (o.Events.Exists(e => e.Kind == EventKind.StatusCheck && e.On >= deadline)) continue;
            var yes = SaysYes(s, o);
            var channel = ChannelFor(s, o);
            yield return Propose(s, o, Priority.Urgent,
                yes
                    ? channel == Channel.Phone ? $"Call {Words.Whom(o, channel)} today: their deadline has passed" : $"Write to {Words.Whom(o, channel)} today: their deadline has passed"
                    : $"Answer {o.Company} today: their deadline has passed",
                yes
                    ? $"The deadline for the {o.Company} offer was {Words.When(s, deadline)}. Own the delay, ask whether the offer still stands, and say yes: a late, honest reply can still save it. Don't ask for more time; you have had it."
                    : s.WouldTake(o)
                        ? $"The deadline for the {o.Company} offer was {Words.When(s, deadline)}, and you hold an offer you prefer that still stands. Apologise for the delay and decline graciously, so the door stays open."
                        : $"The deadline for the {o.Company} offer was {Words.When(s, deadline)}, and you {(o.WouldAccept == false ? "would not take it" : "have not said you would take it")}. Apologise for the delay and decline graciously, so the door stays open.",
                channel: channel);
        }
    }

    protected override Channel RowChannel(Situation s, Opportunity o) =>
        SaysYes(s, o) ? Channel.Phone : DeclineOffer.ByPhone(s, o) ? Channel.Phone : Channel.Email;

    /// <summary>
    /// V6: the late reply is a yes when you would take the offer, unless you hold a current offer you
    /// prefer that you would take and that has figures (V7): then it is the gracious no.
    /// </summary>
    public static bool SaysYes(Situation s, Opportunity o) =>
        s.WouldTake(o) && !s.All.Any(x => x != o && s.IsCurrentHeldOffer(x) && Situation.IsMorePreferred(x, o) && x.WouldAccept != false && Situation.HasFigures(x));

    /// <summary>
    /// V6: a late yes may wait until the next working day only when a company you prefer is expected to
    /// answer by then (the date it gave, or an interview there) and has not said it has no timeline.
    /// </summary>
    private static bool MayConfirmLater(Situation s, Opportunity o, DateOnly next) => s.All.Any(x =>
        x != o && Situation.IsMorePreferred(x, o) && s.IsLive(x)
        && s.LatestAccelerateCall(x)?.Outcome is not (CallOutcome.NoTimeline or CallOutcome.TakeOtherOffer)
        && ((x.Process?.DecisionBy is { } by && by >= s.Today && by <= next)
            || x.Interviews.Exists(i => i.Status == InterviewStatus.Scheduled && i.At.Date >= s.Today && i.At.Date <= next)));

    public override string CarriedJob => "answers their offer";

    public override string? RefuseScript(Situation s, Opportunity o) =>
        Situation.IsHeldOffer(o) && o.Offer?.Deadline is { } d && d < s.Today ? null
            : $"reply-after-deadline owns a missed deadline, and {o.Company} has no held offer whose deadline has passed: there is no delay to apologise for";

    public override IReadOnlyList<(string Value, string Label)> Choices =>
    [
        ("accepted", "It still stands: I accepted"),
        ("asked", "I asked: waiting for their answer"),
        ("declined", "I declined, or it has lapsed"),
    ];

    public override string ChoicePrompt => "Made contact? What happened?";

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        switch (choice)
        {
            case "accepted": return pipeline.Accept(o, today);
            case "asked": o.Record(EventKind.StatusCheck, today); return null;
            default: o.Decline(today); return null;
        }
    }

    public override IReadOnlyList<(string When, string Then)> CallSheetDecisions =>
    [
        ("the offer still stands", "Give your answer as planned, and ask for what comes next in writing."),
        ("the offer has lapsed", "Thank them, apologise once, and ask to stay in touch."),
    ];

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries)
    {
        var deadline = o.Offer!.Deadline!.Value;
        var missed = $"I'm sorry I missed your deadline of {Words.Day(s, deadline)} for the offer for {Words.TheRole(o)}: that is on me.";
        var carried = Words.Carried(s, o, carries);
        if (!SaysYes(s, o))
        {
            var opening = $"{missed} Thank you for the offer, and for the care your team took throughout the process.";
            if (channel != Channel.Phone) return DeclineOffer.Note(s, o, opening);
            var call = Words.Call(s, o, $"I'm calling about your offer for {Words.TheRole(o)}.",
                Words.Join($"{missed} After a lot of thought, {DeclineOffer.Reason(s)}, so I must decline. {DeclineOffer.Warmth(s, o)}, and I would be glad to stay in touch.", carried));
            return Words.AnyEmail(o) ? call + "\n\nAfter the call, send this note:\n\n" + DeclineOffer.Note(s, o, opening) : call;
        }
        // V6: own the miss and say yes; no more days. Only a company you prefer answering by the next
        // working day lets the yes wait until then, said once.
        var next = Words.NextWorkingDay(s.Today);
        var yes = MayConfirmLater(s, o, next)
            ? $"I would very much like to take it. Does the offer still stand? If it does, I can confirm by {Words.Day(s, next)}."
            : "I would like to accept it. Does the offer still stand?";
        var then = o.Offer.Status == OfferStatus.Verbal
            ? "Could you send it to me in writing, so I can sign it?"
            : "What do I need to sign, and could you confirm the start date?";
        if (channel != Channel.Phone)
            return Words.Email(s, o, channel, $"Your offer for {Words.TheRole(o)}",
                missed, yes, $"If it does, {char.ToLowerInvariant(then[0])}{then[1..]}", carried);
        return Words.Call(s, o, $"I'm calling about your offer for {Words.TheRole(o)}.",
            Words.Join($"{missed} {yes}", carried),
            ("it still stands", $"Wonderful, thank you, and I'm sorry again for the delay. {then}"),
            ("it has lapsed", "I understand, and I'm sorry for the delay. Thank you for considering me; I hope we can stay in touch."));
    }
}
