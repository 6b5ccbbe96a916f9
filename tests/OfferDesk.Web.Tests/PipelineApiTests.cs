using System.Net;
using System.Text;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>PUT /api/pipeline refuses bad, stale and oversize documents, and then changes nothing.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class PipelineApiTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string ThreeProblems = """
        {
          "version": 1,
          "opportunities": [
            { "id": "acme", "company": "Acme Corp", "stage": "interviewing", "appliedOn": "2026-13-01" },
            { "id": "beta", "company": "Beta Inc", "stage": "maybe" },
            { "id": "gamma", "company": "Gamma LLC", "stage": "applied", "colour": "red" }
          ]
        }
        """;

    private async Task<HttpClient> UserWithRivalAsync(string provider)
    {
        var client = await apps[provider].ApiUserAsync();
        await client.PutPipelineAsync(Documents.Rival);
        return client;
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ABadDocumentIs400ProblemDetailsNamingEveryPathAndChangesNothing(string provider)
    {
        var client = await UserWithRivalAsync(provider);
        var before = await client.PipelineAsync();

        var response = await client.PutPipelineRawAsync(ThreeProblems);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        errors.Keys.ShouldBe(["opportunities[0].appliedOn", "opportunities[1].stage", "opportunities[2].colour"], ignoreOrder: true);
        errors["opportunities[0].appliedOn"][0].GetString()!.ShouldContain("2026-13-01");
        errors["opportunities[1].stage"][0].GetString()!.ShouldContain("maybe");
        errors["opportunities[2].colour"][0].GetString()!.ShouldContain("unknown property");
        (await client.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task DocumentRulesAreCheckedToo(string provider)
    {
        var client = await UserWithRivalAsync(provider);
        var before = await client.PipelineAsync();
        const string rules = """
            { "version": 1, "opportunities": [
              { "id": "acme", "company": "Acme", "preference": 1, "stage": "offer" },
              { "id": "acme", "company": "Again", "preference": 1, "stage": "applied",
                "offer": { "status": "written", "baseSalary": -5, "currency": "usd" } } ] }
            """;

        var response = await client.PutPipelineRawAsync(rules);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateObject().Select(p => p.Name).ToList();
        errors.ShouldBe([
            "opportunities[0].offer", "opportunities[1].id", "opportunities[1].preference", "opportunities[1].offer.status",
            "opportunities[1].offer.baseSalary", "opportunities[1].offer.currency",
        ], ignoreOrder: true);
        (await client.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task IfMatchWithTheCurrentETagSavesAndAStaleOneIs412AndChangesNothing(string provider)
    {
        var client = await UserWithRivalAsync(provider);
        var first = await client.GetAsync("/api/pipeline");
        var etag = first.Headers.ETag.ShouldNotBeNull().Tag;
        var document = await first.Content.ReadAsStringAsync();
        var edited = document.Replace("Toy Engineer", "Chief Toy Engineer");

        var saved = await client.PutPipelineRawAsync(edited, etag);
        saved.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var newTag = saved.Headers.ETag.ShouldNotBeNull().Tag;
        newTag.ShouldNotBe(etag);
        var current = await client.GetAsync("/api/pipeline");
        current.Headers.ETag.ShouldNotBeNull().Tag.ShouldBe(newTag);
        (await client.GetAsync("/api/pipeline")).Headers.ETag.ShouldNotBeNull("every GET carries the ETag").Tag.ShouldBe(newTag);
        var after = await current.Content.ReadAsStringAsync();

        var stale = await client.PutPipelineRawAsync(document.Replace("Toy Engineer", "Overwritten"), etag);

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var said = await stale.Content.ReadAsStringAsync();
        said.ShouldContain("Nothing was changed");
        // Words for an API client (issue 19): what to request next, no tabs or pages.
        said.ShouldContain("GET /api/pipeline for the current document and its ETag");
        said.ShouldNotContain("tab");
        said.ShouldNotContain("page");
        (await client.PipelineAsync()).ShouldBe(after);
        after.ShouldContain("Chief Toy Engineer");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnIfMatchThatIsNotOursIs412(string provider)
    {
        var client = await UserWithRivalAsync(provider);
        var before = await client.PipelineAsync();

        var response = await client.PutPipelineRawAsync(Documents.TwoOffers, "\"something-else\"");

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await client.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite", true)]
    [InlineData("sqlite", false)]
    [PostgresInlineData("postgres", true)]
    [PostgresInlineData("postgres", false)]
    public async Task ADocumentOver2MBIs413WithAClearMessageAndChangesNothing(string provider, bool lengthKnown)
    {
        var client = await UserWithRivalAsync(provider);
        var before = await client.PipelineAsync();
        var notes = new string('x', 2 * 1024 * 1024);
        var huge = Encoding.UTF8.GetBytes(
            $$"""{ "version": 1, "opportunities": [ { "id": "acme", "company": "Acme", "stage": "applied", "notes": "{{notes}}" } ] }""");
        HttpContent body = lengthKnown ? new ByteArrayContent(huge) : new StreamContent(new UnknownLengthStream(huge));
        body.Headers.ContentType = new(Http.Json);

        var response = await client.PutAsync("/api/pipeline", body);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("detail").GetString()!.ShouldContain("larger than 2 MB");
        (await client.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AdviceForADayThatIsNotADateIs400(string provider)
    {
        var client = await UserWithRivalAsync(provider);

        var response = await client.GetAsync("/api/advice?today=2026-02-30");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .GetProperty("today")[0].GetString()!.ShouldContain("is not a date");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("9999-12-31")]
    public async Task AdviceForADayOutsideTheDocumentsYearsIs400NotAnError(string today)
    {
        var client = await UserWithRivalAsync("sqlite");

        var response = await client.GetAsync($"/api/advice?today={today}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .GetProperty("today")[0].GetString()!.ShouldBe($"{today} is not a day we advise for: use a date in the years 1900 to 2200");
        // The first and last days allowed are advised for.
        (await client.GetAsync("/api/advice?today=1900-01-01")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/advice?today=2200-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AdviceWithoutADayIsForTheServersToday(string provider)
    {
        var client = await UserWithRivalAsync(provider);

        var advice = await client.AdviceAsync();

        advice.GetProperty("today").GetString().ShouldBe("2026-03-10");
        advice.GetRawText().ShouldBe((await client.AdviceAsync("2026-03-10")).GetRawText());
    }

    /// <summary>A body whose length is not known up front (sent chunked by a real client).</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
