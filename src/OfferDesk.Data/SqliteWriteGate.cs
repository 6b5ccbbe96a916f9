using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OfferDesk.Data;

/// <summary>
/// The queue of this process's writers to SQLite. SQLite has one writer at a time; left to
/// itself, a writer that finds the database busy is retried after a fixed sleep, which under load
/// gives second-long tails, while queueing the writers in order keeps each write a few
/// milliseconds. Its size (<c>Database:SqliteWriters</c>, default 1) is how many may go to SQLite at
/// once. A service, not a static: one per app, sized by configuration, replaced in tests.
/// Every write passes it: EF Core's (the search, reminders, Identity's accounts) through
/// <see cref="SqliteWriteInterceptor"/>, the key ring's plain SQL through <see cref="Enter"/>.
/// PostgreSQL needs no queue; nothing waits there.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim slots;

    public SqliteWriteGate(int writers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        Writers = writers;
        slots = new SemaphoreSlim(writers, writers);
    }

    public int Writers { get; }

    /// <summary>Writers waiting or writing now, for tests and health.</summary>
    public int Busy => Writers - slots.CurrentCount;

    public async Task<IDisposable> EnterAsync(CancellationToken ct = default)
    {
        await slots.WaitAsync(ct);
        return new Turn(slots);
    }

    public IDisposable Enter()
    {
        slots.Wait();
        return new Turn(slots);
    }

    private sealed class Turn(SemaphoreSlim slots) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release();
        }
    }
}

/// <summary>
/// Puts EF Core's writes to SQLite through the <see cref="SqliteWriteGate"/>: a SaveChanges holds a
/// turn from start to end (its statements and their transaction are one write), and a statement
/// that writes on its own (ExecuteUpdate, ExecuteDelete, raw SQL) holds one for itself.
/// </summary>
public sealed class SqliteWriteInterceptor(SqliteWriteGate gate) : DbCommandInterceptor, ISaveChangesInterceptor
{
    // The turn a context's SaveChanges holds, so its own statements do not queue behind it.
    private readonly ConcurrentDictionary<DbContext, IDisposable> saving = new();

    // ---- SaveChanges: one turn for the whole unit of work ----

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && !saving.ContainsKey(context)) saving[context] = await gate.EnterAsync(ct);
        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && !saving.ContainsKey(context)) saving[context] = gate.Enter();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        Leave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Leave(eventData.Context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Leave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken ct = default)
    {
        Leave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Leave(eventData.Context);

    private void Leave(DbContext? context)
    {
        if (context is not null && saving.TryRemove(context, out var turn)) turn.Dispose();
    }

    // ---- a statement that writes on its own ----

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (OwnWrite(command, eventData)) Hold(eventData, await gate.EnterAsync(ct));
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (OwnWrite(command, eventData)) Hold(eventData, gate.Enter());
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        if (OwnWrite(command, eventData)) Hold(eventData, await gate.EnterAsync(ct));
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (OwnWrite(command, eventData)) Hold(eventData, gate.Enter());
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
    {
        Release(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(eventData.CommandId);
        return result;
    }

    // A reader's statement has run by the time it is returned (SQLite steps to the first row).
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        Release(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Release(eventData.CommandId);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(eventData.CommandId);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.CommandId);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(eventData.CommandId);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken ct = default)
    {
        Release(eventData.CommandId);
        return Task.CompletedTask;
    }

    private readonly ConcurrentDictionary<Guid, IDisposable> statements = new();

    private void Hold(CommandEventData eventData, IDisposable turn) => statements[eventData.CommandId] = turn;

    private void Release(Guid commandId)
    {
        if (statements.TryRemove(commandId, out var turn)) turn.Dispose();
    }

    /// <summary>A write outside any SaveChanges or transaction (those hold their own turn, or are start-up's migrations).</summary>
    private bool OwnWrite(DbCommand command, CommandEventData eventData)
    {
        if (command.Transaction is not null) return false;
        if (eventData.Context is { } context && saving.ContainsKey(context)) return false;
        var sql = command.CommandText.AsSpan().TrimStart();
        return !(sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase));
    }
}
