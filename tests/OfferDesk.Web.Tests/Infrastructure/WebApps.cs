namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// A class fixture: the app once on SQLite and once on a fresh PostgreSQL database, shared by the
/// tests of one class (each test signs up its own user). The PostgreSQL app exists only when
/// PostgreSQL tests are to run (see <see cref="PostgresServer.SkipReason"/>). The class must be in
/// the <see cref="PostgresServer.CollectionName"/> collection. Passwords are hashed with few
/// rounds (<see cref="OfferDeskFactory.FastPasswordHashing"/>): most tests sign up a user.
/// </summary>
public sealed class WebApps(PostgresServer server) : IAsyncLifetime
{
    private OfferDeskFactory? sqlite;
    private OfferDeskFactory? postgres;
    private string? postgresDatabase;

    /// <summary>The app on the provider a theory row names: "sqlite" or "postgres".</summary>
    public OfferDeskFactory this[string provider] => provider switch
    {
        "sqlite" => sqlite ?? throw new InvalidOperationException("not initialized"),
        "postgres" => postgres ?? throw new InvalidOperationException(PostgresServer.SkipReason ?? "PostgreSQL app not initialized"),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "use sqlite or postgres"),
    };

    public async Task InitializeAsync()
    {
        sqlite = new OfferDeskFactory { FastPasswordHashing = true };
        if (PostgresServer.SkipReason is not null) return;
        postgresDatabase = await server.CreateDatabaseAsync("web");
        postgres = new OfferDeskFactory("postgres", postgresDatabase) { FastPasswordHashing = true };
    }

    public async Task DisposeAsync()
    {
        if (sqlite is not null) await sqlite.DisposeAsync();
        if (postgres is not null) await postgres.DisposeAsync();
        if (postgresDatabase is not null) await server.DropDatabaseAsync(postgresDatabase);
    }
}

/// <summary>The app on SQLite alone, for tests that touch no stored data.</summary>
public sealed class SqliteApp : IAsyncLifetime
{
    public OfferDeskFactory App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
