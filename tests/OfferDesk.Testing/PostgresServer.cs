// A PostgreSQL server for tests, in the shared test-support project (tests/OfferDesk.Testing):
// a test project references that project to use it.
//
// Where the server comes from:
//   1. env OFFERDESK_TEST_PG holds a connection string (its user must be allowed to CREATE DATABASE);
//   2. else, when /usr/lib/postgresql/*/bin/initdb exists and the process runs as root, a throw-away
//      server is started in a temp dir (initdb as user postgres, pg_ctl on a free 127.0.0.1 port,
//      socket dir inside the temp dir) and stopped and deleted when the test collection ends (or at
//      process exit, or at the next run if this one was killed);
//   3. else PostgreSQL is unavailable: tests marked [PostgresFact], [PostgresTheory] or rows given
//      by [PostgresInlineData] are skipped with the reason, unless env CI=true, in which case they
//      run and fail with a message saying why.
//
// Use: put the test class in the collection and take a fresh database per class:
//
//   [Collection(PostgresServer.CollectionName)]
//   public sealed class MyTests(PostgresDatabase pg) : IClassFixture<PostgresDatabase>
//   {
//       [PostgresFact] public void Works() => Use(pg.ConnectionString);
//   }
//
// or call PostgresServer.CreateDatabaseAsync() for more empty databases.
#nullable enable

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using Xunit;
using Xunit.Sdk;

namespace OfferDesk.Testing;

/// <summary>
/// The PostgreSQL server of a test run: an xunit collection fixture (see
/// <see cref="PostgresCollection"/>). Nothing is started when the tests are to be skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string CollectionName = "PostgreSQL";
    public const string ConnectionStringVariable = "OFFERDESK_TEST_PG";
    private const string TempPrefix = "offerdesk-pg-";

    private static readonly Lazy<Availability> availability = new(Probe);

    private readonly List<string> databases = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnectionStringBuilder? admin;
    private string? tempDir;
    private string? binDir;
    private bool initialized;

    /// <summary>Why PostgreSQL cannot be had here, or null when it can.</summary>
    public static string? UnavailableReason => availability.Value.Reason;

    /// <summary>True when env CI is "true": PostgreSQL tests then fail instead of skipping.</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reason to skip PostgreSQL tests, or null when they are to run.</summary>
    public static string? SkipReason => UnavailableReason is { } why && !Required
        ? $"PostgreSQL is unavailable: {why}. Set {ConnectionStringVariable} to a connection string, or install PostgreSQL " +
          "(scripts/pg-test) and run as root. With CI=true these tests fail instead of skipping."
        : null;

    /// <summary>A connection string to the server's maintenance database ("postgres" unless the variable names another).</summary>
    public string AdminConnectionString => Admin().ConnectionString;

    /// <summary>True when this run started (and will stop) the server itself.</summary>
    public bool IsThrowAway => tempDir is not null;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        await EnsureStartedAsync();
    }

    /// <summary>
    /// Creates an empty database with a unique name and returns its connection string. The name
    /// starts with <paramref name="label"/> (letters and digits only, lower-cased).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string label = "test", CancellationToken ct = default)
    {
        await EnsureStartedAsync();
        var clean = new string([.. label.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9')]);
        if (clean.Length > 30) clean = clean[..30];
        var name = $"od_{clean}_{Guid.NewGuid():N}"; // at most 3 + 30 + 1 + 32 = 66 characters
        if (name.Length > 63) name = name[..63];
        await using (var conn = new NpgsqlConnection(Admin().ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        lock (databases) databases.Add(name);
        return new NpgsqlConnectionStringBuilder(Admin().ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing any connection to it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (name is null || admin is null) return;
        lock (databases) if (!databases.Remove(name)) return;
        await using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (admin is null) return;
        if (tempDir is null)
        {
            // Someone else's server: leave it as it was found.
            string[] left;
            lock (databases) left = [.. databases];
            foreach (var name in left)
                await DropDatabaseAsync(new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name }.ConnectionString);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            StopAndDelete(tempDir, binDir!, "fast");
            tempDir = null;
        }
        admin = null;
        initialized = false;
    }

    private NpgsqlConnectionStringBuilder Admin() =>
        admin ?? throw new InvalidOperationException("The PostgreSQL server is not started: call InitializeAsync (the collection fixture does) first.");

    private async Task EnsureStartedAsync()
    {
        if (initialized) return;
        await gate.WaitAsync();
        try
        {
            if (initialized) return;
            var found = availability.Value;
            if (found.Reason is { } why)
                throw new InvalidOperationException(
                    (Required ? $"PostgreSQL is required (CI=true) but unavailable: {why}. " : $"PostgreSQL is unavailable: {why} (mark the test [PostgresFact], [PostgresTheory] or [PostgresInlineData] to skip it). ") +
                    $"Run scripts/pg-test as root to install it, or set {ConnectionStringVariable} to a connection string.");
            if (found.ConnectionString is { } given)
            {
                var cs = new NpgsqlConnectionStringBuilder(given);
                if (string.IsNullOrEmpty(cs.Database)) cs.Database = "postgres";
                await CheckAsync(cs.ConnectionString, $"{ConnectionStringVariable} does not connect");
                admin = cs;
            }
            else
            {
                await StartThrowAwayAsync(found.BinDir!);
            }
            initialized = true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task StartThrowAwayAsync(string bin)
    {
        RemoveLeftovers(bin);
        var dir = Path.Combine(Path.GetTempPath(), $"{TempPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..(TempPrefix.Length + 20)]);
        Directory.CreateDirectory(dir);
        binDir = bin;
        tempDir = dir;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            Run("chown", ["postgres:postgres", dir]);
            var data = Path.Combine(dir, "data");
            AsPostgres($"{Q(Path.Combine(bin, "initdb"))} -D {Q(data)} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
            Exception? last = null;
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var port = FreePort();
                try
                {
                    AsPostgres($"{Q(Path.Combine(bin, "pg_ctl"))} -D {Q(data)} -o {Q($"-p {port} -k {dir} -c listen_addresses=127.0.0.1")} " +
                               $"-l {Q(Path.Combine(dir, "log"))} -w start");
                }
                catch (InvalidOperationException e)
                {
                    // Most likely someone took the port between our probe and the start: try another.
                    last = new InvalidOperationException($"{e.Message}\nserver log:\n{ReadLog(dir)}", e);
                    continue;
                }
                var cs = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres",
                };
                await CheckAsync(cs.ConnectionString, "the throw-away server started but does not connect");
                admin = cs;
                return;
            }
            throw new InvalidOperationException($"could not start a throw-away PostgreSQL in {dir}", last);
        }
        catch
        {
            StopAndDelete(dir, bin, "immediate");
            tempDir = null;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            throw;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // Safety net for a run that ends without disposing the collection fixture.
        if (tempDir is { } dir && binDir is { } bin) StopAndDelete(dir, bin, "immediate");
        tempDir = null;
    }

    /// <summary>Stops and deletes throw-away servers left by earlier runs whose process is gone.</summary>
    private static void RemoveLeftovers(string bin)
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), TempPrefix + "*"))
        {
            var rest = Path.GetFileName(dir)[TempPrefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (pid == Environment.ProcessId || ProcessAlive(pid)) continue;
            try { StopAndDelete(dir, bin, "immediate"); } catch (Exception) { /* best effort */ }
        }
    }

    private static bool ProcessAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void StopAndDelete(string dir, string bin, string mode)
    {
        var data = Path.Combine(dir, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try { AsPostgres($"{Q(Path.Combine(bin, "pg_ctl"))} -D {Q(data)} -m {mode} -w stop"); }
            catch (InvalidOperationException) { /* already stopped */ }
        }
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task CheckAsync(string connectionString, string what)
    {
        try
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or SocketException)
        {
            throw new InvalidOperationException($"{what}: {e.Message}", e);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    private static string ReadLog(string dir)
    {
        try { return File.ReadAllText(Path.Combine(dir, "log")); }
        catch (IOException) { return "(no log)"; }
    }

    private static string Q(string s) => "'" + s.Replace("'", "'\\''") + "'";

    private static void AsPostgres(string command) => Run("su", ["postgres", "-c", command]);

    private static void Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not run {file}");
        var output = new StringBuilder();
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not finish in 2 minutes");
        }
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {p.ExitCode}:\n{output}");
    }

    private sealed record Availability(string? Reason, string? ConnectionString, string? BinDir);

    private static Availability Probe()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(given)) return new Availability(null, given, null);
        if (!OperatingSystem.IsLinux()) return new Availability($"{ConnectionStringVariable} is not set and this is not Linux", null, null);
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")) && File.Exists(Path.Combine(x.Dir, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault()
            : null;
        if (bin is null) return new Availability($"{ConnectionStringVariable} is not set and no /usr/lib/postgresql/*/bin/initdb was found", null, null);
        if (Environment.UserName != "root") return new Availability($"{ConnectionStringVariable} is not set and a throw-away server needs root (to run initdb as user postgres)", null, null);
        return new Availability(null, null, bin);
    }
}

