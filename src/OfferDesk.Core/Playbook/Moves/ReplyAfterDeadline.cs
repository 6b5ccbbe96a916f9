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
            var yes = s.WouldTake(o);
            yield return Propose(s, o, Priority.Urgent,
                yes ? $"Call {Words.Whom(o)} today: their deadline has passed" : $"Answer {o.Company} today: their deadline has passed",
                yes
                    ? $"The deadline for the {o.Company} offer was {Words.When(s, deadline)}. Own the delay, ask whether the offer still stands, and give your answer: a late, honest reply can still save it."
                    : $"The deadline for the {o.Company} offer was {Words.When(s, deadline)}, and you {(o.WouldAccept == false ? "would not take it" : "have not said you would take it")}. Apologise for the delay and decline graciously, so the door stays open.");
        }
    }

    public override Channel ChannelFor(Situation s, Opportunity o) =>
        s.WouldTake(o) ? Channel.Phone : DeclineOffer.ByPhone(s, o) ? Channel.Phone : Channel.Email;

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

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> absorbed)
    {
        var deadline = o.Offer!.Deadline!.Value;
        var missed = $"I'm sorry I missed your deadline of {Words.When(s, deadline)} for the offer for {Words.TheRole(o)}: that is on me.";
        if (!s.WouldTake(o))
        {
            var opening = $"{missed} Thank you for the offer, and for the care your team took throughout the process.";
            return channel == Channel.Phone
                ? Words.Call(s, o, $"I'm calling about your offer for {Words.TheRole(o)}.",
                      $"{missed} After a lot of thought, {DeclineOffer.Reason(s)}, so I must decline. {DeclineOffer.Warmth(s, o)}, and I would be glad to stay in touch.")
                  + "\n\nAfter the call, send this note:\n\n" + DeclineOffer.Note(s, o, opening)
                : DeclineOffer.Note(s, o, opening);
        }
        if (!s.AnyMorePreferredLive(o))
        {
            var next = o.Offer.Status == OfferStatus.Verbal
                ? "Could you send it to me in writing, so I can sign it?"
                : "What do I need to sign, and could you confirm the start date?";
            return Words.Call(s, o, $"I'm calling about your offer for {Words.TheRole(o)}.",
                $"{missed} I would like to accept it. Does the offer still stand?",
                ("it still stands", $"Wonderful, thank you, and I'm sorry again for the delay. {next}"),
                ("it has lapsed", "I understand, and I'm sorry for the delay. Thank you for considering me; I hope we can stay in touch."));
        }
        var until = Words.Day(s, s.Today.AddDays(3));
        return Words.Call(s, o, $"I'm calling about your offer for {Words.TheRole(o)}.",
            $"{missed} Does the offer still stand? If it does, could I have a few more days, until {until}, to give you a final answer?",
            ("it still stands", $"Thank you, I appreciate it. You will have my answer by {until}."),
            ("it has lapsed", "I understand, and I'm sorry for the delay. Thank you for considering me; I hope we can stay in touch."));
    }
}
