using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;
using OfferDesk.Data;

namespace OfferDesk.Web;

/// <summary>A user's search as read now, with its advice for today.</summary>
public sealed class DeskView(Pipeline pipeline, int version, DateOnly today, Func<Advice> advice, Func<Core.Timeline.SearchTimeline>? timeline = null)
{
    private Advice? _advice;

    /// <summary>Read-only: edits go through <see cref="Desk.EditAsync"/> on a copy.</summary>
    public Pipeline Pipeline { get; } = pipeline;
    public int Version { get; } = version;
    public DateOnly Today { get; } = today;
    public Advice Advice => _advice ??= advice();

    /// <summary>Every clock of the search on one line of days (made on first read; the same for every reader).</summary>
    public Core.Timeline.SearchTimeline Timeline => _timeline ??= timeline?.Invoke() ?? Core.Timeline.SearchTimeline.For(Pipeline, Today);
    private Core.Timeline.SearchTimeline? _timeline;
    public bool IsEmpty => Pipeline.Opportunities.Count == 0;
}

/// <summary>
/// The searches loaded in memory with their advice, one per user, weighed in bytes against
/// <see cref="Infrastructure.CacheLimits.SearchesMaxBytes"/>. A service, not a static, so its
/// size comes from configuration and each test app has its own.
/// </summary>
public sealed class LoadedSearches(Infrastructure.CacheLimits limits) : IDisposable
{
    public long MaxBytes { get; } = Math.Max(1, limits.SearchesMaxBytes);
    public MemoryCache Store { get; } = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, limits.SearchesMaxBytes), TrackStatistics = true });

    /// <summary>Bytes held now (estimated), for tests and diagnostics.</summary>
    public long CurrentBytes => Store.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public void Dispose() => Store.Dispose();
}

/// <summary>What an edit came to: saved, refused with problems, or beaten by another save.</summary>
public sealed record EditResult(bool Saved, bool Conflict, IReadOnlyList<Problem> Problems, int Version)
{
    public static EditResult Refused(IReadOnlyList<Problem> problems, int version) => new(false, false, problems, version);
}

/// <summary>
/// The signed-in user's desk: their search and its advice, read through a per-user cache that is
/// checked against the stored version on every request (so several instances stay correct), and
/// edits that validate the whole document before anything is saved.
/// </summary>
public sealed class Desk(SearchStore store, LoadedSearches cache, CandidateClock clock, IHttpContextAccessor http)
{
    // The timeline is kept with the advice: both are made once per version and day, and its pictures
    // are drawn once with it, so a page rendered afresh after a change does not draw them again.
    private sealed record Cached(Pipeline Pipeline, int Version, Lazy<Advice> Advice, Lazy<Core.Timeline.SearchTimeline> Timeline, DateOnly Day);

    public string UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
                            ?? throw new InvalidOperationException("no signed-in user");

    /// <summary>
    /// Today for the signed-in user as last read: the date in their zone if their search is in
    /// memory, else the server's. Where the day must be the candidate's for sure, use
    /// <see cref="TodayAsync"/> or, inside an edit, <see cref="TodayFor"/>.
    /// </summary>
    public DateOnly Today => clock.Today(cache.Store.TryGetValue(UserId, out Cached? hit) ? hit!.Pipeline.Candidate.TimeZone : null);

    /// <summary>Today in the user's zone (<c>candidate.timeZone</c>), else the server's; reads the search if it is not in memory.</summary>
    public async Task<DateOnly> TodayAsync(string userId, CancellationToken ct = default) => (await LoadAsync(userId, null, ct)).Today;

    /// <summary>Today for the candidate of this search.</summary>
    public DateOnly TodayFor(Pipeline pipeline) => clock.Today(pipeline);

    /// <summary>The zone a wall-clock time typed by this candidate means.</summary>
    public NodaTime.DateTimeZone ZoneFor(Pipeline pipeline) => clock.ZoneFor(pipeline);

    // The stored version, asked once per request: the rendered-page cache asks first, and a page
    // rendered on a miss loads the search at that same version without asking again.
    private (string User, int Version)? _version;

    /// <summary>The user's stored search version, read from the database once per request.</summary>
    public async Task<int> VersionAsync(string userId, CancellationToken ct = default)
    {
        if (_version is { } known && known.User == userId) return known.Version;
        var version = await store.VersionAsync(userId, ct);
        _version = (userId, version);
        return version;
    }

    public Task<DeskView> LoadAsync(CancellationToken ct = default) => LoadAsync(UserId, null, ct);

