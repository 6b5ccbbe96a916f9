using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OfferDesk.Data;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Every write to SQLite queues at the app's one write gate (a service, sized by
/// Database:SqliteWriters): while a test holds the gate, a sign-up (Identity), a search saved, a
/// morning-email setting and a key ring entry all wait, and each goes through once it is let go.
/// Reads do not wait. On PostgreSQL nothing queues.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class SqliteWriteGateTests(WebApps apps) : IClassFixture<WebApps>
{
    private static readonly TimeSpan Held = TimeSpan.FromMilliseconds(400);

    private static async Task ShouldWaitForTheGateAsync(SqliteWriteGate gate, Func<Task> write, string what)
    {
        Task running;
        using (await gate.EnterAsync())
        {
            running = Task.Run(write);
            (await Task.WhenAny(running, Task.Delay(Held))).ShouldNotBe(running, $"{what} went ahead while the gate was held");
        }
        (await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(20)))).ShouldBe(running, $"{what} went through once the gate was let go");
        await running;
        gate.Busy.ShouldBe(0, "every turn was given back");
    }

    [Fact]
    public async Task EveryKindOfWriteToSqliteQueuesAtTheGate()
    {
        var app = apps["sqlite"];
        var gate = app.Services.GetRequiredService<SqliteWriteGate>();
        gate.Writers.ShouldBe(1);
        var client = await app.ApiUserAsync();

        await ShouldWaitForTheGateAsync(gate, async () =>
            (await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = $"gate-{Guid.NewGuid():N}@example.test", password = "correct horse battery staple" }))
                .EnsureSuccessStatusCode(), "a sign-up (Identity's write)");

        await ShouldWaitForTheGateAsync(gate, () => client.PutPipelineAsync(Documents.Rival), "a search saved");

        await ShouldWaitForTheGateAsync(gate, async () =>
            (await client.PutAsJsonAsync("/api/reminders", new { enabled = true, hour = 8 })).EnsureSuccessStatusCode(), "a morning-email setting");

        var keys = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository.ShouldNotBeNull();
        await ShouldWaitForTheGateAsync(gate, () =>
        {
            keys.StoreElement(new XElement("key", new XAttribute("id", Guid.NewGuid())), $"gate-test-{Guid.NewGuid():N}");
            return Task.CompletedTask;
        }, "a key ring entry");

        // Reading is never queued.
        using (await gate.EnterAsync())
        {
            var read = client.GetAsync("/api/pipeline");
            (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20)))).ShouldBe(read);
            (await read).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public void TheGatesSizeComesFromConfiguration()
    {
        using var app = new OfferDeskFactory(settings: new() { ["Database:SqliteWriters"] = "3" });
        app.Services.GetRequiredService<SqliteWriteGate>().Writers.ShouldBe(3);
    }

    [PostgresFact]
    public async Task OnPostgresNothingQueues()
    {
        var app = apps["postgres"];
        var gate = app.Services.GetRequiredService<SqliteWriteGate>();
        var client = await app.ApiUserAsync();
        using (await gate.EnterAsync())
        {
            var save = client.PutPipelineAsync(Documents.Rival);
            (await Task.WhenAny(save, Task.Delay(TimeSpan.FromSeconds(20)))).ShouldBe(save);
            await save;
        }
    }
}
