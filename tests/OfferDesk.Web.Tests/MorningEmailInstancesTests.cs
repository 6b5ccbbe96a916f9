using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data;
using OfferDesk.Web.Reminders;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Several app instances on one PostgreSQL database, restarts and a crash mid-batch: each
/// person's morning email still arrives exactly once a day.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MorningEmailInstancesTests(PostgresServer server)
{
    private static readonly DateTimeOffset SevenUtc = new(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    private static OfferDeskFactory Instance(string database, LoopbackSmtp smtp, DateTimeOffset now)
    {
        var app = new OfferDeskFactory("postgres", database, smtp.Settings()) { FastPasswordHashing = true };
        app.Clock.Now = now;
        return app;
    }

    private static Task<int> PassAsync(OfferDeskFactory app) => app.Services.GetRequiredService<MorningEmails>().RunOnceAsync();

    [PostgresFact]
    public async Task TwoInstancesAndARestartSendEachPersonsEmailOnce()
    {
        var database = await server.CreateDatabaseAsync("morning-two");
        await using var smtp = new LoopbackSmtp();
        try
        {
            var people = Enumerable.Range(1, 5).Select(i => $"person{i}@example.test").ToList();
            await using (var first = Instance(database, smtp, SevenUtc.AddMinutes(-30)))
            {
                await using var second = Instance(database, smtp, SevenUtc.AddMinutes(-30));
                foreach (var p in people) await MorningEmailTests.SubscriberAsync(p.EndsWith("1@example.test") ? first : second, p, MorningEmailTests.Example());

                // Both instances pass at the hour, at the same moment, several times.
                first.Clock.Now = second.Clock.Now = SevenUtc;
                var sent = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { PassAsync(first), PassAsync(second) }));
                sent.Sum().ShouldBe(people.Count);

                // The unsubscribe link from a message signed by one instance works on the other (one key ring).
                var mail = smtp.Received.First(m => m.Recipients.Single() == "person2@example.test");
                var link = new Uri(Regex.Match(mail.Header("List-Unsubscribe"), "<(.+)>").Groups[1].Value);
                (await first.Browser().GetAsync(link.PathAndQuery)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            // A restart later the same day: a new instance on the same database sends nothing again.
            await using (var restarted = Instance(database, smtp, SevenUtc.AddHours(3)))
                (await PassAsync(restarted)).ShouldBe(0);

            smtp.Received.Select(m => m.Recipients.Single()).Order().ShouldBe(people);

            // The next morning, each gets the next day's email, once.
            await using (var nextDay = Instance(database, smtp, SevenUtc.AddDays(1)))
            await using (var other = Instance(database, smtp, SevenUtc.AddDays(1)))
                (await Task.WhenAll(PassAsync(nextDay), PassAsync(other))).Sum().ShouldBe(people.Count);
            smtp.Received.Count.ShouldBe(2 * people.Count);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task ADayClaimedByAnInstanceThatCrashedIsSentOnceByAnother()
    {
        var database = await server.CreateDatabaseAsync("morning-crash");
        await using var smtp = new LoopbackSmtp();
        try
        {
            await using var survivor = Instance(database, smtp, SevenUtc.AddMinutes(-10));
            await MorningEmailTests.SubscriberAsync(survivor, "sam@example.test", MorningEmailTests.Example());
            await MorningEmailTests.SubscriberAsync(survivor, "pat@example.test", MorningEmailTests.Example());

            // An instance claimed Sam's day and died before sending (killed mid-batch).
            var sam = await UserIdAsync(survivor, "sam@example.test");
            using (var scope = survivor.Services.CreateScope())
                (await scope.ServiceProvider.GetRequiredService<ReminderStore>().ClaimAsync(sam, new DateOnly(2026, 3, 10), "crashed", SevenUtc.UtcDateTime, TimeSpan.FromMinutes(5))).ShouldBeTrue();

            // While its claim stands, the survivor sends Pat's and leaves Sam's alone...
            survivor.Clock.Now = SevenUtc.AddMinutes(1);
            (await PassAsync(survivor)).ShouldBe(1);
            smtp.Received.Single().Recipients.ShouldBe(["pat@example.test"]);

            // ...and once the claim runs out, sends Sam's: late, but not skipped, and only once.
            survivor.Clock.Now = SevenUtc.AddMinutes(6);
            (await PassAsync(survivor)).ShouldBe(1);
            (await PassAsync(survivor)).ShouldBe(0);
            smtp.Received.Select(m => m.Recipients.Single()).Order().ShouldBe(["pat@example.test", "sam@example.test"]);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    private static async Task<string> UserIdAsync(OfferDeskFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