    /// <summary>The user's search and its advice for <paramref name="day"/>, or for their today when null.</summary>
    public async Task<DeskView> LoadAsync(string userId, DateOnly? day, CancellationToken ct = default)
    {
        var version = await VersionAsync(userId, ct);
        if (cache.Store.TryGetValue(userId, out Cached? hit) && hit!.Version == version)
        {
            var today = day ?? clock.Today(hit.Pipeline);
            if (hit.Day == today) return new DeskView(hit.Pipeline, hit.Version, today, () => hit.Advice.Value, () => hit.Timeline.Value);
            return new DeskView(hit.Pipeline, hit.Version, today, () => Advisor.Advise(hit.Pipeline, today));
        }
        var stored = await store.LoadAsync(userId, ct);
        var storedToday = day ?? clock.Today(stored.Pipeline);
        var fresh = Keep(userId, stored.Pipeline, stored.Version, stored.DocumentChars, storedToday);
        return new DeskView(fresh.Pipeline, fresh.Version, storedToday, () => fresh.Advice.Value, () => fresh.Timeline.Value);
    }

    /// <summary>
    /// Keeps a search with its advice (made when first asked for) at a version. Weighed in bytes,
    /// estimated from the stored document; a search larger than the whole cache is simply not kept.
    /// </summary>
    private Cached Keep(string userId, Pipeline pipeline, int version, int documentChars, DateOnly? day = null)
    {
        var today = day ?? clock.Today(pipeline);
        var entry = new Cached(pipeline, version, new Lazy<Advice>(() => Advisor.Advise(pipeline, today)),
            new Lazy<Core.Timeline.SearchTimeline>(() => Core.Timeline.SearchTimeline.For(pipeline, today)), today);
        var bytes = Math.Max(1L, (long)documentChars * Infrastructure.CacheLimits.SearchBytesPerDocumentChar);
        if (bytes <= cache.MaxBytes)
            cache.Store.Set(userId, entry, new MemoryCacheEntryOptions { Size = bytes, SlidingExpiration = TimeSpan.FromMinutes(20) });
        else cache.Store.Remove(userId);
        return entry;
    }

    /// <summary>
    /// Applies an edit to a copy of the search read at <paramref name="expectedVersion"/> (the
    /// version the user's form was made from; null means "whatever is current"), validates the
    /// whole document, and saves it only if no other save came in between.
    /// </summary>
    public async Task<EditResult> EditAsync(int? expectedVersion, Func<Pipeline, IReadOnlyList<Problem>> edit, CancellationToken ct = default)
    {
        var userId = UserId;
        var stored = await store.LoadAsync(userId, ct);
        if (expectedVersion is { } v && v != stored.Version)
            return new EditResult(false, true, [new Problem("", "Your search changed since this page was opened (in another tab or device). Nothing was saved; reload to see the latest, then make your change again.")], stored.Version);
        // The store parses a fresh pipeline on every load, shared with no cache: edit it in place.
        var copy = stored.Pipeline;
        // What the form could not read and what the document's rules refuse, in one round.
        var problems = PipelineRules.CheckWith(edit(copy), copy);
        if (problems.Count > 0) return EditResult.Refused(problems, stored.Version);
        var saved = await store.SaveAsync(userId, copy, stored.Version, ct);
        _version = null;
        if (saved.Outcome == SaveOutcome.Refused) return EditResult.Refused(saved.Problems, stored.Version);
        if (saved.Outcome == SaveOutcome.Conflict)
            return new EditResult(false, true, [new Problem("", "Another change was saved at the same moment. Nothing was saved; reload and try again.")], saved.Version);
        var version = saved.Version;
        // The search just saved is the one the next page needs: keep it at its new version, so the
        // first page after a change does not read and parse the document again (the store has
        // checked that it reads back equal), weighed by the document the store wrote.
        Keep(userId, copy, version, saved.DocumentChars);
        return new EditResult(true, false, [], version);
    }

    /// <summary>
    /// Replaces the whole search (import). Same checks as any edit, but the stored search is not
    /// read: an import is also how a search that no longer reads is repaired.
    /// </summary>
    public async Task<EditResult> ReplaceAsync(Pipeline pipeline, int? expectedVersion, CancellationToken ct = default)
    {
        var userId = UserId;
        var current = await store.VersionAsync(userId, ct);
        if (expectedVersion is { } v && v != current)
            return new EditResult(false, true, [new Problem("", "Your search changed since this page was opened (in another tab or device). Nothing was saved; reload to see the latest, then make your change again.")], current);
        var problems = PipelineRules.Check(pipeline);
        if (problems.Count > 0) return EditResult.Refused(problems, current);
        var saved = await store.SaveAsync(userId, pipeline, current, ct);
        _version = null;
        if (saved.Outcome == SaveOutcome.Refused) return EditResult.Refused(saved.Problems, current);
        if (saved.Outcome == SaveOutcome.Conflict)
            return new EditResult(false, true, [new Problem("", "Another change was saved at the same moment. Nothing was saved; reload and try again.")], saved.Version);
        // As after an edit: the imported search is the one the next page needs.
        Keep(userId, pipeline, saved.Version, saved.DocumentChars);
        return new EditResult(true, false, [], saved.Version);
    }
}
