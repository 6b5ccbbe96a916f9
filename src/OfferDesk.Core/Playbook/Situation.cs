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

    // Tallies over the whole search, made in one pass, so that questions asked once per
    // opportunity ("is anything more preferred still live?") cost O(1) instead of a pass each,
    // which made advice on a large search quadratic.
    private readonly HashSet<Opportunity> _accelerateTargets;
    private readonly int[] _livePreferences;
    private readonly int _liveCount;
    private readonly int _inProcessCount;
    private readonly int _openWithUpcomingInterview;
    private readonly Dictionary<CallOutcome, int> _smallestPreferenceHeard = [];
    private Dictionary<string, Opportunity>? _byId;
    private Dictionary<object, object>? _memo;

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
        _accelerateTargets = new HashSet<Opportunity>(AccelerateTargets, ReferenceEqualityComparer.Instance);

        var livePreferences = new List<int>();
        foreach (var o in pipeline.Opportunities)
        {
            if (IsInProcess(o)) _inProcessCount++;
            if (IsLive(o))
            {
                _liveCount++;
                if (o.Preference is { } p) livePreferences.Add(p);
            }
            if (IsOpen(o) && HasUpcomingInterview(o)) _openWithUpcomingInterview++;
            if (o.Preference is not { } rank) continue;
            foreach (var e in o.Events)
                if (e.Kind == EventKind.AccelerateCall && e.Outcome is { } outcome
                    && (!_smallestPreferenceHeard.TryGetValue(outcome, out var best) || rank < best))
                    _smallestPreferenceHeard[outcome] = rank;
        }
        livePreferences.Sort();
        _livePreferences = [.. livePreferences];
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

    /// <summary>Whether another live opportunity is more preferred than this one.</summary>
    public bool AnyMorePreferredLive(Opportunity o) =>
        // Only a ranked opportunity can be more preferred, and a smaller rank than o's is never o itself.
        _livePreferences.Length > 0 && (o.Preference is not { } p || _livePreferences[0] < p);

    /// <summary>Whether this opportunity is more preferred than every other live one.</summary>
    public bool IsAheadOfEveryOtherLive(Opportunity o)
    {
        var self = IsLive(o) ? 1 : 0;
        // Unranked, it is ahead of nothing; ranked p, it is behind every other live one ranked p or better.
        return o.Preference is { } p ? FirstAbove(_livePreferences, p) - self == 0 : _liveCount - self == 0;
    }

    /// <summary>In ranks sorted ascending, the index of the first one above rank: how many are rank or better.</summary>
    internal static int FirstAbove(int[] ranks, int rank)
    {
        int lo = 0, hi = ranks.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ranks[mid] <= rank) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether accelerate-preferred is proposed for this opportunity.</summary>
    public bool IsAccelerateTarget(Opportunity o) => _accelerateTargets.Contains(o);

    /// <summary>Whether an opportunity other than this one is in process.</summary>
    public bool AnotherInProcess(Opportunity o) => _inProcessCount - (IsInProcess(o) ? 1 : 0) > 0;

    /// <summary>Whether an open opportunity other than this one has an upcoming interview.</summary>
    public bool AnotherOpenHasUpcomingInterview(Opportunity o) =>
        _openWithUpcomingInterview - (IsOpen(o) && HasUpcomingInterview(o) ? 1 : 0) > 0;

    /// <summary>The first opportunity with this id, as <see cref="Pipeline.Find"/> gives it, without a pass each time.</summary>
    public Opportunity? Find(string id)
    {
        if (_byId is null)
        {
            _byId = new Dictionary<string, Opportunity>(All.Count, StringComparer.Ordinal);
            foreach (var o in All) _byId.TryAdd(o.Id, o);
        }
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Something a rule works out once for the whole search (an index, say) and reuses for each of its
    /// questions. The key is the rule's own; the value lives as long as this situation.
    /// </summary>
    public T Memo<T>(object key, Func<T> make) where T : class
    {
        _memo ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (!_memo.TryGetValue(key, out var value)) _memo[key] = value = make();
        return (T)value;
    }

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
        _smallestPreferenceHeard.TryGetValue(outcome, out var best) && (o.Preference is not { } p || best < p);

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
