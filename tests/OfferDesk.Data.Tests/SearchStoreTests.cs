using Microsoft.EntityFrameworkCore;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Data.Tests.Infrastructure;
using OfferDesk.Testing;

namespace OfferDesk.Data.Tests;

[Collection(PostgresServer.CollectionName)]
public sealed class SearchStoreTests(ProviderDatabases dbs) : IClassFixture<ProviderDatabases>
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static string Json(Pipeline p) => PipelineJson.Serialize(p, indented: false);

    private static SearchStore Store(OfferDeskDb db) => new(db, TimeProvider.System);

    private static Pipeline Renamed(string name)
    {
        var p = ExampleSearch.Create(Today);
        p.Candidate.Name = name;
        return p;
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_new_user_has_an_empty_search_at_version_0(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = Store(db);

        var loaded = await store.LoadAsync(user);
        loaded.Version.ShouldBe(0);
        loaded.Pipeline.Opportunities.ShouldBeEmpty();
        Json(loaded.Pipeline).ShouldBe(Json(new Pipeline()));
        (await store.VersionAsync(user)).ShouldBe(0);
        (await store.CalendarTokenAsync(user)).ShouldBeNull();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "notes")]
    [InlineData(DatabaseProvider.Sqlite, "half-pair")]
    [InlineData(DatabaseProvider.Sqlite, "control")]
    [PostgresInlineData(DatabaseProvider.Postgres, "notes")]
    [PostgresInlineData(DatabaseProvider.Postgres, "half-pair")]
    public async Task A_search_that_would_not_read_back_is_refused_and_nothing_changes(DatabaseProvider provider, string breakage)
    {
        var user = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = Store(db);
        (await store.SaveAsync(user, ExampleSearch.Create(Today), 0)).Outcome.ShouldBe(SaveOutcome.Saved);
        var before = await db.Searches.AsNoTracking().SingleAsync(s => s.UserId == user);

        // What a caller that skipped the rules could hand the store.
        var bad = ExampleSearch.Create(Today);
        bad.Opportunities[1].Notes = breakage switch
        {
            "notes" => new string('n', 20_001),
            "half-pair" => "broken \ud83d here",
            _ => "bell \u0007",
        };
        var result = await store.SaveAsync(user, bad, 1);

        result.Outcome.ShouldBe(SaveOutcome.Refused);
        result.Version.ShouldBe(1);
        result.Problems.ShouldHaveSingleItem().Path.ShouldBe("opportunities[1].notes");
        var after = await db.Searches.AsNoTracking().SingleAsync(s => s.UserId == user);
        (after.Document, after.Version).ShouldBe((before.Document, before.Version));
        (await store.LoadAsync(user)).Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_stored_search_that_no_longer_reads_is_reported_with_its_problems_and_kept_as_it_is(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = Store(db);
        (await store.SaveAsync(user, ExampleSearch.Create(Today), 0)).Outcome.ShouldBe(SaveOutcome.Saved);
        const string handEdited = """{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "maybe" } ] }""";
        await db.Searches.Where(s => s.UserId == user).ExecuteUpdateAsync(u => u.SetProperty(s => s.Document, handEdited));

        var thrown = await Should.ThrowAsync<UnreadableSearchException>(() => store.LoadAsync(user));
        thrown.Problems.ShouldHaveSingleItem().Path.ShouldBe("opportunities[0].stage");
        var raw = (await store.LoadRawAsync(user)).ShouldNotBeNull();
        raw.Document.ShouldBe(handEdited);
        raw.Version.ShouldBe(1);
        raw.Problems.ShouldHaveSingleItem().Path.ShouldBe("opportunities[0].stage");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_saved_search_loads_back_unchanged(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        var example = ExampleSearch.Create(Today);
        await using (var db = dbs.Open(provider))
            (await Store(db).SaveAsync(user, example, 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 1));

        await using (var db = dbs.Open(provider))
        {
            var store = Store(db);
            var loaded = await store.LoadAsync(user);
            loaded.Version.ShouldBe(1);
            Json(loaded.Pipeline).ShouldBe(Json(example));
            loaded.Pipeline.Opportunities.Count.ShouldBe(example.Opportunities.Count);
            (await store.VersionAsync(user)).ShouldBe(1);

            (await store.SaveAsync(user, Renamed("Sam Q. Lee"), 1)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 2));
        }

        await using (var db = dbs.Open(provider))
        {
            var row = await db.Searches.AsNoTracking().SingleAsync(s => s.UserId == user);
            row.Version.ShouldBe(2);
            row.Document.ShouldBe(Json(Renamed("Sam Q. Lee")));
            row.UpdatedUtc.ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_save_from_a_stale_version_is_a_conflict_and_changes_nothing(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        await using (var db = dbs.Open(provider))
        {
            var store = Store(db);
            (await store.SaveAsync(user, Renamed("one"), 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 1));
            (await store.SaveAsync(user, Renamed("two"), 1)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 2));
        }
        var before = await RowAsync(provider, user);

        await using (var db = dbs.Open(provider))
        {
            var store = Store(db);
            (await store.SaveAsync(user, Renamed("stale"), 1)).OutcomeAndVersion.ShouldBe((SaveOutcome.Conflict, 1));
            (await store.SaveAsync(user, Renamed("first-again"), 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Conflict, 0));
            (await store.SaveAsync(user, Renamed("future"), 7)).OutcomeAndVersion.ShouldBe((SaveOutcome.Conflict, 7));
        }

        var after = await RowAsync(provider, user);
        after.Version.ShouldBe(2);
        after.Document.ShouldBe(before.Document);
        after.UpdatedUtc.ShouldBe(before.UpdatedUtc);
        await using (var db = dbs.Open(provider))
            (await Store(db).LoadAsync(user)).Pipeline.Candidate.Name.ShouldBe("two");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task Of_two_concurrent_saves_from_the_same_version_exactly_one_wins(DatabaseProvider provider)
    {
        // Version 0 races on the insert, later versions on the conditional update. Each side has its
        // own context and connection, as two app instances would.
        var user = await dbs.NewUserAsync(provider);
        for (var version = 0; version < 8; version++)
        {
            var a = Renamed($"a{version}");
            var b = Renamed($"b{version}");
            await using var dbA = dbs.Open(provider);
            await using var dbB = dbs.Open(provider);
            await dbA.Database.OpenConnectionAsync();
            await dbB.Database.OpenConnectionAsync();
            using var start = new ManualResetEventSlim();
            var saveA = Task.Run(async () => { start.Wait(); return await Store(dbA).SaveAsync(user, a, version); });
            var saveB = Task.Run(async () => { start.Wait(); return await Store(dbB).SaveAsync(user, b, version); });
            start.Set();
            var results = await Task.WhenAll(saveA, saveB);

            results.Count(r => r.Outcome == SaveOutcome.Saved).ShouldBe(1, $"from version {version}: {string.Join(", ", results)}");
            results.Single(r => r.Outcome == SaveOutcome.Saved).Version.ShouldBe(version + 1);
            results.Single(r => r.Outcome == SaveOutcome.Conflict).Version.ShouldBe(version);
            var winner = results[0].Outcome == SaveOutcome.Saved ? a : b;
            var row = await RowAsync(provider, user);
            row.Version.ShouldBe(version + 1);
            row.Document.ShouldBe(Json(winner));
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task One_user_never_reads_or_writes_another_users_search(DatabaseProvider provider)
    {
        var alice = await dbs.NewUserAsync(provider);
        var bob = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = Store(db);
        (await store.SaveAsync(alice, Renamed("Alice"), 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 1));
        (await store.SaveAsync(alice, Renamed("Alice 2"), 1)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 2));
        await store.SetCalendarTokenAsync(alice, $"alice-{Guid.NewGuid():N}");

        var bobs = await store.LoadAsync(bob);
        bobs.Version.ShouldBe(0);
        bobs.Pipeline.Opportunities.ShouldBeEmpty();
        (await store.VersionAsync(bob)).ShouldBe(0);
        (await store.CalendarTokenAsync(bob)).ShouldBeNull();
        // Bob holding Alice's version number gets nowhere near her row.
        (await store.SaveAsync(bob, Renamed("Bob"), 2)).OutcomeAndVersion.ShouldBe((SaveOutcome.Conflict, 2));
        (await store.SaveAsync(bob, Renamed("Bob"), 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 1));

        (await store.LoadAsync(alice)).ShouldSatisfyAllConditions(
            s => s.Version.ShouldBe(2),
            s => s.Pipeline.Candidate.Name.ShouldBe("Alice 2"));
        (await store.LoadAsync(bob)).Pipeline.Candidate.Name.ShouldBe("Bob");
        (await store.LoadAsync("no-such-user")).Version.ShouldBe(0);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_calendar_token_is_set_looked_up_and_revoked(DatabaseProvider provider)
    {
        var withSearch = await dbs.NewUserAsync(provider);
        var without = await dbs.NewUserAsync(provider);
        var token = $"tok-{Guid.NewGuid():N}";
        var other = $"tok-{Guid.NewGuid():N}";
        await using var db = dbs.Open(provider);
        var store = Store(db);
        (await store.SaveAsync(withSearch, ExampleSearch.Create(Today), 0)).OutcomeAndVersion.ShouldBe((SaveOutcome.Saved, 1));

        await store.SetCalendarTokenAsync(withSearch, token);
        (await store.CalendarTokenAsync(withSearch)).ShouldBe(token);
        (await store.UserForCalendarTokenAsync(token)).ShouldBe(withSearch);
        (await store.UserForCalendarTokenAsync(other)).ShouldBeNull();
        // The token lives beside the search without touching it.
        var loaded = await store.LoadAsync(withSearch);
        loaded.Version.ShouldBe(1);
        Json(loaded.Pipeline).ShouldBe(Json(ExampleSearch.Create(Today)));

        // A user with no search yet gets an empty one that still loads.
        await store.SetCalendarTokenAsync(without, other);
        (await store.UserForCalendarTokenAsync(other)).ShouldBe(without);
        (await store.LoadAsync(without)).Pipeline.Opportunities.ShouldBeEmpty();

        // Replacing a token retires the old one.
        var replaced = $"tok-{Guid.NewGuid():N}";
        await store.SetCalendarTokenAsync(withSearch, replaced);
        (await store.UserForCalendarTokenAsync(token)).ShouldBeNull();
        (await store.UserForCalendarTokenAsync(replaced)).ShouldBe(withSearch);

        // Revoking: no token, and neither user is found by an old one. Two revoked users may coexist.
        await store.SetCalendarTokenAsync(withSearch, null);
        await store.SetCalendarTokenAsync(without, null);
        (await store.CalendarTokenAsync(withSearch)).ShouldBeNull();
        (await store.CalendarTokenAsync(without)).ShouldBeNull();
        (await store.UserForCalendarTokenAsync(replaced)).ShouldBeNull();
        (await store.UserForCalendarTokenAsync(other)).ShouldBeNull();
        (await store.LoadAsync(withSearch)).Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task Racing_first_writes_of_a_new_user_do_not_fail(DatabaseProvider provider)
    {
        // A user's first save and first calendar token both create the row; racing each other
        // (two tabs, two instances) neither may throw, and both effects must not be lost silently:
        // the save either wins or reports a conflict, and the token is set.
        for (var round = 0; round < 6; round++)
        {
            var user = await dbs.NewUserAsync(provider);
            var token = $"tok-{Guid.NewGuid():N}";
            await using var dbA = dbs.Open(provider);
            await using var dbB = dbs.Open(provider);
            await dbA.Database.OpenConnectionAsync();
            await dbB.Database.OpenConnectionAsync();
            using var start = new ManualResetEventSlim();
            var save = Task.Run(async () => { start.Wait(); return await Store(dbA).SaveAsync(user, Renamed("racer"), 0); });
            var setToken = Task.Run(async () => { start.Wait(); await Store(dbB).SetCalendarTokenAsync(user, token); });
            start.Set();
            var saved = await save;
            await setToken;

            await using var db = dbs.Open(provider);
            var store = Store(db);
            (await store.CalendarTokenAsync(user)).ShouldBe(token);
            var loaded = await store.LoadAsync(user);
            loaded.Version.ShouldBeGreaterThanOrEqualTo(1);
            if (saved.Outcome == SaveOutcome.Saved) loaded.Pipeline.Candidate.Name.ShouldBe("racer");
        }
    }

    private async Task<SearchRecord> RowAsync(DatabaseProvider provider, string user)
    {
        await using var db = dbs.Open(provider);
        return await db.Searches.AsNoTracking().SingleAsync(s => s.UserId == user);
    }
}
