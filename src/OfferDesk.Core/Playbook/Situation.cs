using System.Collections.Concurrent;

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

    /// <summary>The leverage offer (2): the most preferred current held offer you have not said you would refuse.</summary>
    public Opportunity? Leverage { get; }

    /// <summary>
    /// The most preferred company that said it will decide on or before the leverage offer's deadline
    /// (V8): no call hurries it, and every deferral names its date.
    /// </summary>
    public Opportunity? DecidesInTime { get; }

    /// <summary>An offer has figures (V7) when written or signed, or spoken with a salary or an answer date.</summary>
    public static bool HasFigures(Opportunity o) => o.Offer is { } f
        && (f.IsInWriting || (f.Status == OfferStatus.Verbal && (f.BaseSalary is not null || f.Deadline is not null)));

    /// <summary>Whether nothing backs a follow-up but the application (V3): no done interview and no logged call.</summary>
    public bool IsCold(Opportunity o) => F(o).DoneCount == 0 && F(o).LatestCall is null;

    /// <summary>The latest follow-up event, if any.</summary>
    public DateOnly? LastFollowUp(Opportunity o) => F(o).LastFollowUp;

    /// <summary>Whether an interview there is scheduled from today to 7 days ahead (V17).</summary>
    public bool InterviewWithinAWeek(Opportunity o) => F(o).FirstUpcoming is { } d && DaysUntil(d) <= 7;

    /// <summary>Where accelerate-preferred is proposed (already settled calls left out).</summary>
    public IReadOnlyList<Opportunity> AccelerateTargets { get; }

    private readonly Dictionary<Opportunity, Facts> _facts;

    // Tallies over the whole search, made in one pass, so that questions asked once per
    // opportunity ("is anything more preferred still live?") cost O(1) instead of a pass each,
    // which made advice on a large search quadratic. "Anything more preferred" needs only the
    // best rank of the set: a smaller rank than o's is never o itself.
    private readonly int? _bestLiveRank;
    private readonly int? _bestInProcessRank;
    private readonly int _liveCount;
    private readonly int _inProcessCount;
    private readonly int _openWithUpcomingInterview;
    private readonly int?[] _smallestPreferenceHeard = new int?[CallOutcomes];
    private readonly Opportunity? _mostPreferredLive;
    private Dictionary<string, Opportunity>? _byId;
    private ConcurrentDictionary<object, object>? _memo;

    private static readonly int CallOutcomes = Enum.GetValues<CallOutcome>().Length;

    // What the advisor has proposed so far lives in each opportunity's facts (Facts.Proposed):
    // later rules ask about earlier ones ("is negotiate-with-offer proposed there?").
    private readonly List<Opportunity> _acceptTargets = [];
    private InPlayTally? _inPlay;

    public Situation(Pipeline pipeline, DateOnly today)
    {
        Pipeline = pipeline;
        Today = today;
        var all = pipeline.Opportunities;
        _facts = new Dictionary<Opportunity, Facts>(all.Count, ReferenceEqualityComparer.Instance);
        // One pass makes every opportunity's facts and the tallies; the rules then ask about an
        // opportunity by a single lookup of its facts.
        Opportunity? leverage = null;
        foreach (var o in all)
        {
            var f = new Facts(o, today);
            _facts[o] = f;
            if (Accepted is null && o.Stage == Stage.Accepted) Accepted = o;
            // The leverage offer (2, V7), as MostPreferred finds it: the first of the most preferred with figures.
            if (f.CurrentHeldOffer && o.WouldAccept != false && HasFigures(o) && (leverage is null || IsMorePreferred(o, leverage))) leverage = o;
            if (f.InProcess)
            {
                _inProcessCount++;
                if (o.Preference is { } p && (_bestInProcessRank is not { } b || p < b)) _bestInProcessRank = p;
            }
            if (f.Live)
            {
                _liveCount++;
                if (o.Preference is { } p && (_bestLiveRank is not { } b || p < b)) _bestLiveRank = p;
                if (_mostPreferredLive is null || IsMorePreferred(o, _mostPreferredLive)) _mostPreferredLive = o;
            }
            if (IsOpen(o) && f.FirstUpcoming is not null) _openWithUpcomingInterview++;
            // Only an opportunity's latest call counts: a later call with another outcome replaces it.
            if (o.Preference is not { } rank || f.LatestCall?.Outcome is not { } outcome) continue;
            if (_smallestPreferenceHeard[(int)outcome] is not { } best || rank < best) _smallestPreferenceHeard[(int)outcome] = rank;
        }
        Leverage = leverage;
        SolidAcceptance = Accepted is { Offer: { IsInWriting: true, StartDate: not null } } ? Accepted : null;
        if (SolidAcceptance is null && Leverage is { } h)
        {
            var targets = new List<Opportunity>();
            var deadline = h.Offer?.Deadline;
            foreach (var o in all)
            {
                var f = _facts[o];
                if (!f.InProcess || !IsMorePreferred(o, h)) continue;
                // V8: a company that will decide by the offer's deadline needs no speeding up, and the
                // deferrals name its date, whether or not it was called already.
                if (deadline is { } d && o.Process?.DecisionBy is { } by && by >= today && by <= d)
                {
                    if (DecidesInTime is null || IsMorePreferred(o, DecidesInTime)) DecidesInTime = o;
                    continue;
                }
                if (o.HasEvent(EventKind.AccelerateCall)) continue;
                targets.Add(o);
                f.AccelerateTarget = true;
            }
            AccelerateTargets = targets;
        }
        else AccelerateTargets = [];
    }

    /// <summary>Notes a move as proposed, for the rules that come after it.</summary>
    internal void Register(Proposal p)
    {
        F(p.Opportunity).Proposed |= 1 << (int)p.Code;
        if (p.Code == MoveCode.AcceptOffer) _acceptTargets.Add(p.Opportunity);
    }

    /// <summary>Every move proposed so far for <paramref name="o"/>, one bit per <see cref="MoveCode"/>.</summary>
    internal int ProposedCodes(Opportunity o) => F(o).Proposed;

    /// <summary>Whether a rule that ran earlier proposed this move here.</summary>
    public bool IsProposed(MoveCode code, Opportunity o) => (ProposedCodes(o) & (1 << (int)code)) != 0;

    /// <summary>Whether accept-offer is proposed for an opportunity more preferred than this one.</summary>
    public bool AcceptProposedAbove(Opportunity o)
    {
        foreach (var a in _acceptTargets)
            if (a != o && IsMorePreferred(a, o)) return true;
        return false;
    }

    /// <summary>
    /// In play (2): live, except a current held offer you would refuse (wouldAccept false) that you
    /// are not negotiating: it competes with nothing. Asked only after negotiate-with-offer has run.
    /// </summary>
    public bool IsInPlay(Opportunity o) => IsInPlay(o, F(o));

    private static bool IsInPlay(Opportunity o, Facts f) =>
        f.Live && !(f.CurrentHeldOffer && o.WouldAccept == false && (f.Proposed & (1 << (int)MoveCode.NegotiateWithOffer)) == 0);

    /// <summary>The ranks in play, sorted, and how many are in play; made once, published whole.</summary>
    private sealed record InPlayTally(int[] Ranks, int Count);

    private InPlayTally InPlay()
    {
        if (Volatile.Read(ref _inPlay) is { } made) return made;
        var list = new List<int>();
        var count = 0;
        foreach (var (o, f) in _facts)
            if (IsInPlay(o, f))
            {
                count++;
                if (o.Preference is { } p) list.Add(p);
            }
        list.Sort();
        var tally = new InPlayTally([.. list], count);
        return Interlocked.CompareExchange(ref _inPlay, tally, null) ?? tally;
    }

    /// <summary>Whether another opportunity in play is more preferred than this one.</summary>
    public bool AnyMorePreferredInPlay(Opportunity o)
    {
        var ranks = InPlay().Ranks;
        return AnyRankedBefore(ranks.Length > 0 ? ranks[0] : null, o);
    }

    /// <summary>Whether this opportunity is more preferred than every other one in play.</summary>
    public bool IsAheadOfEveryOtherInPlay(Opportunity o)
    {
        var (ranks, count) = InPlay();
        var self = IsInPlay(o) ? 1 : 0;
        // Unranked, it is ahead of nothing; ranked p, it is behind every other one ranked p or better.
        return o.Preference is { } p ? FirstAbove(ranks, p) - self == 0 : count - self == 0;
    }

    /// <summary>Whether an opportunity more preferred than this one is in process (still deciding).</summary>
    public bool AnyMorePreferredInProcess(Opportunity o) => AnyRankedBefore(_bestInProcessRank, o);

    // Rules ask several questions about one opportunity in a row (in process? an interview to come?
    // how long quiet?): the facts found last answer the next question without a lookup. One field
    // holding facts that know their opportunity, so readers on other threads (scripts are written
    // when first read) can only ever see a matching pair.
    private Facts? _last;

    private Facts F(Opportunity o)
    {
        var f = _last;
        if (f is null || !ReferenceEquals(f.Opportunity, o)) _last = f = _facts[o];
        return f;
    }

    public static bool IsOpen(Opportunity o) => o.Stage is Stage.Applied or Stage.Interviewing or Stage.Offer;
    public static bool IsHeldOffer(Opportunity o) => o.Stage == Stage.Offer;
    public bool IsCurrentHeldOffer(Opportunity o) => o.Stage == Stage.Offer && (o.Offer?.Deadline is not { } d || d >= Today);
    public bool IsInProcess(Opportunity o) => F(o).InProcess;
    public bool IsLive(Opportunity o) => F(o).Live;

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

    /// <summary>The accepted opportunity when there is one (v2 change 13); else the most preferred live one, if ranked.</summary>
    public Opportunity? TopChoice
    {
        get
        {
            if (Accepted is not null) return Accepted;
            return _mostPreferredLive?.Preference is null ? null : _mostPreferredLive;
        }
    }

    /// <summary>Searching again (2): nothing live and nothing accepted.</summary>
    public bool SearchingAgain => _liveCount == 0 && Accepted is null;

    /// <summary>Would take it (2): wouldAccept true, or out of work and not said no.</summary>
    public bool WouldTake(Opportunity o) => o.WouldAccept == true || (!Employed && o.WouldAccept != false);

    /// <summary>Whether another live opportunity is more preferred than this one.</summary>
    public bool AnyMorePreferredLive(Opportunity o) => AnyRankedBefore(_bestLiveRank, o);

    /// <summary>Whether a set whose best rank is <paramref name="best"/> holds one more preferred than o.</summary>
    // Only a ranked opportunity can be more preferred, and a smaller rank than o's is never o itself.
    private static bool AnyRankedBefore(int? best, Opportunity o) => best is { } b && (o.Preference is not { } p || b < p);

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
    public bool IsAccelerateTarget(Opportunity o) => F(o).AccelerateTarget;

    /// <summary>Whether an opportunity other than this one is in process.</summary>
    public bool AnotherInProcess(Opportunity o) => _inProcessCount - (IsInProcess(o) ? 1 : 0) > 0;

    /// <summary>Whether an open opportunity other than this one has an upcoming interview.</summary>
    public bool AnotherOpenHasUpcomingInterview(Opportunity o) =>
        _openWithUpcomingInterview - (IsOpen(o) && HasUpcomingInterview(o) ? 1 : 0) > 0;

    /// <summary>The first opportunity with this id, as <see cref="Pipeline.Find"/> gives it, without a pass each time.</summary>
    /// <remarks>
    /// A situation is kept in the shared cache and its scripts are written on first read, so two
    /// requests may ask at once: the index is published whole (never filled in place), and two
    /// first reads at once at worst both build it.
    /// </remarks>
    public Opportunity? Find(string id)
    {
        var byId = Volatile.Read(ref _byId);
        if (byId is null)
        {
            byId = new Dictionary<string, Opportunity>(All.Count, StringComparer.Ordinal);
            foreach (var o in All) byId.TryAdd(o.Id, o);
            byId = Interlocked.CompareExchange(ref _byId, byId, null) ?? byId;
        }
        return byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Something a rule works out once for the whole search (an index, say) and reuses for each of its
    /// questions. The key is the rule's own; the value lives as long as this situation. Safe when
    /// requests sharing this situation ask at once (scripts are written on first read): every
    /// caller gets the one value stored, though two first callers may both make it.
    /// </summary>
    public T Memo<T>(object key, Func<T> make) where T : class
    {
        var memo = LazyInitializer.EnsureInitialized(ref _memo, () => new ConcurrentDictionary<object, object>(ReferenceEqualityComparer.Instance));
        return (T)(memo.TryGetValue(key, out var value) ? value : memo.GetOrAdd(key, make()));
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

    /// <summary>Whether a more preferred opportunity's latest accelerate-call had this outcome.</summary>
    public bool MorePreferredHeard(Opportunity o, CallOutcome outcome) =>
        _smallestPreferenceHeard[(int)outcome] is { } best && (o.Preference is not { } p || best < p);

    private sealed class Facts
    {
        public bool InProcess { get; }
        public bool CurrentHeldOffer { get; }
        public bool Live => InProcess || CurrentHeldOffer;
        public DateOnly? FirstUpcoming { get; }
        public int DoneCount { get; }
        public int? Silence { get; }
        public Event? LatestCall { get; }
        public DateOnly? LastFollowUp { get; }
        public bool AccelerateTarget { get; set; }

        /// <summary>The moves proposed here so far, one bit per <see cref="MoveCode"/>.</summary>
        public int Proposed { get; set; }

        public Opportunity Opportunity { get; }

        public Facts(Opportunity o, DateOnly today)
        {
            Opportunity = o;
            CurrentHeldOffer = o.Stage == Stage.Offer && (o.Offer?.Deadline is not { } d || d >= today);
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
                if (e.Kind == EventKind.FollowUp && (LastFollowUp is not { } lf || e.On > lf)) LastFollowUp = e.On;
                if (e.Kind is EventKind.FollowUp or EventKind.StatusCheck or EventKind.AccelerateCall)
                    lastContact = Later(lastContact, e.On);
            }
            Silence = lastContact is { } last ? today.DayNumber - last.DayNumber : null;
            InProcess = o.Stage is Stage.Applied or Stage.Interviewing && LatestCall?.Outcome != CallOutcome.TakeOtherOffer;
        }

        private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
    }
}
