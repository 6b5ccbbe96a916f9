using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Two app instances on one PostgreSQL database, as behind a load balancer: the Data Protection
/// key ring lives in the database, so what one instance signs the other reads.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MultiInstanceTests(PostgresServer server)
{
    private static readonly Uri Base = new("http://localhost");

    private static HttpClient Client(OfferDeskFactory app, CookieContainer jar) =>
        app.CreateDefaultClient(Base, new CookieContainerHandler(jar));

    private static async Task RegisterThroughPagesAsync(HttpClient client, string email)
    {
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(client, "/account/register");
        var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = "two instances one database", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        token = await OfferDeskFactory.AntiforgeryTokenAsync(client, "/account/login");
        response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = "two instances one database", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [PostgresFact]
    public async Task ASessionStartedOnOneInstanceWorksOnTheOther()
    {
        var database = await server.CreateDatabaseAsync("two-instances");
        try
        {
            await using var first = new OfferDeskFactory("postgres", database);
            await using var second = new OfferDeskFactory("postgres", database);
            var jar = new CookieContainer();
            await RegisterThroughPagesAsync(Client(first, jar), "pat@example.test");

            // Same cookies, other instance: signed in, and a form posted there passes antiforgery.
            var other = Client(second, jar);
            var today = await other.GetAsync("/");
            today.StatusCode.ShouldBe(HttpStatusCode.OK);
            var token = await OfferDeskFactory.AntiforgeryTokenAsync(other, "/");
            var load = await other.PostAsync("/?handler=Example", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            load.StatusCode.ShouldBe(HttpStatusCode.Redirect);

            // ... and the first instance sees what was saved through the second at once.
            (await Client(first, jar).GetStringAsync("/search")).ShouldContain("Northwind Traders");
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task ABearerTokenFromOneInstanceWorksOnTheOther()
    {
        var database = await server.CreateDatabaseAsync("two-instances-api");
        try
        {
            await using var first = new OfferDeskFactory("postgres", database);
            await using var second = new OfferDeskFactory("postgres", database);
            var api = await first.ApiUserAsync("lee@example.test");
            var token = api.DefaultRequestHeaders.Authorization!.Parameter;
            var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            other.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var response = await other.GetAsync("/api/pipeline");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().ShouldBe(1);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task AnInstanceWithAnotherKeyRingRejectsTheCookie()
    {
        // The control: without the shared key ring the same cookie is worthless, so the tests
        // above prove the sharing, not a lucky default.
        var one = await server.CreateDatabaseAsync("ring-one");
        var two = await server.CreateDatabaseAsync("ring-two");
        try
        {
            await using var first = new OfferDeskFactory("postgres", one);
            await using var stranger = new OfferDeskFactory("postgres", two);
            var jar = new CookieContainer();
            await RegisterThroughPagesAsync(Client(first, jar), "sam@example.test");
            var response = await Client(stranger, jar).GetAsync("/");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/account/login");
        }
        finally
        {
            await server.DropDatabaseAsync(one);
            await server.DropDatabaseAsync(two);
        }
    }
}
