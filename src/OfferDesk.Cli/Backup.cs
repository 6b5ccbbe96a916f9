using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace OfferDesk.Cli;

/// <summary>
/// <c>offerdesk backup</c> and <c>offerdesk restore</c> for the web app's SQLite database. Both use
/// SQLite's online backup, so the app may keep running: a backup is a consistent snapshot even
/// mid-write, and a restore replaces the live database in one step that readers never see half done.
/// </summary>
public static class Backup
{
    /// <summary>Where the web app keeps its database when none is configured (kept in step with OfferDesk.Data.Database).</summary>
    public static string DefaultDatabase()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "OfferDesk", "offerdesk.db");
    }

    private static Option<string> DbOption() => new("--db")
    {
        Description = "The web app's SQLite database file. Default: the app's own default location.",
        DefaultValueFactory = _ => DefaultDatabase(),
    };

    public static Command BackupCommand()
    {
        var output = new Argument<string>("OUT") { Description = "The backup file to write (must not exist)." };
        var db = DbOption();
        var cmd = new Command("backup", "Copy the live SQLite database to a consistent backup file.") { output, db };
        cmd.SetAction(r =>
        {
            var (source, target) = (r.GetValue(db)!, r.GetValue(output)!);
            if (!File.Exists(source)) return Fail($"--db: {source}: no such database");
            if (File.Exists(target)) return Fail($"{target}: already exists; choose a new file name");
            // Checked before the database is opened: SQLite would only say "unable to open database file".
            var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
            if (!Directory.Exists(folder)) return Fail($"{target}: the folder {folder} does not exist; create it first or choose another. Nothing was written.");
            try
            {
                Copy(source, target, readOnlySource: true);
                if (Check(target) is { } problem)
                {
                    Discard(target);
                    return Fail($"{target}: the backup failed its integrity check ({problem}); no backup was kept");
                }
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                // A half-written or empty file must not look like a backup later.
                Discard(target);
                return Fail($"backup failed: {e.Message}; no backup file was left");
            }
            Console.Out.WriteLine($"Backed up {source} to {target} ({new FileInfo(target).Length / 1024} KB).");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command RestoreCommand()
    {
        var input = new Argument<string>("BACKUP") { Description = "A backup file made by 'offerdesk backup'." };
        var db = DbOption();
        var cmd = new Command("restore", "Replace the SQLite database with a backup.") { input, db };
        cmd.SetAction(r =>
        {
            var (backup, target) = (r.GetValue(input)!, r.GetValue(db)!);
            if (!File.Exists(backup)) return Fail($"{backup}: no such file");
            try
            {
                if (Check(backup) is { } problem) return Fail($"{backup}: not a sound OfferDesk backup ({problem}); nothing was changed");
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                // What the database being replaced has reached, so the restored one starts past it.
                var liveVersion = File.Exists(target) ? HighestVersion(target) : 0;
                Copy(backup, target, readOnlySource: true);
                AfterRestore(target, liveVersion);
            }
            catch (SqliteException e)
            {
                return Fail($"restore failed: {e.Message}");
            }
            Console.Out.WriteLine($"Restored {target} from {backup}.");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>
    /// Makes a restored database safe to serve. Every account's security stamp is renewed, so no
    /// session or bearer token from before the restore is accepted (the backup holds the stamps of
    /// its day, which would let a session that was signed out since come back to life). Every
    /// search's version is moved past the highest the replaced database had reached, so a
    /// version a running app cached, or an ETag a client holds, never names restored data.
    /// </summary>
    private static void AfterRestore(string path, long liveVersion)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var tx = c.BeginTransaction();
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT \"Id\" FROM \"AspNetUsers\"";
        var users = new List<string>();
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) users.Add(reader.GetString(0));
        cmd.CommandText = "UPDATE \"AspNetUsers\" SET \"SecurityStamp\" = $stamp, \"ConcurrencyStamp\" = $concurrency WHERE \"Id\" = $id";
        var stamp = cmd.Parameters.Add("$stamp", SqliteType.Text);
        var concurrency = cmd.Parameters.Add("$concurrency", SqliteType.Text);
        var id = cmd.Parameters.Add("$id", SqliteType.Text);
        foreach (var user in users)
        {
            stamp.Value = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            concurrency.Value = Guid.NewGuid().ToString();
            id.Value = user;
            cmd.ExecuteNonQuery();
        }
        cmd.Parameters.Clear();
        cmd.CommandText = "UPDATE \"Searches\" SET \"Version\" = \"Version\" + $shift";
        cmd.Parameters.AddWithValue("$shift", Math.Max(liveVersion, HighestVersion(c)) + 1);
        cmd.ExecuteNonQuery();
        tx.Commit();
    }

    private static long HighestVersion(string path)
    {
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            return HighestVersion(c);
        }
        catch (SqliteException)
        {
            return 0; // not a database we can read: nothing to stay ahead of
        }
    }

    private static long HighestVersion(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT coalesce(max(\"Version\"), 0) FROM \"Searches\"";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static void Discard(string path)
    {
        foreach (var f in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
            try { File.Delete(f); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static void Copy(string source, string target, bool readOnlySource)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = source, Mode = readOnlySource ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite, Pooling = false,
        }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    /// <summary>Null when the file is a sound SQLite database holding OfferDesk's tables, else what is wrong.</summary>
    private static string? Check(string path)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        var result = cmd.ExecuteScalar() as string;
        if (result != "ok") return result ?? "no answer";
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('Searches', 'AspNetUsers')";
        return Convert.ToInt64(cmd.ExecuteScalar()) == 2 ? null : "it has no OfferDesk tables";
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
