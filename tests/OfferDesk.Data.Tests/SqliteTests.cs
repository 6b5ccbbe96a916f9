using Microsoft.Data.Sqlite;
using OfferDesk.Data.Tests.Infrastructure;

namespace OfferDesk.Data.Tests;

public sealed class SqliteTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("offerdesk-sqlite-tests-").FullName;

    [Fact]
    public void Migrate_puts_SQLite_in_write_ahead_logging_mode()
    {
        var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dir, "wal.db") }.ToString();
        using (var db = ProviderDatabases.Open(DatabaseProvider.Sqlite, cs)) Database.Migrate(db);

        // WAL is a property of the file: a new connection sees it.
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder(cs) { Pooling = false }.ToString());
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode;";
        (cmd.ExecuteScalar() as string).ShouldBe("wal");
        File.Exists(Path.Combine(dir, "wal.db-wal")).ShouldBeTrue();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
