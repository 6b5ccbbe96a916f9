using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// GET /api/offers and <c>offerdesk offers --format json</c> weigh the same search to the same
/// figures, byte for byte: years, four-year money, rates, scores and the number that flips it.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class OffersWeighingTests(WebApps apps) : IClassFixture<WebApps>
{
    public const string Weighed = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam Lee" },
          "opportunities": [
            { "id": "acme", "company": "Acme Corp", "stage": "offer", "preference": 1,
              "offer": { "status": "written", "baseSalary": 130000, "currency": "USD", "bonusTargetPercent": 10,
                "grantValue": 200000, "vestingYears": 4, "cliffMonths": 12, "vestingSplit": [5, 15, 40, 40],
                "ratings": [ { "matter": "Title", "rating": 5 }, { "matter": "Team", "rating": 3 } ] } },
            { "id": "beta", "company": "Beta Inc", "stage": "offer", "preference": 2,
              "offer": { "status": "written", "baseSalary": 150000, "currency": "USD", "signingBonus": 30000, "equityPerYear": 40000,
                "ratings": [ { "matter": "Title", "rating": 3 } ] } },
            { "id": "gamma", "company": "Gamma GmbH", "stage": "offer", "preference": 3,
              "offer": { "status": "verbal", "baseSalary": 120000, "currency": "EUR" } },
            { "id": "delta", "company": "Delta KK", "stage": "offer",
              "offer": { "status": "verbal", "baseSalary": 9000000, "currency": "JPY" } }
          ],
          "whatMatters": [ { "name": "Title", "weight": 4 }, { "name": "Team", "weight": 2 } ],
          "exchangeRates": [ { "from": "EUR", "to": "USD", "rate": 1.08 } ]
        }
        """;

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheApiAndTheCliGiveTheSameFiguresForTheSameSearch(string provider)
    {
        var client = await apps[provider].ApiUserAsync();
        var put = await client.PutPipelineRawAsync(Weighed);
        put.StatusCode.ShouldBe(HttpStatusCode.NoContent, await put.Content.ReadAsStringAsync());

        var response = await client.GetAsync("/api/offers");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var api = await response.Content.ReadAsStringAsync();

        var file = Path.Combine(Path.GetTempPath(), $"offerdesk-weighed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Weighed);
        try
        {
            var (exit, stdout, stderr) = await Cli.RunAsync("offers", file, "--format", "json");
            exit.ShouldBe(0, stderr);
            api.ShouldBe(stdout.TrimEnd('\n'), "GET /api/offers differs from `offerdesk offers --format json`");
        }
        finally
        {
            File.Delete(file);
        }

        // And the figures are the ones the rules give: 4 × (130,000 + 13,000) + the grant's first four years.
        var doc = JsonDocument.Parse(api).RootElement;
        doc.GetProperty("currency").GetString().ShouldBe("USD");
        doc.GetProperty("missingRates").EnumerateArray().Select(e => e.GetString()).ShouldBe(["JPY"]);
        var offers = doc.GetProperty("offers").EnumerateArray().ToDictionary(o => o.GetProperty("opportunity").GetString()!);
        offers["acme"].GetProperty("years").EnumerateArray().Select(y => y.GetProperty("equity").GetDecimal()).ShouldBe([10000m, 30000m, 80000m, 80000m]);
        offers["acme"].GetProperty("fourYearTotal").GetDecimal().ShouldBe(772000m);
        offers["acme"].GetProperty("score").GetProperty("value").GetDecimal().ShouldBe(4.33m);
        offers["gamma"].GetProperty("comparedFourYearTotal").GetDecimal().ShouldBe(518400m);
        offers["delta"].GetProperty("comparedFourYearTotal").ValueKind.ShouldBe(JsonValueKind.Null);
        var flip = doc.GetProperty("flip");
        flip.GetProperty("other").GetString().ShouldBe("beta");
        flip.GetProperty("gap").GetDecimal().ShouldBe(18000m);
        flip.GetProperty("extraBase").GetDecimal().ShouldBe(4090.91m);
        flip.GetProperty("ask").GetDecimal().ShouldBe(135000m);
    }

    [Theory]
    [InlineData("sqlite")]
    public async Task AnotherUsersOffersAreNotSeen(string provider)
    {
        var owner = await apps[provider].ApiUserAsync();
        (await owner.PutPipelineRawAsync(Weighed)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var stranger = await apps[provider].ApiUserAsync();

        var theirs = await stranger.GetStringAsync("/api/offers");

        theirs.ShouldNotContain("Acme Corp");
        JsonDocument.Parse(theirs).RootElement.GetProperty("offers").GetArrayLength().ShouldBe(0);
    }
}
