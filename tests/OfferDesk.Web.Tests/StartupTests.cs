using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The app refuses to start on a database it cannot use (read-only, upgraded by a newer release,
/// not a database), with one clear line and no stack trace, instead of claiming health and then
/// failing every save; /health says when the database has become unusable since.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class StartupTests(PostgresServer server) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("offerdesk-startup-").FullName;

    /// <summary>A migrated SQLite database made by starting the app once.</summary>
    private async Task<string> MigratedSqliteAsync()
    {
        var file = Path.Combine(_dir, $"{Guid.NewGuid():N}.db");
        await using (var app = new OfferDeskFactory("sqlite", $"Data Source={file}"))
            (await app.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        SqliteConnection.ClearAllPools();
        return file;
    }

    /// <summary>Starts the built web app as a process, as an operator would, and waits for it to give up.</summary>
    private static (int Exit, string Stderr, string Stdout) Start(string provider, string connectionString)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "OfferDesk.Web.dll");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(dll);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // As in every test host: settings read once, no inotify instance (see OfferDeskFactory).
        psi.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        psi.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        psi.Environment["Database__Provider"] = provider;
        psi.Environment["ConnectionStrings__OfferDesk"] = connectionString;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException("the app started (or hung) on a database it cannot use, instead of refusing");
        }
        return (process.ExitCode, stderr.Result, stdout.Result);
    }

    private static void ShouldRefuseWithOneLine((int Exit, string Stderr, string Stdout) run, string because)
    {
        run.Exit.ShouldNotBe(0);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(1, run.Stderr);
        lines[0].ShouldStartWith("OfferDesk cannot start: ");
        lines[0].ShouldContain(because, Case.Insensitive);
        (run.Stderr + run.Stdout).ShouldNotContain("   at ");
        (run.Stderr + run.Stdout).ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task AReadOnlySqliteDatabaseIsRefusedWithOneLine()
    {
        var file = await MigratedSqliteAsync();
        ShouldRefuseWithOneLine(Start("sqlite", $"Data Source={file};Mode=ReadOnly"), "read-only");
    }

    [Fact]
    public async Task ASqliteDatabaseFromANewerReleaseIsRefusedWithOneLine()
    {
        var file = await MigratedSqliteAsync();
        using (var c = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromANewerRelease', '99.0.0')";
            cmd.ExecuteNonQuery();
        }
        ShouldRefuseWithOneLine(Start("sqlite", $"Data Source={file}"), "newer OfferDesk release");
    }

    [Fact]
    public void AFileThatIsNotADatabaseIsRefusedWithOneLine()
    {
        var file = Path.Combine(_dir, "garbage.db");
        File.WriteAllText(file, new string('x', 8192));
        ShouldRefuseWithOneLine(Start("sqlite", $"Data Source={file}"), "cannot be opened");
    }

    [PostgresFact]
    public async Task AReadOnlyPostgresDatabaseIsRefusedAndHealthSaysSoOnceItTurnsReadOnly()
    {
        var database = await server.CreateDatabaseAsync("readonly");
        try
        {
            await using (var app = new OfferDeskFactory("postgres", database))
            {
                var client = app.CreateClient();
                (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
                await SetReadOnlyAsync(database, true);
                // /health asks the database at most every 5 seconds (on the app's clock).
                app.Clock.Now += TimeSpan.FromSeconds(6);
                var health = await client.GetAsync("/health");
                health.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
                (await health.Content.ReadAsStringAsync()).ShouldContain("read-only");
            }
            ShouldRefuseWithOneLine(Start("postgres", database), "read-only");
        }
        finally
        {
            await SetReadOnlyAsync(database, false);
            await server.DropDatabaseAsync(database);
        }
    }

    private async Task SetReadOnlyAsync(string database, bool on)
    {
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync();
        await using var cmd = admin.CreateCommand();
        cmd.CommandText = $"ALTER DATABASE \"{name}\" SET default_transaction_read_only = {(on ? "on" : "off")}";
        await cmd.ExecuteNonQueryAsync();
        // Sessions take the setting when they start: drop the pooled ones.
        NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
