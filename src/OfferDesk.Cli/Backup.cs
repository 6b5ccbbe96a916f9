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
            try
            {
                Copy(source, target, readOnlySource: true);
                if (Check(target) is { } problem) return Fail($"{target}: the backup failed its integrity check ({problem})");
            }
            catch (SqliteException e)
            {
                return Fail($"backup failed: {e.Message}");
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
                Copy(backup, target, readOnlySource: true);
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
