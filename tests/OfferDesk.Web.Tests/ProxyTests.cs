using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Behind a TLS-terminating proxy named in ForwardedHeaders:KnownProxies, the app knows it is
/// served over HTTPS: it sends HSTS and marks its cookies Secure. The same header from anyone
/// else changes nothing.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ProxyTests(PostgresServer server)
{
    private static async Task<HttpResponseMessage> ViaAsync(OfferDeskFactory app, string path)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://offerdesk.example") });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        return await client.SendAsync(request);
    }

    private static Task<OwnApp> BehindAsync(PostgresServer server, string provider, string sender) =>
        OwnApp.StartAsync(server, provider, new() { ["ForwardedHeaders:KnownProxies"] = "10.0.0.5" },
            services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(sender))));

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task BehindAKnownProxyOverHttpsTheAppSendsHstsAndSecureCookies(string provider)
    {
        await using var own = await BehindAsync(server, provider, "10.0.0.5");

        var response = await ViaAsync(own.App, "/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        cookies.ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSameHeadersFromAnUnknownSenderChangeNothing(string provider)
    {
        await using var own = await BehindAsync(server, provider, "203.0.113.9");

        var response = await ViaAsync(own.App, "/account/login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
