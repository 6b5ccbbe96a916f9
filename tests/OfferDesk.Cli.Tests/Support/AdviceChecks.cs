using System.Text.Json.Nodes;

namespace OfferDesk.Cli.Tests.Support;

/// <summary>
/// The checks of the contract's <c>check-scenarios</c> tool (PLAYBOOK section 7): expected items match
/// when every field they give is equal, and every advice document keeps the contract's invariants, as
/// the contract's own checker finds them (<see cref="OfferDesk.Testing.ContractChecker"/>), plus the
/// order of warnings, which section 5 fixes and the checker leaves out. Each check returns every
/// problem it found, so one failing scenario reports all of them at once.
/// </summary>
public static class AdviceChecks
{
    public static bool Matches(JsonObject want, JsonNode? got) => OfferDesk.Testing.Scenarios.Matches(want, got);

    /// <summary>The scenario's expectations, matched as the contract's checker matches them.</summary>
    public static List<string> Expectations(JsonObject expect, JsonObject advice) => OfferDesk.Testing.Scenarios.Misses(expect, advice);

    public static List<string> Invariants(JsonObject pipeline, JsonObject advice)
    {
        var problems = OfferDesk.Testing.ContractChecker.Problems(pipeline, advice);
        if (advice["warnings"] is not JsonArray array) return problems;
        var warnings = array.OfType<JsonObject>().ToList();
        var sorted = warnings
            .OrderBy(w => Text(w, "code"), StringComparer.Ordinal)
            .ThenBy(w => w["opportunity"] is null ? 0 : 1)
            .ThenBy(w => Text(w, "opportunity"), StringComparer.Ordinal)
            .ToList();
        if (!warnings.SequenceEqual(sorted)) problems.Add("warnings are not sorted by code, then opportunity (null first)");
        return problems;
    }

    private static string Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
