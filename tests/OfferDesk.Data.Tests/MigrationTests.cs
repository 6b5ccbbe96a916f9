using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data.Tests.Infrastructure;
using OfferDesk.Testing;
using Xunit.Abstractions;

namespace OfferDesk.Data.Tests;

/// <summary>
/// The hand-written migration must build exactly the schema EF's model describes, on both
/// providers: a database migrated from empty is compared with one made by EnsureCreated.
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

    /// <summary>
    /// EnsureCreated from the model as the app builds it: the context registered by
    /// AddOfferDeskDb, with Identity's stores (whose options can change the Identity tables).
    /// </summary>
    private static async Task EnsureCreatedAsTheAppConfiguresItAsync(DatabaseProvider provider, string connectionString)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:OfferDesk"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddOfferDeskDb(config);
        services.AddIdentityCore<IdentityUser>().AddEntityFrameworkStores<OfferDeskDb>();
        await using var provided = services.BuildServiceProvider();
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
