using Microsoft.EntityFrameworkCore;
using OfferDesk.Data.Tests.Infrastructure;
using OfferDesk.Testing;

namespace OfferDesk.Data.Tests;

/// <summary>The morning email's claims: one row per user and day, won by exactly one writer, on both databases.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ReminderStoreTests(ProviderDatabases dbs) : IClassFixture<ProviderDatabases>
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly DateTime Now = new(2026, 3, 10, 7, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_day_is_claimed_once_however_many_try_at_once(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);

        // Eight writers, each on its own connection, as eight app instances would be.
        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = dbs.Open(provider);
            return await new ReminderStore(db).ClaimAsync(user, Day, $"instance-{i}", Now, Lease);
        }));

        wins.Count(w => w).ShouldBe(1);
        await using (var db = dbs.Open(provider))
        {
            var store = new ReminderStore(db);
            (await store.ClaimAsync(user, Day, "later", Now.AddHours(1), Lease)).ShouldBeFalse();
            (await store.ClaimAsync(user, Day.AddDays(1), "later", Now.AddDays(1), Lease)).ShouldBeTrue("the next day is a new claim");
            var row = (await store.SendAsync(user, Day))!;
            row.Status.ShouldBe(ReminderSendStatus.Sending);
            row.LeaseUntilUtc.ShouldBe(Now + Lease);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task A_send_left_sending_is_taken_over_once_its_lease_ends_and_only_by_one(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        await using (var db = dbs.Open(provider)) (await new ReminderStore(db).ClaimAsync(user, Day, "crashed", Now, Lease)).ShouldBeTrue();

        await using (var db = dbs.Open(provider))
            (await new ReminderStore(db).DueAgainAsync(Now.AddMinutes(4))).ShouldNotContain(r => r.UserId == user, "the lease still runs");

        var later = Now.AddMinutes(6);
        List<ReminderSendRecord> due;
        await using (var db = dbs.Open(provider)) due = await new ReminderStore(db).DueAgainAsync(later);
        var seen = due.Single(r => r.UserId == user);
        var takers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var db = dbs.Open(provider);
            return await new ReminderStore(db).TakeOverAsync(seen, $"taker-{i}", later, Lease);
        }));
        takers.Count(t => t).ShouldBe(1);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task Only_the_holder_records_the_outcome_and_a_retry_waits_its_turn(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = new ReminderStore(db);
        (await store.ClaimAsync(user, Day, "me", Now, Lease)).ShouldBeTrue();

        await store.FinishAsync(user, Day, "someone-else", ReminderSendStatus.Sent, 1, Now, null, null);
        (await store.SendAsync(user, Day))!.Status.ShouldBe(ReminderSendStatus.Sending);

        await store.FinishAsync(user, Day, "me", ReminderSendStatus.Retrying, 1, null, Now.AddMinutes(2), "connection refused");
        var row = (await store.SendAsync(user, Day))!;
        row.Status.ShouldBe(ReminderSendStatus.Retrying);
        row.LastError.ShouldBe("connection refused");
        (await store.DueAgainAsync(Now.AddMinutes(1))).ShouldNotContain(r => r.UserId == user);
        (await store.DueAgainAsync(Now.AddMinutes(2))).ShouldContain(r => r.UserId == user);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public async Task Settings_default_to_off_at_seven_and_save_per_user(DatabaseProvider provider)
    {
        var user = await dbs.NewUserAsync(provider);
        var other = await dbs.NewUserAsync(provider);
        await using var db = dbs.Open(provider);
        var store = new ReminderStore(db);

        var fresh = await store.SettingsAsync(user);
        (fresh.Enabled, fresh.Hour).ShouldBe((false, 7));

        await store.SaveSettingsAsync(user, true, 6, Now);
        await store.SaveSettingsAsync(user, true, 8, Now);
        (await store.SettingsAsync(user)).Hour.ShouldBe(8);
        (await store.SettingsAsync(other)).Enabled.ShouldBeFalse();
        // No email before the address is confirmed (issue 22).
        (await store.EnabledAsync()).Select(c => c.UserId).ShouldNotContain(user);
        (await store.ConfirmedEmailAsync(user)).ShouldBeNull();
        await db.Users.Where(u => u.Id == user).ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, true));
        (await store.EnabledAsync()).Select(c => c.UserId).ShouldContain(user);
        (await store.ConfirmedEmailAsync(user)).ShouldBe(await store.EmailAsync(user));
        (await store.EnabledAsync()).Select(c => c.UserId).ShouldNotContain(other);

        (await store.TurnOffAsync(user, Now)).ShouldBeTrue();
        (await store.SettingsAsync(user)).Enabled.ShouldBeFalse();
        (await store.TurnOffAsync("no-such-user", Now)).ShouldBeFalse();
    }
}
