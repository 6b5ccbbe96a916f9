using System.Net;
using System.Text;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The JSON API takes changes only with a bearer token, and bodies only as JSON (issue 22): the
/// browser's sign-in cookie, which other sites' requests carry too, reads and changes nothing.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ApiAccessTests(WebApps apps) : IClassFixture<WebApps>
{
    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSignInCookieAloneChangesNothingThroughTheApi(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();

        var put = await browser.PutAsync("/api/pipeline", new StringContent(Documents.Rival, Encoding.UTF8, "application/json"));
        var settings = await browser.PutAsync("/api/reminders", new StringContent("""{"enabled": true, "hour": 7}""", Encoding.UTF8, "application/json"));
        var send = await browser.PostAsync("/api/reminders/send-now", null);

        foreach (var response in new[] { put, settings, send })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, response.RequestMessage!.RequestUri!.ToString());
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        }
        (await browser.PipelineAsync()).ShouldBe(before, "the cookie still reads");
        JsonDocument.Parse(await (await browser.GetAsync("/api/reminders")).Content.ReadAsStringAsync()).RootElement.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        // The same browser's pages still work: the cookie was not taken back.
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task ABodyThatIsNotJsonIs415AndChangesNothing(string? contentType)
    {
        var api = await apps["sqlite"].ApiUserAsync();
        await api.PutPipelineAsync(Documents.Rival);
        var before = await api.PipelineAsync();

        foreach (var path in new[] { "/api/pipeline", "/api/reminders" })
        {
            var body = new ByteArrayContent(Encoding.UTF8.GetBytes(path == "/api/pipeline" ? """{ "version": 1, "opportunities": [] }""" : """{"enabled": true, "hour": 7}"""));
            if (contentType is not null) body.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var response = await api.PutAsync(path, body);

            response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType, $"{path} {contentType}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!
                .ShouldStartWith("The API reads JSON: send the body with Content-Type: application/json");
        }
        (await api.PipelineAsync()).ShouldBe(before);
        JsonDocument.Parse(await (await api.GetAsync("/api/reminders")).Content.ReadAsStringAsync()).RootElement.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        // JSON with a charset, or a +json type, is JSON.
        (await api.PutAsync("/api/reminders", new StringContent("""{"enabled": true, "hour": 7}""", Encoding.UTF8, "application/merge-patch+json"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
