using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// POST /api/moves/done: what the web's Done does, for an API client. A move that carries others
/// (contract v3, V1) logs every member's event, so none of them comes back the next day.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ApiMoveDoneTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string CallCarriesTheThankYou = "57-one-call-carries-the-thank-you.json";

    private static async Task<HttpClient> SearchAsync(WebApps apps, string provider)
    {
        var client = await apps[provider].ApiUserAsync();
        await client.PutPipelineAsync(Documents.ScenarioPipeline(CallCarriesTheThankYou));
        return client;
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DoneOnACallThatCarriesTheThankYouLogsBoth(string provider)
    {
        var client = await SearchAsync(apps, provider);
        var before = await client.AdviceAsync("2027-02-16");
        var call = before.GetProperty("moves").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "accelerate-preferred" && m.GetProperty("opportunity").GetString() == "fern");
        call.GetProperty("carries").EnumerateArray().Select(c => c.GetString()).ShouldBe(["send-thank-you"]);

        var done = await client.PostAsJsonAsync("/api/moves/done", new { code = "accelerate-preferred", opportunity = "fern", choice = "no-timeline", today = "2027-02-16" });

        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
        done.Headers.ETag.ShouldNotBeNull();
        var after = JsonDocument.Parse(await done.Content.ReadAsStringAsync()).RootElement;
        Http.Moves(after).ShouldNotContain(("accelerate-preferred", "fern"));
        Http.Moves(after).ShouldNotContain(("send-thank-you", "fern"));
        var fern = Http.Opportunity(await client.PipelineAsync(), "fern");
        var kinds = fern.GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("on").GetString())).ToList();
        kinds.ShouldContain(("accelerate-call", "2027-02-16"));
        kinds.ShouldContain(("thank-you", "2027-02-16"));
        fern.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "accelerate-call")
            .GetProperty("outcome").GetString().ShouldBe("no-timeline");
    }

    [Fact]
    public async Task AMoveWithChoicesNeedsOneAndChangesNothingWithout()
    {
        var client = await SearchAsync(apps, "sqlite");
        var before = await client.PipelineAsync();

        var done = await client.PostAsJsonAsync("/api/moves/done", new { code = "accelerate-preferred", opportunity = "fern", today = "2027-02-16" });

        done.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await done.Content.ReadAsStringAsync()).ShouldContain("choice");
        (await client.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnotherUsersOpportunityIsNotFound()
    {
        var owner = await SearchAsync(apps, "sqlite");
        var stranger = await apps["sqlite"].ApiUserAsync();
        await stranger.PutPipelineAsync(Documents.ScenarioPipeline("01-thank-you-after-interview.json"));

        var done = await stranger.PostAsJsonAsync("/api/moves/done", new { code = "defer-offer", opportunity = "kins", today = "2027-02-16" });

        done.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.PipelineAsync()).ShouldNotContain("deferral-notice");
    }

    [Fact]
    public async Task AStaleETagIsRefused()
    {
        var client = await SearchAsync(apps, "sqlite");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/moves/done")
        {
            Content = JsonContent.Create(new { code = "defer-offer", opportunity = "kins", today = "2027-02-16" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"v999\"");

        var done = await client.SendAsync(request);

        done.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await client.PipelineAsync()).ShouldNotContain("deferral-notice");
        // In an API client's words: the request to make next, no pages or tabs.
        var said = await done.Content.ReadAsStringAsync();
        said.ShouldContain("GET /api/pipeline");
        said.ShouldNotContain("tab", Case.Insensitive);
        said.ShouldNotContain("page", Case.Insensitive);
        said.ShouldNotContain("reload", Case.Insensitive);
    }

    [Fact]
    public async Task AnUnknownMoveIsABadRequest()
    {
        var client = await SearchAsync(apps, "sqlite");

        var done = await client.PostAsJsonAsync("/api/moves/done", new { code = "dance", opportunity = "fern" });

        done.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await done.Content.ReadAsStringAsync()).ShouldContain("dance");
    }
}
