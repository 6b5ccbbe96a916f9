using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OfferDesk.Core.Model;
using OfferDesk.Data;

namespace OfferDesk.Cli.Tests;

/// <summary>offerdesk backup and restore on a real, migrated OfferDesk database, through the real process.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("offerdesk-backup-").FullName;

    private string DbPath => Path.Combine(_dir, "live.db");

    private OfferDeskDb Open()
    {
        var options = new DbContextOptionsBuilder<OfferDeskDb>();
        Database.Configure(options, DatabaseProvider.Sqlite, $"Data Source={DbPath};Pooling=False");
        return new OfferDeskDb(options.Options);
    }

    private async Task SeedAsync(string userId, string company)
    {
        await using var db = Open();
        Database.Migrate(db);
        db.Users.Add(new IdentityUser { Id = userId, UserName = $"{userId}@example.test", Email = $"{userId}@example.test" });
        await db.SaveChangesAsync();
        var store = new SearchStore(db, TimeProvider.System);
        var pipeline = ExampleSearch.Create(new DateOnly(2026, 3, 10));
        pipeline.Opportunities[0].Company = company;
        (await store.SaveAsync(userId, pipeline, 0)).Outcome.ShouldBe(SaveOutcome.Saved);
    }

    /// <summary>Every row of every table, as text, so two databases can be compared whole.</summary>
    private static List<string> Dump(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        var tables = new List<string>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        var rows = new List<string>();
        foreach (var t in tables)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\"";
            using var r = cmd.ExecuteReader();
            var table = new List<string>();
            while (r.Read())
                table.Add(t + ": " + string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            table.Sort(StringComparer.Ordinal);
            rows.AddRange(table);
        }
        return rows;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "offerdesk.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(cli);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60_000).ShouldBeTrue("offerdesk did not finish in a minute");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public async Task ARestoredBackupEqualsTheOriginal()
    {
        await SeedAsync("alice", "Northwind Traders");
        var original = Dump(DbPath);
        var backup = Path.Combine(_dir, "backup.db");

        var made = Run("backup", backup, "--db", DbPath);
        made.Exit.ShouldBe(0, made.Err);
        Dump(backup).ShouldBe(original);

        // Later changes are lost by a restore, by design: the database returns to the backup.
        await SeedAsync("bob", "Someone Else");
        Dump(DbPath).ShouldNotBe(original);

        var liveVersions = Versions(DbPath);
        var restored = Run("restore", backup, "--db", DbPath);
        restored.Exit.ShouldBe(0, restored.Err);
        // The data is the backup's; only the stamps and versions moved on (see the next test).
        Without(Dump(DbPath), "AspNetUsers", "Searches").ShouldBe(Without(original, "AspNetUsers", "Searches"));
        Documents(DbPath).ShouldBe(Documents(backup));
        Scalar(DbPath, "SELECT group_concat(\"Id\" || ' ' || \"Email\" || ' ' || \"PasswordHash\", ',') FROM \"AspNetUsers\"")
            .ShouldBe(Scalar(backup, "SELECT group_concat(\"Id\" || ' ' || \"Email\" || ' ' || \"PasswordHash\", ',') FROM \"AspNetUsers\""));
        Versions(DbPath).Values.Min().ShouldBeGreaterThan(liveVersions.Values.Max());
    }

    [Fact]
    public async Task ARestoreRenewsEverySecurityStampAndMovesEveryVersionPastTheReplacedDatabase()
    {
        await SeedAsync("alice", "Northwind Traders");
        var backup = Path.Combine(_dir, "stamps.db");
        Run("backup", backup, "--db", DbPath).Exit.ShouldBe(0);
        var stampsInBackup = Scalar(backup, "SELECT \"SecurityStamp\" FROM \"AspNetUsers\" WHERE \"Id\" = 'alice'");
        // Alice edits many times after the backup: the live version runs far ahead of the backup's.
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE \"Searches\" SET \"Version\" = 41";
            cmd.ExecuteNonQuery();
        }

        Run("restore", backup, "--db", DbPath).Exit.ShouldBe(0);

        Scalar(DbPath, "SELECT \"SecurityStamp\" FROM \"AspNetUsers\" WHERE \"Id\" = 'alice'").ShouldNotBe(stampsInBackup,
            "a session from before the restore (or one signed out since the backup) must not be accepted");
        Versions(DbPath)["alice"].ShouldBeGreaterThan(41, "a cached page or ETag of version 1..41 must not name the restored data");
    }

    [Fact]
    public void AFailedBackupLeavesNoFile()
    {
        File.WriteAllText(DbPath, "this is not a database at all, just some text that is long enough to read");
        var target = Path.Combine(_dir, "failed.db");

        var result = Run("backup", target, "--db", DbPath);

        result.Exit.ShouldBe(2);
        result.Err.ShouldContain("backup failed");
        result.Err.ShouldNotContain("   at ");
        File.Exists(target).ShouldBeFalse("an empty file would look like a backup later");
    }

    [Fact]
    public async Task ABackupIntoAMissingFolderNamesTheFolderAndLeavesNothingBehind()
    {
        await SeedAsync("alice", "Northwind Traders");
        var before = Directory.GetFiles(_dir).Order().ToList();
        var target = Path.Combine(_dir, "not-there", "backup.db");

        var result = Run("backup", target, "--db", DbPath);

        result.Exit.ShouldBe(2);
        result.Err.ShouldContain($"the folder {Path.Combine(_dir, "not-there")} does not exist");
        result.Err.ShouldNotContain("SQLite Error");
        Directory.Exists(Path.Combine(_dir, "not-there")).ShouldBeFalse();
        Directory.GetFiles(_dir).Order().ToList().ShouldBe(before, "no -wal or -shm file is left beside the database");
    }

    private static List<string> Without(List<string> rows, params string[] tables) =>
        [.. rows.Where(r => !tables.Any(t => r.StartsWith(t + ": ", StringComparison.Ordinal)))];

    private static string? Scalar(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Documents(string path) => Scalar(path, "SELECT group_concat(\"UserId\" || ' ' || \"Document\", ',') FROM (SELECT * FROM \"Searches\" ORDER BY \"UserId\")");

    private static Dictionary<string, long> Versions(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT \"UserId\", \"Version\" FROM \"Searches\"";
        using var r = cmd.ExecuteReader();
        var versions = new Dictionary<string, long>();
        while (r.Read()) versions[r.GetString(0)] = r.GetInt64(1);
        return versions;
    }

    [Fact]
    public async Task BackupOfALiveDatabaseInWalModeIsConsistent()
    {
        await SeedAsync("alice", "Northwind Traders");
        // Hold a writer open with uncommitted work: the backup must see only committed data.
        using var writer = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        writer.Open();
        using (var pragma = writer.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode";
            pragma.ExecuteScalar().ShouldBe("wal");
        }
        var committed = Dump(DbPath);
        using var tx = writer.BeginTransaction();
        using (var cmd = writer.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE Searches SET Version = Version + 100";
            cmd.ExecuteNonQuery();
        }
        var backup = Path.Combine(_dir, "live-backup.db");
        var made = Run("backup", backup, "--db", DbPath);
        made.Exit.ShouldBe(0, made.Err);
        Dump(backup).ShouldBe(committed);
        tx.Rollback();
    }

    [Fact]
    public void BackupRefusesToOverwriteAFile()
    {
        File.WriteAllText(Path.Combine(_dir, "exists.db"), "x");
        File.WriteAllText(DbPath, "");
        var result = Run("backup", Path.Combine(_dir, "exists.db"), "--db", DbPath);
        result.Exit.ShouldBe(2);
        result.Err.ShouldContain("already exists");
    }

    [Fact]
    public async Task RestoreRefusesAFileThatIsNotAnOfferDeskBackupAndChangesNothing()
    {
        await SeedAsync("alice", "Northwind Traders");
        var before = Dump(DbPath);
        var junk = Path.Combine(_dir, "junk.db");
        File.WriteAllText(junk, "this is not a database at all, just some text that is long enough");
        var result = Run("restore", junk, "--db", DbPath);
        result.Exit.ShouldBe(2);
        result.Err.ShouldNotContain("   at ");
        Dump(DbPath).ShouldBe(before);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
