namespace OfferDesk.Core.Model;

/// <summary>One candidate's whole search: the pipeline document of PLAYBOOK section 1.</summary>
public sealed class Pipeline
{
    public int Version { get; set; } = 1;

    /// <summary>The document's own "today", used when no other date is given.</summary>
    public DateOnly? Today { get; set; }

    public Candidate Candidate { get; set; } = new();

    public List<Opportunity> Opportunities { get; set; } = [];

    /// <summary>What matters to the candidate beyond money, each with how much (0 to 5); at most eight.</summary>
    public List<Matter> WhatMatters { get; set; } = [];

    /// <summary>Exchange rates the candidate gave, so offers in different currencies can be weighed together.</summary>
    public List<ExchangeRate> ExchangeRates { get; set; } = [];

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

    /// <summary>
    /// Moves an opportunity to another stage the way a board does, keeping the document rules: an
    /// offer stage needs an offer that was made, going back to applied or interviewing cannot keep
    /// an offer in hand, and closing says how (declined, rejected, withdrawn) with its event.
    /// Refused, changing nothing, with a problem at "offer" when the offer must be asked for first.
    /// </summary>
    public Problem? MoveTo(Opportunity o, Stage stage, DateOnly today)
    {
        if (o.Stage == stage) return null;
        switch (stage)
        {
            case Stage.Applied or Stage.Interviewing when o.Offer is { Status: not OfferStatus.Expected }:
                return new Problem("stage", $"{o.Company} has an offer in hand. If it fell through, change the offer on the company's page first.");
            case Stage.Applied or Stage.Interviewing:
                o.Stage = stage;
                return null;
            case Stage.Offer or Stage.Accepted when o.Offer is not { Status: not OfferStatus.Expected }:
                return new Problem("offer", $"Tell us about the offer from {o.Company} first.");
            case Stage.Offer:
                o.Stage = stage;
                return null;
            case Stage.Accepted:
                return Accept(o, today);
            case Stage.Declined:
                if (o.Offer is not { Status: not OfferStatus.Expected })
                    return new Problem("stage", $"{o.Company} has made no offer to turn down: choose \"they said no\" or \"I withdrew\".");
                o.Decline(today);
                return null;
            case Stage.Withdrawn:
                o.Withdraw(today);
                return null;
            default:
                o.Reject(today);
                return null;
        }
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

    public bool HasEvent(EventKind kind)
    {
        // A loop, not Exists with a lambda: the lambda captures kind, so each call allocated one,
        // and the advisor asks this for most of the moves it proposes.
        foreach (var e in Events)
            if (e.Kind == kind) return true;
        return false;
    }

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

    /// <summary>They said no. Interviews still to come are off; a note keeps what the candidate was told.</summary>
    public void Reject(DateOnly on, string? note = null)
    {
        Record(EventKind.Note, on, note: string.IsNullOrWhiteSpace(note) ? "They decided not to go ahead." : note.Trim());
        foreach (var i in Interviews)
            if (i.Status == InterviewStatus.Scheduled && i.At.Date >= on) i.Status = InterviewStatus.Cancelled;
        Stage = Stage.Rejected;
        NoteHeardFrom(on);
    }

    /// <summary>
    /// They withdrew the offer they had made (contract v3): the company is closed as rejected, with the
    /// offer-withdrawn event that tells the advice to call the companies you stepped away from.
    /// Refused, changing nothing, when they had made no offer.
    /// </summary>
    public Problem? OfferWithdrawn(DateOnly on, string? note = null)
    {
        if (Offer is not { Status: not OfferStatus.Expected })
            return new Problem("offer", $"{Company} has made no offer to withdraw. If they said no, use \"They said no\".");
        Record(EventKind.OfferWithdrawn, on, note: string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        foreach (var i in Interviews)
            if (i.Status == InterviewStatus.Scheduled && i.At.Date >= on) i.Status = InterviewStatus.Cancelled;
        Stage = Stage.Rejected;
        NoteHeardFrom(on);
        return null;
    }

    /// <summary>They said when they will decide (contract v3, V8); they told you that day.</summary>
    public void ExpectDecisionBy(DateOnly decisionBy, DateOnly toldOn)
    {
        Process ??= new Process();
        Process.DecisionBy = decisionBy;
        NoteHeardFrom(toldOn);
    }

    /// <summary>Heard from the company that day (never moves the date back).</summary>
    public void NoteHeardFrom(DateOnly on)
    {
        if (LastHeardFrom is not { } last || last < on) LastHeardFrom = on;
    }

    /// <summary>They got back to the candidate: the silence ends that day, with what they said as a note.</summary>
    public void HeardBack(DateOnly on, string? note = null)
    {
        NoteHeardFrom(on);
        if (!string.IsNullOrWhiteSpace(note)) Record(EventKind.Note, on, note: note.Trim());
    }

    /// <summary>An interview is set up: applied becomes interviewing. Refused for a closed company.</summary>
    public Problem? ScheduleInterview(InterviewTime at, string? kind, DateOnly today)
    {
        if (Stage is Stage.Declined or Stage.Rejected or Stage.Withdrawn)
            return new Problem("stage", $"{Company} is closed. Move it back to interviewing first if it is open again.");
        Interviews.Add(new Interview { At = at, Kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), Status = InterviewStatus.Scheduled });
        if (Stage == Stage.Applied) Stage = Stage.Interviewing;
        NoteHeardFrom(today);
        return null;
    }

    /// <summary>
    /// The candidate had an interview that day: the latest one scheduled by then is done, or a done
    /// one is added when none was scheduled. Applied becomes interviewing. Refused for a day to come.
    /// Saying it twice (a form sent again) changes nothing more: an interview already done that day,
    /// of the same kind or of a kind not given, is the one meant.
    /// </summary>
    public Problem? InterviewHeld(DateOnly on, DateOnly today, string? kind = null)
    {
        if (on > today) return new Problem("on", "is a day still to come: use \"interview scheduled\" for that");
        if (Stage is Stage.Declined or Stage.Rejected or Stage.Withdrawn)
            return new Problem("stage", $"{Company} is closed. Move it back to interviewing first if it is open again.");
        var held = Interviews.Where(i => i.Status == InterviewStatus.Scheduled && i.At.Date <= on).MaxBy(i => i.At.Date);
        var kindGiven = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        var already = Interviews.Any(i => i.Status == InterviewStatus.Done && i.At.Date == on
            && (kindGiven is null || string.Equals(i.Kind, kindGiven, StringComparison.OrdinalIgnoreCase)));
        // One scheduled for that very day is the one meant; else one already done that day is.
        if (held is not null && (held.At.Date == on || !already)) held.Status = InterviewStatus.Done;
        else if (!already) Interviews.Add(new Interview { At = InterviewTime.OnDate(on), Kind = kindGiven, Status = InterviewStatus.Done });
        if (Stage == Stage.Applied) Stage = Stage.Interviewing;
        NoteHeardFrom(on);
        return null;
    }

    /// <summary>
    /// They made an offer (or changed it): its status and the terms given are recorded, and the
    /// stage becomes offer (an accepted offer stays accepted). "Expected" is not an offer made.
    /// </summary>
    public Problem? RecordOffer(OfferStatus status, DateOnly? deadline, decimal? baseSalary, string? currency, DateOnly on)
    {
        if (status == OfferStatus.Expected) return new Problem("status", "choose how they made the offer: by word of mouth, in writing, or signed");
        if (baseSalary is < 0) return new Problem("baseSalary", "is negative: amounts are 0 or more");
        Offer ??= new Offer();
        Offer.Status = status;
        if (deadline is not null) Offer.Deadline = deadline;
        if (baseSalary is not null) Offer.BaseSalary = baseSalary;
        if (!string.IsNullOrWhiteSpace(currency)) Offer.Currency = currency.Trim().ToUpperInvariant();
        if (Stage != Stage.Accepted) Stage = Stage.Offer;
        NoteHeardFrom(on);
        return null;
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

    /// <summary>When the company said it would decide (contract v3, V8).</summary>
    public DateOnly? DecisionBy { get; set; }
}

public sealed class Contact
{
    public string Name { get; set; } = "";
    public ContactRole? Role { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>How to greet them ("Dr. van der Berg"), when the name alone would get it wrong (contract v3, V10).</summary>
    public string? Greeting { get; set; }
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

    /// <summary>The equity grant's whole value, vesting over <see cref="VestingYears"/>; when given, it replaces <see cref="EquityPerYear"/> in the money year by year.</summary>
    public decimal? GrantValue { get; set; }
    /// <summary>Years the grant vests over (default: the split's length, else 4).</summary>
    public int? VestingYears { get; set; }
    /// <summary>Months before anything vests; what has built up by then vests at the cliff.</summary>
    public int? CliffMonths { get; set; }
    /// <summary>Percent of the grant vesting in each year (5, 15, 40, 40); empty is an even split.</summary>
    public List<decimal> VestingSplit { get; set; } = [];
    /// <summary>The candidate's rating (1 to 5) of this offer on each thing that matters to them.</summary>
    public List<OfferRating> Ratings { get; set; } = [];

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

    /// <summary>The company withdrew its offer (contract v3; only on stage rejected).</summary>
    OfferWithdrawn,
}

public enum CallOutcome { OfferMade, NoTimeline, TakeOtherOffer }
