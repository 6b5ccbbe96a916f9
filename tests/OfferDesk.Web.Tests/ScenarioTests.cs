using System.Net;
using System.Reflection;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;
using Xunit.Sdk;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Every scenario of the contract through the API: PUT the pipeline, GET the advice for the
/// scenario's day; the advice meets the scenario's expectations and every invariant of the contract's
/// checker, and is the CLI's, byte for byte.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ScenarioTests : IClassFixture<WebApps>
{
    private static readonly Lazy<bool> cliStarted = new(() =>
    {
        Cli.Prefetch(Documents.ScenarioFiles().Select(f => Documents.Scenario(f))
            .Select(s => (s.GetProperty("pipeline").GetRawText(), s.GetProperty("today").GetString()!)));
        return true;
    });

    private readonly WebApps apps;

    public ScenarioTests(WebApps apps)
    {
        this.apps = apps;
        _ = cliStarted.Value;
    }

    [Fact]
    public void EveryScenarioFileIsCopiedNextToTheTests()
    {
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../scenarios"));
        var copied = Documents.ScenarioFiles().ToList();
        copied.Count.ShouldBeGreaterThanOrEqualTo(30);
        if (Directory.Exists(source))
            copied.ShouldBe(Directory.EnumerateFiles(source, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!);
    }

    [Theory]
    [ScenarioFiles("sqlite")]
    [ScenarioFiles("postgres")]
    public async Task TheApiGivesEachScenariosExpectedAdviceAndTheCliSame(string provider, string file)
    {
        var scenario = Documents.Scenario(file);
        var today = scenario.GetProperty("today").GetString()!;
        var pipeline = scenario.GetProperty("pipeline").GetRawText();
        var client = await apps[provider].ApiUserAsync();

        var put = await client.PutPipelineRawAsync(pipeline);
        put.StatusCode.ShouldBe(HttpStatusCode.NoContent, await put.Content.ReadAsStringAsync());
        var response = await client.GetAsync($"/api/advice?today={today}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var text = await response.Content.ReadAsStringAsync();
        var advice = JsonDocument.Parse(text).RootElement;

        var problems = Expectations.Check(scenario.GetProperty("expect"), advice)
            .Concat(OfferDesk.Testing.ContractChecker.Problems(System.Text.Json.Nodes.JsonNode.Parse(pipeline)!, System.Text.Json.Nodes.JsonNode.Parse(text)!))
            .ToList();
        problems.ShouldBeEmpty($"{file} ({scenario.GetProperty("name").GetString()}):\n{string.Join("\n", problems)}");

        var cli = await Cli.AdviseJsonAsync(pipeline, today);
        text.ShouldBe(cli.TrimEnd('\n'), $"{file}: the API's advice differs from `offerdesk advise --format json`");
    }

    [Theory]
    [ScenarioFiles("sqlite")]
    [ScenarioFiles("postgres")]
    public async Task ExportThenImportIsAFixpoint(string provider, string file)
    {
        var client = await apps[provider].ApiUserAsync();
        await client.PutPipelineAsync(Documents.ScenarioPipeline(file));

        var exported = await client.PipelineAsync();
        await client.PutPipelineAsync(exported);
        var again = await client.PipelineAsync();

        again.ShouldBe(exported);
    }
}

/// <summary>The matching of <c>tools/check-scenarios</c> (PLAYBOOK section 7).</summary>
public static class Expectations
{
    public static List<string> Check(JsonElement expect, JsonElement advice)
    {
        var problems = new List<string>();
        foreach (var section in new[] { "moves", "upcoming", "warnings" })
        {
            if (!expect.TryGetProperty(section, out var wanted)) continue;
            var got = advice.GetProperty(section).EnumerateArray().ToList();
            foreach (var want in wanted.EnumerateArray())
                if (!got.Any(g => Matches(want, g)))
                    problems.Add($"missing in {section}: {want.GetRawText()}; have {string.Join(", ", got.Select(Tag))}");
        }
        var moves = advice.GetProperty("moves").EnumerateArray().Concat(advice.GetProperty("upcoming").EnumerateArray()).ToList();
        if (expect.TryGetProperty("absent", out var absent))
            foreach (var want in absent.EnumerateArray())
                foreach (var g in moves.Where(g => Matches(want, g)))
                    problems.Add($"should be absent: {want.GetRawText()}; found {Tag(g)}");
        if (expect.TryGetProperty("absentWarnings", out var absentWarnings))
            foreach (var want in absentWarnings.EnumerateArray())
                foreach (var g in advice.GetProperty("warnings").EnumerateArray().Where(g => Matches(want, g)))
                    problems.Add($"warning should be absent: {want.GetRawText()}; found {Tag(g)}");
        return problems;
    }

    /// <summary>Every field the wanted item gives is equal in the actual one (a missing field is null).</summary>
    public static bool Matches(JsonElement want, JsonElement got) =>
        want.EnumerateObject().All(p => got.TryGetProperty(p.Name, out var v)
            ? JsonElement.DeepEquals(v, p.Value)
            : p.Value.ValueKind == JsonValueKind.Null);

    private static string Tag(JsonElement item) =>
        $"{item.GetProperty("code").GetString()}/{(item.TryGetProperty("opportunity", out var o) ? o.ToString() : "")}";
}

/// <summary>
/// One theory row per scenario file for a provider; the postgres rows are skipped, with the
/// reason, when PostgreSQL is unavailable and CI is not "true".
/// </summary>
public sealed class ScenarioFilesAttribute : DataAttribute
{
    private readonly string provider;

    public ScenarioFilesAttribute(string provider)
    {
        this.provider = provider;
        if (provider == "postgres" && PostgresServer.SkipReason is { } why) Skip = why;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Documents.ScenarioFiles().Select(f => new object[] { provider, f });
}
