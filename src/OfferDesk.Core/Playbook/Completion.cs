namespace OfferDesk.Core.Playbook;

/// <summary>
/// "Done" on a move: records what the candidate did as the event (or stage change) that settles
/// the move, so the next advice moves on. Decisions name a choice: accept or decline.
/// </summary>
public static class Completion
{
    /// <summary>The choices a move's "Done" offers; an empty list means a plain "Done".</summary>
    public static IReadOnlyList<string> Choices(string code) => code switch
    {
        "accelerate-preferred" => ["offer-made", "no-timeline", "take-other-offer"],
        "decide-on-offer" or "weigh-late-offer" => ["accept", "decline"],
        _ => [],
    };

    /// <summary>Whether the move can be marked done at all (keep-interviewing is a state, not a task).</summary>
    public static bool CanComplete(string code) => code != "keep-interviewing" && Playbook.Find(code) is not null;

    /// <summary>
    /// Applies "Done" to <paramref name="pipeline"/> in place. Returns the problem when the move,
    /// opportunity or choice is not valid; nothing is changed then.
    /// </summary>
    public static Problem? Complete(Pipeline pipeline, string code, string opportunityId, DateOnly today, string? choice = null)
    {
        if (!CanComplete(code)) return new Problem("code", $"\"{code}\" is not a move that can be marked done");
        if (pipeline.Find(opportunityId) is not { } o) return new Problem("opportunity", $"no opportunity has the id \"{opportunityId}\"");
        var choices = Choices(code);
        if (choices.Count > 0 && (choice is null || !choices.Contains(choice)))
            return new Problem("choice", $"choose one of {string.Join(", ", choices)}");

        void Record(EventKind kind, CallOutcome? outcome = null) =>
            o.Events.Add(new Event { On = today, Kind = kind, Outcome = outcome });

        switch (code)
        {
            case "send-thank-you":
                Record(EventKind.ThankYou);
                foreach (var i in o.Interviews.Where(i => i.Status == InterviewStatus.Done && i.At.Date <= today)) i.ThankYouSent = true;
                break;
            case "follow-up": Record(EventKind.FollowUp); break;
            case "ask-about-process": Record(EventKind.StatusCheck); break;
            case "signal-commitment": Record(EventKind.CommitmentSignal); break;
            case "defer-offer": Record(EventKind.DeferralNotice); break;
            case "accelerate-preferred":
                Wording.TryParse<CallOutcome>(choice!, out var outcome);
                Record(EventKind.AccelerateCall, outcome);
                break;
            case "get-offer-in-writing": Record(EventKind.OfferRequest); break;
            case "ask-for-time": Record(EventKind.TimeRequest); break;
            case "negotiate-with-offer": Record(EventKind.Negotiation); break;
            case "accept-offer": return Accept(pipeline, o, today);
            case "decide-on-offer" or "weigh-late-offer":
                if (choice == "accept") return Accept(pipeline, o, today);
                Record(EventKind.Decline);
                o.Stage = Stage.Declined;
                break;
            case "cancel-interview":
                Record(EventKind.CancelInterview);
                foreach (var i in o.Interviews.Where(i => i.Status == InterviewStatus.Scheduled && i.At.Date >= today)) i.Status = InterviewStatus.Cancelled;
                break;
            case "withdraw-application":
                Record(EventKind.Withdrawal);
                o.Stage = Stage.Withdrawn;
                break;
            case "decline-offer":
                Record(EventKind.Decline);
                o.Stage = Stage.Declined;
                break;
            case "keep-in-touch": Record(EventKind.KeepInTouch); break;
        }
        return null;
    }

    /// <summary>Accepting one offer: only one can be accepted, so an earlier acceptance is declined.</summary>
    private static Problem? Accept(Pipeline pipeline, Opportunity o, DateOnly today)
    {
        if (o.Offer is not { Status: not OfferStatus.Expected })
            return new Problem("opportunity", $"{o.Company} has no offer to accept yet");
        foreach (var other in pipeline.Opportunities.Where(x => x != o && x.Stage == Stage.Accepted))
        {
            other.Stage = Stage.Declined;
            other.Events.Add(new Event { On = today, Kind = EventKind.Decline, Note = $"Took the offer from {o.Company} instead." });
        }
        o.Stage = Stage.Accepted;
        return null;
    }
}
