using System.Text.Json.Nodes;

namespace OfferDesk.Core.Tests.Support;

/// <summary>
/// PLAYBOOK section 3.1 and contract v3's invariants as a test reads them, independent of the engine:
/// the contract's own checker judges the advice (<see cref="OfferDesk.Testing.ContractChecker"/>), so a
/// script the engine writes is never judged by the engine's own idea of the rules.
/// </summary>
public static class ScriptRules
{
    /// <summary>Every way the advice breaks the contract, all at once.</summary>
    public static List<string> Problems(Pipeline p, Advice advice) => Problems([(p, advice)])[0];

    /// <summary>The problems of many advice documents, checked in one batch.</summary>
    public static List<List<string>> Problems(IEnumerable<(Pipeline Pipeline, Advice Advice)> items) =>
        OfferDesk.Testing.ContractChecker.Problems(items.Select(i =>
            (JsonNode.Parse(PipelineJson.Serialize(i.Pipeline))!, JsonNode.Parse(AdviceJson.Serialize(i.Advice))!)));
}