/// <summary>
/// The collection whose fixture is the <see cref="PostgresServer"/>. xunit finds collection
/// definitions only in the test assembly itself, so each test project derives its own:
/// <c>[CollectionDefinition(PostgresServer.CollectionName)] public sealed class PostgresCollection : PostgresCollectionBase;</c>
/// </summary>
public abstract class PostgresCollectionBase : ICollectionFixture<PostgresServer>;

/// <summary>
/// A fresh, empty database for one test class (an xunit class fixture; the class must be in the
/// <see cref="PostgresServer.CollectionName"/> collection). Dropped when the class is done.
/// Nothing is created when PostgreSQL tests are skipped.
/// </summary>
public sealed class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private string? connectionString;

    public PostgresServer Server => server;

    public string ConnectionString => connectionString
        ?? throw new InvalidOperationException(PostgresServer.SkipReason ?? "the database is not created yet");

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null) return;
        connectionString = await server.CreateDatabaseAsync("class");
    }

    public async Task DisposeAsync()
    {
        if (connectionString is not null) await server.DropDatabaseAsync(connectionString);
        connectionString = null;
    }
}

/// <summary>A fact that is skipped, with the reason, when PostgreSQL is unavailable and CI is not "true".</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason is { } why) Skip = why;
    }
}

/// <summary>A theory that is skipped, with the reason, when PostgreSQL is unavailable and CI is not "true".</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason is { } why) Skip = why;
    }
}

/// <summary>
/// Like <see cref="InlineDataAttribute"/>, but the row is skipped, with the reason, when
/// PostgreSQL is unavailable and CI is not "true". For theories with one row per provider.
/// </summary>
public sealed class PostgresInlineDataAttribute : DataAttribute
{
    private readonly object[] data;

    public PostgresInlineDataAttribute(params object[] data)
    {
        this.data = data;
        if (PostgresServer.SkipReason is { } why) Skip = why;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [data];
}
