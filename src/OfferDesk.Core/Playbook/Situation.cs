namespace OfferDesk.Core.Playbook;

/// <summary>
/// The words the rules use (PLAYBOOK section 2), worked out once for one pipeline and one day.
/// Every rule reads the search through this, so a term means the same thing in every move.
/// </summary>
public sealed class Situation
{
    public Pipeline Pipeline { get; }
    public DateOnly Today { get; }
    public IReadOnlyList<Opportunity> All => Pipeline.Opportunities;
    public bool Employed => Pipeline.Candidate.Employment == Employment.Employed;
    public string? CandidateName => string.IsNullOrWhiteSpace(Pipeline.Candidate.Name) ? null : Pipeline.Candidate.Name.Trim();

    /// <summary>The accepted opportunity, when its offer is in writing with a start date.</summary>
    public Opportunity? SolidAcceptance { get; }
    public Opportunity? Accepted { get; }

    /// <summary>The most preferred held offer whose deadline has not passed.</summary>
    public Opportunity? MostPreferredCurrentOffer { get; }

    /// <summary>Where accelerate-preferred is proposed (already settled calls left out).</summary>
    public IReadOnlyList<Opportunity> AccelerateTargets { get; }

    private readonly Dictionary<Opportunity, Facts> _facts;

    public Situation(Pipeline pipeline, DateOnly today)
    {
        Pipeline = pipeline;
        Today = today;
        _facts = new Dictionary<Opportunity, Facts>(pipeline.Opportunities.Count, ReferenceEqualityComparer.Instance);
        foreach (var o in pipeline.Opportunities) _facts[o] = new Facts(o, today);
        Accepted = pipeline.Opportunities.Find(o => o.Stage == Stage.Accepted);
        SolidAcceptance = Accepted is { Offer: { IsInWriting: true, StartDate: not null } } ? Accepted : null;
        MostPreferredCurrentOffer = MostPreferred(pipeline.Opportunities.Where(IsCurrentHeldOffer));
        AccelerateTargets = SolidAcceptance is null && MostPreferredCurrentOffer is { } h
            ? [.. pipeline.Opportunities.Where(o => IsInProcess(o) && IsMorePreferred(o, h) && !o.HasEvent(EventKind.AccelerateCall))]
            : [];
    }

    private Facts F(Opportunity o) => _facts[o];

    public static bool IsOpen(Opportunity o) => o.Stage is Stage.Applied or Stage.Interviewing or Stage.Offer;
    public static bool IsHeldOffer(Opportunity o) => o.Stage == Stage.Offer;
    public bool IsCurrentHeldOffer(Opportunity o) => o.Stage == Stage.Offer && (o.Offer?.Deadline is not { } d || d >= Today);
    public bool IsInProcess(Opportunity o) => F(o).InProcess;
    public bool IsLive(Opportunity o) => F(o).InProcess || IsCurrentHeldOffer(o);

    /// <summary>A is more preferred than B when A has a preference and B has none or a larger one.</summary>
    public static bool IsMorePreferred(Opportunity a, Opportunity b) =>
        a.Preference is { } pa && (b.Preference is not { } pb || pa < pb);

    public static Opportunity? MostPreferred(IEnumerable<Opportunity> set)
    {
        Opportunity? best = null;
        foreach (var o in set)
            if (best is null || IsMorePreferred(o, best)) best = o;
        return best;
    }

    public Opportunity? TopChoice
    {
        get
        {
            var top = MostPreferred(All.Where(IsLive));
            return top?.Preference is null ? null : top;
        }
    }

    public bool AnyMorePreferredLive(Opportunity o) => All.Any(x => x != o && IsLive(x) && IsMorePreferred(x, o));

    public bool HasUpcomingInterview(Opportunity o) => F(o).FirstUpcoming is not null;
    public DateOnly? FirstUpcomingInterview(Opportunity o) => F(o).FirstUpcoming;
    public int DoneInterviews(Opportunity o) => F(o).DoneCount;
    public int CompletedSteps(Opportunity o) => o.Process?.CompletedSteps ?? F(o).DoneCount;
    public int? SilenceDays(Opportunity o) => F(o).Silence;
    public Event? LatestAccelerateCall(Opportunity o) => F(o).LatestCall;

    public bool IsSlowSeason => Today.Month == 12;

    /// <summary>Days from today to a date: 0 today, 1 tomorrow, negative when past.</summary>
    public int DaysUntil(DateOnly date) => date.DayNumber - Today.DayNumber;

    /// <summary>"Within 2 days": today, tomorrow or the day after.</summary>
    public bool IsWithinTwoDays(DateOnly? date) => date is { } d && DaysUntil(d) is >= 0 and <= 2;

    /// <summary>Whether a more preferred opportunity got this call outcome from an accelerate-call.</summary>
    public bool MorePreferredHeard(Opportunity o, CallOutcome outcome) =>
        All.Any(x => IsMorePreferred(x, o) && x.Events.Exists(e => e.Kind == EventKind.AccelerateCall && e.Outcome == outcome));

    private sealed class Facts
    {
        public bool InProcess { get; }
        public DateOnly? FirstUpcoming { get; }
        public int DoneCount { get; }
        public int? Silence { get; }
        public Event? LatestCall { get; }

        public Facts(Opportunity o, DateOnly today)
        {
            DateOnly? lastDone = null, lastContact = Later(o.LastHeardFrom, o.AppliedOn);
            foreach (var i in o.Interviews)
            {
                if (i.Status == InterviewStatus.Done)
                {
                    DoneCount++;
                    lastDone = Later(lastDone, i.At.Date);
                }
                else if (i.Status == InterviewStatus.Scheduled && i.At.Date >= today && (FirstUpcoming is not { } f || i.At.Date < f))
                    FirstUpcoming = i.At.Date;
            }
            lastContact = Later(lastContact, lastDone);
            foreach (var e in o.Events)
            {
                if (e.Kind == EventKind.AccelerateCall && (LatestCall is null || e.On >= LatestCall.On)) LatestCall = e;
                if (e.Kind is EventKind.FollowUp or EventKind.StatusCheck or EventKind.AccelerateCall)
                    lastContact = Later(lastContact, e.On);
            }
            Silence = lastContact is { } last ? today.DayNumber - last.DayNumber : null;
            InProcess = o.Stage is Stage.Applied or Stage.Interviewing && LatestCall?.Outcome != CallOutcome.TakeOtherOffer;
        }

        private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
    }
}
