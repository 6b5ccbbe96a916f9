using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data.Tests.Infrastructure;
using OfferDesk.Testing;
using Xunit.Abstractions;

namespace OfferDesk.Data.Tests;

/// <summary>
/// The generated migrations, on both providers: a database migrated from empty is compared with
/// one made by EnsureCreated; the model has no change without a migration; and a database made by
/// an earlier release (its SQL kept in Legacy/) opens, keeps its data and is up to date.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MigrationTests(ProviderDatabases dbs, ITestOutputHelper output) : IClassFixture<ProviderDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task Migrating_an_empty_database_gives_the_schema_of_the_model(DatabaseProvider provider)
    {
        var migratedCs = await dbs.NewEmptyAsync(provider, "migrated");
        var createdCs = await dbs.NewEmptyAsync(provider, "created");
        await using (var db = ProviderDatabases.Open(provider, migratedCs)) Database.Migrate(db);
        await EnsureCreatedAsTheAppConfiguresItAsync(provider, createdCs);

        var migrated = await Schema.ReadAsync(provider, migratedCs);
        var model = await Schema.ReadAsync(provider, createdCs);
        output.WriteLine($"{provider} schema of the model ({model.Count} facts):\n  {string.Join("\n  ", model)}");

        model.ShouldContain("table Searches");
        model.ShouldContain("table ProtectionKeys");
        model.ShouldContain("table AspNetUsers");
        var onlyMigrated = migrated.Except(model).ToList();
        var onlyModel = model.Except(migrated).ToList();
        (onlyMigrated.Count + onlyModel.Count).ShouldBe(0,
            $"the migrated schema differs from the model's:\n  only in the migrated database:\n    {string.Join("\n    ", onlyMigrated)}" +
            $"\n  only in the model (EnsureCreated):\n    {string.Join("\n    ", onlyModel)}");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_model_has_no_change_that_lacks_a_migration(DatabaseProvider provider)
    {
        // No connection is made: the snapshot of the provider's migrations is compared with the
        // model as the app builds it (Identity's options can change Identity's tables).
        var cs = provider == DatabaseProvider.Sqlite ? "Data Source=never-opened.db" : "Host=127.0.0.1;Database=never-opened";
        await using var provided = AppServices(provider, cs);
        await using var scope = provided.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfferDeskDb>();
        db.Database.GetMigrations().ShouldContain("20261122000001_Initial");
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model has changed since the last migration: add one to both migration sets (src/OfferDesk.Data/Migrations/README.md)");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_database_made_by_the_hand_written_first_migration_opens_up_to_date_with_its_data(DatabaseProvider provider)
    {
        var cs = await dbs.NewEmptyAsync(provider, "legacy");
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Legacy",
            $"20261122000001_Initial.{(provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres")}.sql"));
        var target = new DatabaseTarget(provider, cs);
        await using (var connection = target.Connect())
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = script;
            await cmd.ExecuteNonQueryAsync();
        }
        string userId;
        await using (var db = ProviderDatabases.Open(provider, cs))
        {
            var user = new IdentityUser("kept@example.test") { NormalizedUserName = "KEPT@EXAMPLE.TEST" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            userId = user.Id;
            var saved = await new SearchStore(db, TimeProvider.System).SaveAsync(userId, OfferDesk.Core.Model.ExampleSearch.Create(new DateOnly(2026, 3, 10)), 0);
            saved.Outcome.ShouldBe(SaveOutcome.Saved);
        }

        // The start-up check finds exactly the migrations added since the first one, and applies them...
        var since = Database.KnownMigrations(provider).Where(id => id != "20261122000001_Initial").ToList();
        await using (var db = ProviderDatabases.Open(provider, cs))
            (await db.Database.GetPendingMigrationsAsync()).ShouldBe(since);
        Database.IsUpToDate(target).ShouldBe(since.Count == 0);
        var migrated = false;
        Database.MigrateIfNeeded(target, () => { migrated = true; return ProviderDatabases.Open(provider, cs); });
        migrated.ShouldBe(since.Count > 0);

        // ...and EF agrees, the schema is the model's, and the user's search reads back.
        await using (var db = ProviderDatabases.Open(provider, cs))
        {
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            var stored = await new SearchStore(db, TimeProvider.System).LoadAsync(userId);
            stored.Version.ShouldBe(1);
            stored.Pipeline.Opportunities.ShouldNotBeEmpty();
        }
        var createdCs = await dbs.NewEmptyAsync(provider, "legacy-model");
        await EnsureCreatedAsTheAppConfiguresItAsync(provider, createdCs);
        (await Schema.ReadAsync(provider, cs)).ShouldBe(await Schema.ReadAsync(provider, createdCs));
    }

    private static ServiceProvider AppServices(DatabaseProvider provider, string connectionString)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:OfferDesk"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddOfferDeskDb(config);
        services.AddIdentityCore<IdentityUser>().AddEntityFrameworkStores<OfferDeskDb>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// EnsureCreated from the model as the app builds it: the context registered by
    /// AddOfferDeskDb, with Identity's stores (whose options can change the Identity tables).
    /// </summary>
    private static async Task EnsureCreatedAsTheAppConfiguresItAsync(DatabaseProvider provider, string connectionString)
    {
        await using var provided = AppServices(provider, connectionString);
        await using var scope = provided.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfferDeskDb>();
        (await db.Database.EnsureCreatedAsync()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task After_migrating_nothing_is_pending_and_migrating_again_changes_nothing(DatabaseProvider provider)
    {
        var cs = await dbs.NewEmptyAsync(provider, "twice");
        await using (var db = ProviderDatabases.Open(provider, cs))
        {
            (await db.Database.GetPendingMigrationsAsync()).ShouldNotBeEmpty();
            Database.Migrate(db);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(db.Database.GetMigrations());
            db.Users.Add(new IdentityUser("kept@example.test") { Id = "kept" });
            await db.SaveChangesAsync();
        }
        var before = await Schema.ReadAsync(provider, cs);

        await using (var db = ProviderDatabases.Open(provider, cs))
        {
            Database.Migrate(db);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
            (await db.Users.SingleAsync()).Id.ShouldBe("kept");
        }
        (await Schema.ReadAsync(provider, cs)).ShouldBe(before);
    }
}
