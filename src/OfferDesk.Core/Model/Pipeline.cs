namespace OfferDesk.Core.Model;

/// <summary>One candidate's whole search: the pipeline document of PLAYBOOK section 1.</summary>
public sealed class Pipeline
{
    public int Version { get; set; } = 1;

    /// <summary>The document's own "today", used when no other date is given.</summary>
    public DateOnly? Today { get; set; }

    public Candidate Candidate { get; set; } = new();

    public List<Opportunity> Opportunities { get; set; } = [];

    public Opportunity? Find(string id) => Opportunities.Find(o => o.Id == id);

    /// <summary>
    /// Accepts this opportunity's offer. Only one offer can be accepted, so an earlier acceptance is
    /// declined, with a note saying why. Refused, changing nothing, when there is no offer to accept.
    /// </summary>
    public Problem? Accept(Opportunity o, DateOnly today)
    {
        if (o.Offer is not { Status: not OfferStatus.Expected })
            return new Problem("opportunity", $"{o.Company} has no offer to accept yet");
        foreach (var other in Opportunities)
            if (other != o && other.Stage == Stage.Accepted)
                other.Decline(today, $"Took the offer from {o.Company} instead.");
        o.Stage = Stage.Accepted;
        return null;
    }

    /// <summary>A deep copy, so an edit can be validated before it replaces the original.</summary>
    public Pipeline Clone() => PipelineJson.Parse(PipelineJson.Serialize(this)).Pipeline!;
}

public sealed class Candidate
{
    public Employment Employment { get; set; } = Employment.Employed;
    public string? Name { get; set; }

    /// <summary>An IANA time zone (America/Chicago): whose "today" the advice uses when no day is given (contract v2).</summary>
    public string? TimeZone { get; set; }
}

public sealed class Opportunity
{
    public string Id { get; set; } = "";
    public string Company { get; set; } = "";
    public string? Role { get; set; }
    public int? Preference { get; set; }
    public Stage Stage { get; set; } = Stage.Applied;
    public DateOnly? AppliedOn { get; set; }
    public DateOnly? LastHeardFrom { get; set; }
    public bool? WouldAccept { get; set; }
    public Process? Process { get; set; }
    public List<Contact> Contacts { get; set; } = [];
    public List<Interview> Interviews { get; set; } = [];
    public Offer? Offer { get; set; }
    public List<Event> Events { get; set; } = [];
    public string? Notes { get; set; }

    public bool HasEvent(EventKind kind) => Events.Exists(e => e.Kind == kind);

    // The edits the product makes, named, so each keeps the document's rules.

    /// <summary>Logs something the candidate did or heard (an outcome only on an accelerate-call).</summary>
    public void Record(EventKind kind, DateOnly on, CallOutcome? outcome = null, string? note = null) =>
        Events.Add(new Event { On = on, Kind = kind, Outcome = kind == EventKind.AccelerateCall ? outcome : null, Note = note });

    /// <summary>The candidate said no: the stage and the event that starts the keep-in-touch clock.</summary>
    public void Decline(DateOnly on, string? note = null)
    {
        Record(EventKind.Decline, on, note: note);
        Stage = Stage.Declined;
    }

    public void Withdraw(DateOnly on)
    {
        Record(EventKind.Withdrawal, on);
        Stage = Stage.Withdrawn;
    }

    /// <summary>Thanks sent for every interview done by that day.</summary>
    public void MarkThanked(DateOnly on)
    {
        Record(EventKind.ThankYou, on);
        foreach (var i in Interviews)
            if (i.Status == InterviewStatus.Done && i.At.Date <= on) i.ThankYouSent = true;
    }

    /// <summary>Cancels every interview still to come, and logs that the candidate told them.</summary>
    public void CancelUpcomingInterviews(DateOnly on)
    {
        Record(EventKind.CancelInterview, on);
        foreach (var i in Interviews)
            if (i.Status == InterviewStatus.Scheduled && i.At.Date >= on) i.Status = InterviewStatus.Cancelled;
    }
}

public sealed class Process
{
    public int? TotalSteps { get; set; }
    public int? CompletedSteps { get; set; }
}

public sealed class Contact
{
    public string Name { get; set; } = "";
    public ContactRole? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public string FirstName => Name.Trim().Split(' ', 2)[0];
}

public sealed class Interview
{
    /// <summary>When it is: a calendar date, with an optional time of day and offset.</summary>
    public InterviewTime At { get; set; }
    public string? Kind { get; set; }
    public InterviewStatus Status { get; set; } = InterviewStatus.Scheduled;
    public bool? ThankYouSent { get; set; }
}

public sealed class Offer
{
    public OfferStatus Status { get; set; } = OfferStatus.Expected;
    public DateOnly? Deadline { get; set; }
    public DateOnly? StartDate { get; set; }
    public string? Title { get; set; }
    public decimal? BaseSalary { get; set; }
    public string? Currency { get; set; }
    public decimal? BonusTargetPercent { get; set; }
    public decimal? SigningBonus { get; set; }
    public decimal? EquityPerYear { get; set; }
    public List<Shortfall> Shortfalls { get; set; } = [];
    public int? PtoDays { get; set; }
    public Workplace? Workplace { get; set; }
    public string? Location { get; set; }
    public string? Note { get; set; }

    public bool IsInWriting => Status is OfferStatus.Written or OfferStatus.Signed;
}

public sealed class Event
{
    public DateOnly On { get; set; }
    public EventKind Kind { get; set; } = EventKind.Note;
    public CallOutcome? Outcome { get; set; }
    public string? Note { get; set; }
}

public enum Employment { Employed, Unemployed }

public enum Stage { Applied, Interviewing, Offer, Accepted, Declined, Rejected, Withdrawn }

public enum ContactRole { Recruiter, HiringManager, Interviewer, Other }

public enum InterviewStatus { Scheduled, Done, Cancelled }

public enum OfferStatus { Expected, Verbal, Written, Signed }

public enum Shortfall { Title, Money, Responsibility, Location, Other }

public enum Workplace { Onsite, Hybrid, Remote }

public enum EventKind
{
    ThankYou, FollowUp, StatusCheck, DeferralNotice, AccelerateCall, TimeRequest, Negotiation,
    CommitmentSignal, OfferRequest, Decline, Withdrawal, CancelInterview, KeepInTouch, Note,
}

public enum CallOutcome { OfferMade, NoTimeline, TakeOtherOffer }
