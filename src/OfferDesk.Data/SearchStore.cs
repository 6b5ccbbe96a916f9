using Microsoft.EntityFrameworkCore;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Data;

/// <summary>A user's stored search: the pipeline, the version it was read at, and its stored size in characters (what a cache weighs it by).</summary>
public sealed record StoredSearch(Pipeline Pipeline, int Version, int DocumentChars = 0);

/// <summary>What a save came to.</summary>
public enum SaveOutcome { Saved, Conflict }

/// <summary>
/// Reads and writes one user's search. Every call names the user, and no query reaches another
/// user's row: the user id is the key.
/// </summary>
public sealed class SearchStore(OfferDeskDb db, TimeProvider clock)
{
    /// <summary>The user's search; an empty one (version 0) when nothing was saved yet.</summary>
    public async Task<StoredSearch> LoadAsync(string userId, CancellationToken ct = default)
    {
        var row = await db.Searches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Select(s => new { s.Document, s.Version })
            .FirstOrDefaultAsync(ct);
        if (row is null) return new StoredSearch(new Pipeline(), 0);
        var parsed = PipelineJson.Parse(row.Document);
        // A stored document was validated before it was saved; if it no longer reads, that is a
        // bug to surface, not something to paper over with an empty search.
        if (!parsed.IsValid) throw new InvalidDataException($"stored search of user {userId} does not read: {parsed.Problems[0]}");
        return new StoredSearch(parsed.Pipeline!, row.Version, row.Document.Length);
    }

    /// <summary>The stored version alone: a cheap check that a cached copy is still current.</summary>
    // Not an EF compiled query: one of those is bound to the first model it meets, and a process
    // (the tests) may hold a SQLite and a PostgreSQL model at once.
    public Task<int> VersionAsync(string userId, CancellationToken ct = default) =>
        db.Searches.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Saves the pipeline if the stored version is still <paramref name="expectedVersion"/>;
    /// otherwise nothing changes and the outcome is a conflict. The caller validates first.
    /// </summary>
    public async Task<(SaveOutcome Outcome, int Version)> SaveAsync(string userId, Pipeline pipeline, int expectedVersion, CancellationToken ct = default)
    {
        var document = PipelineJson.Serialize(pipeline, indented: false);
        var now = clock.GetUtcNow().UtcDateTime;
        using var turn = await WriterTurnAsync(ct);
        if (expectedVersion == 0)
        {
            if (await db.Searches.AnyAsync(s => s.UserId == userId, ct)) return (SaveOutcome.Conflict, expectedVersion);
            db.Searches.Add(new SearchRecord { UserId = userId, Document = document, Version = 1, UpdatedUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
                return (SaveOutcome.Saved, 1);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return (SaveOutcome.Conflict, expectedVersion);
            }
        }
        // One conditional UPDATE: the version check and the write are a single statement, so two
        // instances racing on the same user cannot both win.
        var next = expectedVersion + 1;
        var changed = await db.Searches
            .Where(s => s.UserId == userId && s.Version == expectedVersion)
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Document, document)
                .SetProperty(s => s.Version, next)
                .SetProperty(s => s.UpdatedUtc, now), ct);
        return changed == 1 ? (SaveOutcome.Saved, next) : (SaveOutcome.Conflict, expectedVersion);
    }

    public Task<string?> CalendarTokenAsync(string userId, CancellationToken ct = default) =>
        db.Searches.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.CalendarToken).FirstOrDefaultAsync(ct);

    /// <summary>Sets (or with null, revokes) the calendar feed's secret. Creates an empty search if needed.</summary>
    public async Task SetCalendarTokenAsync(string userId, string? token, CancellationToken ct = default)
    {
        using var turn = await WriterTurnAsync(ct);
        if (await UpdateTokenAsync() > 0) return;
        var row = new SearchRecord
        {
            UserId = userId, Document = PipelineJson.Serialize(new Pipeline(), indented: false),
            Version = 1, UpdatedUtc = clock.GetUtcNow().UtcDateTime, CalendarToken = token,
        };
        db.Searches.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The row appeared meanwhile (the user's first save racing this): set the token on it.
            // Any other failure leaves no row to update, and is rethrown.
            db.Entry(row).State = EntityState.Detached;
            if (await UpdateTokenAsync() == 0) throw;
        }

        Task<int> UpdateTokenAsync() => db.Searches.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CalendarToken, token), ct);
    }

    /// <summary>The user whose calendar feed has this secret, if any.</summary>
    public Task<string?> UserForCalendarTokenAsync(string token, CancellationToken ct = default) =>
        db.Searches.AsNoTracking().Where(s => s.CalendarToken == token).Select(s => (string?)s.UserId).FirstOrDefaultAsync(ct);

    // SQLite has one writer at a time. Left to itself, a writer that finds the database busy is
    // retried after a fixed sleep, which under load gives second-long tails; queueing this
    // process's writers in order keeps each write a few milliseconds. PostgreSQL needs no queue.
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    private async Task<IDisposable?> WriterTurnAsync(CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        await SqliteWriter.WaitAsync(ct);
        return new Release();
    }

    private sealed class Release : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) SqliteWriter.Release();
        }
    }
}
