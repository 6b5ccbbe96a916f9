using System.Text.Json.Nodes;

namespace OfferDesk.Testing;

/// <summary>
/// The contract's checked examples (tests/scenarios, PLAYBOOK section 7), copied next to each test
/// assembly, and the matching rule of the contract's checker: a listed item matches an actual one
/// when every field it gives is equal.
/// </summary>
public static class Scenarios
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static JsonObject Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();

    public static bool Matches(JsonObject want, JsonNode? got) =>
        got is JsonObject g && want.All(p => JsonNode.DeepEquals(p.Value, g[p.Key]));

    /// <summary>Every way the advice misses the scenario's <c>expect</c> block, all at once.</summary>
    public static List<string> Misses(JsonObject expect, JsonObject advice)
    {
        var problems = new List<string>();
        foreach (var section in new[] { "moves", "upcoming", "warnings" })
            foreach (var want in Items(expect, section))
                if (!Items(advice, section).Any(got => Matches(want, got)))
                    problems.Add($"missing in {section}: {want.ToJsonString()}; have [{Summary(Items(advice, section))}]");
        foreach (var want in Items(expect, "absent"))
            foreach (var got in Items(advice, "moves").Concat(Items(advice, "upcoming")))
                if (Matches(want, got))
                    problems.Add($"should be absent: {want.ToJsonString()}");
        foreach (var want in Items(expect, "absentWarnings"))
            foreach (var got in Items(advice, "warnings"))
                if (Matches(want, got))
                    problems.Add($"warning should be absent: {want.ToJsonString()}");
        return problems;
    }

    private static IEnumerable<JsonObject> Items(JsonObject o, string name) => o[name] is JsonArray a ? a.OfType<JsonObject>() : [];

    private static string Summary(IEnumerable<JsonObject> items) =>
        string.Join(", ", items.Select(i => $"{i["code"]}/{i["opportunity"]}"));
}
