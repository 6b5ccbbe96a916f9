using System.Data.Common;
using OfferDesk.Data;

namespace OfferDesk.Web.Infrastructure;

/// <summary>Why the app will not start, in one line a person can act on.</summary>
public sealed class StartupRefusal(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Whether the database can be used by this release: reachable, not upgraded by a newer
/// release, and writable. Asked at start-up (the app refuses to start otherwise, rather than
/// answering "healthy" and then failing every save) and by <c>/health</c>.
/// </summary>
public static class DatabaseCheck
{
    /// <summary>Null when the database is fine, else what is wrong, in one line.</summary>
    public static string? Problem(DatabaseTarget target)
    {
        try
        {
            using var connection = target.Connect();
            connection.Open();
            var newer = AppliedMigrations(connection).Where(id => !Database.KnownMigrations(target.Provider).Contains(id)).ToList();
            if (newer.Count > 0)
                return $"the database was upgraded by a newer OfferDesk release (it has migration {newer[^1]}, which this release does not know): run that release, or restore a backup made with this one";
            if (WriteProblem(connection) is { } write) return write;
            return null;
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or ArgumentException)
        {
            return $"the database cannot be opened: {OneLine(e.Message)}";
        }
    }

    /// <summary>Applied migration ids; none when the database is new (no history table yet).</summary>
    private static List<string> AppliedMigrations(DbConnection connection)
    {
        var ids = new List<string>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = connection is Microsoft.Data.Sqlite.SqliteConnection
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'"
            : "SELECT count(*) FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory' AND table_schema = current_schema()";
        if (Convert.ToInt64(cmd.ExecuteScalar()) == 0) return ids;
        cmd.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    // Creating a table inside a transaction that is rolled back writes nothing, but is refused by
    // a read-only file, folder, mount, role or server alike.
    private static string? WriteProblem(DbConnection connection)
    {
        using var tx = connection.BeginTransaction();
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "CREATE TABLE \"__offerdesk_write_check\" (\"x\" INTEGER)";
            cmd.ExecuteNonQuery();
            return null;
        }
        catch (DbException e)
        {
            return $"the database is read-only, so nothing could be saved: {OneLine(e.Message)}";
        }
        finally
        {
            try { tx.Rollback(); } catch (DbException) { }
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}

/// <summary>
/// The database check behind <c>/health</c>, asked at most every few seconds: a load balancer
/// polling every second should not make the database create and roll back a table each time.
/// </summary>
public sealed class DatabaseHealth(DatabaseTarget target, TimeProvider clock, SqliteWriteGate gate)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    private (DateTimeOffset At, string? Problem)? _last;

    public string? Problem()
    {
        var now = clock.GetUtcNow();
        if (_last is { } last && now - last.At < Fresh && now >= last.At) return last.Problem;
        // Its trial write queues with the app's other SQLite writers, like every write.
        string? problem;
        using (target.Provider == DatabaseProvider.Sqlite ? gate.Enter() : null)
            problem = DatabaseCheck.Problem(target);
        _last = (now, problem);
        return problem;
    }
}
