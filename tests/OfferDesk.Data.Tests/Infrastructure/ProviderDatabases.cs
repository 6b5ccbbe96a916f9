using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OfferDesk.Testing;

namespace OfferDesk.Data.Tests.Infrastructure;

/// <summary>
/// A class fixture: one migrated database per provider for the test class (a SQLite file in a
/// temp dir, and a fresh PostgreSQL database), and more empty ones on request. The PostgreSQL
/// side is left alone when those tests are skipped.
/// </summary>
public sealed class ProviderDatabases(PostgresServer server) : IAsyncLifetime
{
    private readonly string sqliteDir = Directory.CreateTempSubdirectory("offerdesk-data-tests-").FullName;
    private readonly PostgresDatabase postgres = new(server);
    private readonly List<string> extraPostgres = [];
    private string? sqlite;

    public async Task InitializeAsync()
    {
        sqlite = NewSqliteFile("class");
        await using (var db = Open(DatabaseProvider.Sqlite, sqlite)) Database.Migrate(db);
        await postgres.InitializeAsync();
        if (PostgresServer.SkipReason is null)
        {
            await using var db = Open(DatabaseProvider.Postgres, postgres.ConnectionString);
            Database.Migrate(db);
        }
    }

    /// <summary>The connection string of the class's migrated database for the provider.</summary>
    public string ConnectionString(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? sqlite ?? throw new InvalidOperationException("not initialized")
        : postgres.ConnectionString;

    /// <summary>A new context on the class's migrated database.</summary>
    public OfferDeskDb Open(DatabaseProvider provider) => Open(provider, ConnectionString(provider));

    /// <summary>A connection string to a new, empty database (no file yet, for SQLite).</summary>
    public async Task<string> NewEmptyAsync(DatabaseProvider provider, string label)
    {
        if (provider == DatabaseProvider.Sqlite) return NewSqliteFile(label);
        var cs = await server.CreateDatabaseAsync(label);
        lock (extraPostgres) extraPostgres.Add(cs);
        return cs;
    }

    public static OfferDeskDb Open(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<OfferDeskDb>();
        Database.Configure(options, provider, connectionString);
        return new OfferDeskDb(options.Options);
    }

    /// <summary>Adds a plain Identity user (the searches' foreign key needs one) and returns its id.</summary>
    public async Task<string> NewUserAsync(DatabaseProvider provider)
    {
        await using var db = Open(provider);
        var name = $"user-{Guid.NewGuid():N}@example.test";
        var user = new IdentityUser(name) { NormalizedUserName = name.ToUpperInvariant(), Email = name, NormalizedEmail = name.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async Task DisposeAsync()
    {
        string[] extra;
        lock (extraPostgres) extra = [.. extraPostgres];
        foreach (var cs in extra) await server.DropDatabaseAsync(cs);
        await postgres.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(sqliteDir, recursive: true); } catch (IOException) { }
    }

    private string NewSqliteFile(string label) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(sqliteDir, $"{label}-{Guid.NewGuid():N}.db"),
    }.ToString();
}
