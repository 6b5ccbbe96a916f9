using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Data;

/// <summary>A user's stored search: the pipeline, the version it was read at, and its stored size in characters (what a cache weighs it by).</summary>
public sealed record StoredSearch(Pipeline Pipeline, int Version, int DocumentChars = 0);

/// <summary>What a save came to.</summary>
public enum SaveOutcome { Saved, Conflict, Refused }

/// <summary>A save's outcome, the version now stored, when refused why, and the stored document's size in characters.</summary>
public sealed record SaveResult(SaveOutcome Outcome, int Version, IReadOnlyList<Problem> Problems, int DocumentChars = 0)
{
    public (SaveOutcome Outcome, int Version) OutcomeAndVersion => (Outcome, Version);
}

/// <summary>
/// A stored search that no longer reads (written by an older release, edited by hand, restored
/// from elsewhere). Its owner is sent to the repair page; nothing is thrown away.
/// </summary>
public sealed class UnreadableSearchException(IReadOnlyList<Problem> problems)
    : Exception("the stored search does not read: " + string.Join("; ", problems.Take(3)))
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}

/// <summary>A stored document as it is, whether or not it reads.</summary>
public sealed record RawSearch(string Document, int Version, IReadOnlyList<Problem> Problems);

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
        // Never papered over with an empty search (a save would then overwrite it): the caller
        // sends the user to repair it.
        if (!parsed.IsValid) throw new UnreadableSearchException(parsed.Problems);
        return new StoredSearch(parsed.Pipeline!, row.Version, row.Document.Length);
    }

    /// <summary>The stored document as text, with its problems if it does not read; null when there is none.</summary>
    public async Task<RawSearch?> LoadRawAsync(string userId, CancellationToken ct = default)
    {
        var row = await db.Searches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Select(s => new { s.Document, s.Version })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new RawSearch(row.Document, row.Version, PipelineJson.Parse(row.Document).Problems);
    }

    /// <summary>
    /// The compact document to store, or why it cannot be: it must read back, with no problem,
    /// into a search that writes the very same text (so what is saved is what will load).
    /// </summary>
    public static (string? Document, IReadOnlyList<Problem> Problems) Prepare(Pipeline pipeline)
    {
        string document;
        try
        {
            document = PipelineJson.Serialize(pipeline, indented: false);
        }
        catch (ArgumentException)
        {
            // The JSON writer refuses some text no UTF-8 can carry.
            return (null, Located("the search has text that cannot be saved"));
        }
        var back = PipelineJson.Parse(document);
        if (!back.IsValid) return (null, back.Problems);
        // The writer may quietly replace what it cannot carry (half a surrogate pair), so what
        // was saved would not be what was meant: compare, and name the field when the rules can.
        // (A valid parse has passed the document rules already.)
        if (PipelineJson.Serialize(back.Pipeline!, indented: false) != document)
            return (null, Located("the search would not read back as it was written"));
        return (document, []);

        IReadOnlyList<Problem> Located(string otherwise) =>
            PipelineRules.Check(pipeline) is { Count: > 0 } located ? located : [new Problem("", otherwise)];
    }

    /// <summary>The stored version alone: a cheap check that a cached copy is still current, asked on every page.</summary>
    // One plain command on the context's connection: every page asks this, and EF's query
    // pipeline (and, on SQLite, the functions it registers each time it opens a connection) cost
    // more than the query itself. Names come from the model, so both providers read the same table.
    public async Task<int> VersionAsync(string userId, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var open = connection.State != System.Data.ConnectionState.Open;
        if (open) await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = VersionSql ??= MakeVersionSql(db);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var user = command.CreateParameter();
            user.ParameterName = "@user";
            user.Value = userId;
            command.Parameters.Add(user);
            return await command.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        finally
        {
            if (open) await connection.CloseAsync();
        }
    }

    private static string? VersionSql;

    private static string MakeVersionSql(OfferDeskDb db)
    {
        var entity = db.Model.FindEntityType(typeof(SearchRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => entity.FindProperty(property)!.GetColumnName(table)!;
        return $"SELECT \"{Column(nameof(SearchRecord.Version))}\" FROM \"{table.Name}\" WHERE \"{Column(nameof(SearchRecord.UserId))}\" = @user";
    }

    /// <summary>
    /// Saves the pipeline if the stored version is still <paramref name="expectedVersion"/>;
    /// otherwise nothing changes and the outcome is a conflict. A search that would not read back
    /// (<see cref="Prepare"/>) is refused with its problems, and nothing changes either.
    /// </summary>
    public async Task<SaveResult> SaveAsync(string userId, Pipeline pipeline, int expectedVersion, CancellationToken ct = default)
    {
        var (document, problems) = Prepare(pipeline);
        if (document is null) return new SaveResult(SaveOutcome.Refused, expectedVersion, problems);
        var now = clock.GetUtcNow().UtcDateTime;
        // On SQLite each write below queues at the app's SqliteWriteGate (through EF's interceptor).
        if (expectedVersion == 0)
        {
            if (await db.Searches.AnyAsync(s => s.UserId == userId, ct)) return new SaveResult(SaveOutcome.Conflict, expectedVersion, []);
            db.Searches.Add(new SearchRecord { UserId = userId, Document = document, Version = 1, UpdatedUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
                return new SaveResult(SaveOutcome.Saved, 1, [], document.Length);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new SaveResult(SaveOutcome.Conflict, expectedVersion, []);
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
        return changed == 1
            ? new SaveResult(SaveOutcome.Saved, next, [], document.Length)
            : new SaveResult(SaveOutcome.Conflict, expectedVersion, []);
    }

    public Task<string?> CalendarTokenAsync(string userId, CancellationToken ct = default) =>
        db.Searches.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.CalendarToken).FirstOrDefaultAsync(ct);

    /// <summary>Sets (or with null, revokes) the calendar feed's secret. Creates an empty search if needed.</summary>
    public async Task SetCalendarTokenAsync(string userId, string? token, CancellationToken ct = default)
    {
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
}
