using System.Text.Json.Nodes;
using OfferDesk.Testing;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// Every scenario of the contract, advised in-process: the engine alone meets each expectation, and
/// every script in it keeps section 3.1. (The CLI and web tests run the same files through the real
/// process and the real API.)
/// </summary>
public class ScenarioTests
{
    public static TheoryData<string> Files => new(Scenarios.Files());

    [Fact]
    public void TheFiftySixScenariosOfContractV2AreHere() => Scenarios.Files().Count().ShouldBeGreaterThanOrEqualTo(56);

    [Theory]
    [MemberData(nameof(Files))]
    public void TheEngineMeetsTheScenario(string file)
    {
        var scenario = Scenarios.Read(file);
        var parsed = PipelineJson.Parse(scenario["pipeline"]!.ToJsonString());
        parsed.Problems.ShouldBeEmpty(file);
        var today = DateOnly.Parse(scenario["today"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var advice = Advisor.Advise(parsed.Pipeline!, today);

        var json = JsonNode.Parse(AdviceJson.Serialize(advice))!.AsObject();
        Scenarios.Misses(scenario["expect"]?.AsObject() ?? [], json).ShouldBeEmpty($"{file}: {scenario["name"]}");
        ScriptRules.Problems(parsed.Pipeline!, advice).ShouldBeEmpty(file);
    }
}
