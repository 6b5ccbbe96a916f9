using System.Text.Json.Nodes;

namespace OfferDesk.Cli.Tests;

/// <summary>
/// Every scenario of the contract (tests/scenarios, PLAYBOOK section 7), run through the real CLI
/// the way <c>check-scenarios</c> runs it: <c>advise FILE --today DATE --format json</c>.
/// </summary>
public class ScenarioTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static TheoryData<string> Scenarios =>
        new(Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void AllThirtyScenariosAreCopiedNextToTheTests()
    {
        Directory.GetFiles(Folder, "*.json").Length.ShouldBeGreaterThanOrEqualTo(30);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void TheAdviceMeetsTheScenario(string file)
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();
        var pipeline = scenario["pipeline"]!.AsObject();
        using var temp = new TempFolder();
        var input = temp.Write("pipeline.json", pipeline.ToJsonString());

        var run = OfferDeskProcess.Run("advise", input, "--today", scenario["today"]!.GetValue<string>(), "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldBeEmpty();
        var advice = JsonNode.Parse(run.Stdout)!.AsObject();
        var problems = AdviceChecks.Invariants(pipeline, advice)
            .Concat(AdviceChecks.Expectations(scenario["expect"]?.AsObject() ?? [], advice))
            .ToList();
        problems.ShouldBeEmpty($"{file}: {scenario["name"]}");
        advice["today"]!.GetValue<string>().ShouldBe(scenario["today"]!.GetValue<string>());
    }
}
