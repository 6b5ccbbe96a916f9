using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OfferDesk.Cli.Tests.Support;

/// <summary>
/// The checks of the contract's <c>check-scenarios</c> tool (PLAYBOOK section 7), in C#: expected
/// items match when every field they give is equal, and every advice document keeps the invariants.
/// Each check returns the problems it found, so one failing scenario reports all of them at once.
/// </summary>
public static partial class AdviceChecks
{
    private static readonly string[] Priorities = ["urgent", "high", "normal", "low"];
    private static readonly HashSet<string> Channels = ["phone", "email", "either", "none"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\{\{|\}\}|\[[A-Z][A-Za-z ]*\]|TODO|<[a-z-]+>")]
    private static partial Regex Placeholder();

    public static bool Matches(JsonObject want, JsonNode? got) => OfferDesk.Testing.Scenarios.Matches(want, got);

    /// <summary>The scenario's expectations, matched as the contract's checker matches them.</summary>
    public static List<string> Expectations(JsonObject expect, JsonObject advice) => OfferDesk.Testing.Scenarios.Misses(expect, advice);

    public static List<string> Invariants(JsonObject pipeline, JsonObject advice)
    {
        var problems = new List<string>();
        foreach (var section in new[] { "moves", "upcoming", "warnings" })
            if (advice[section] is not JsonArray)
                problems.Add($"advice has no list '{section}'");
        if (problems.Count > 0) return problems;

        var opportunities = Items(pipeline, "opportunities").ToDictionary(o => Text(o, "id"));
        foreach (var section in new[] { "moves", "upcoming" })
        {
            foreach (var m in Items(advice, section))
            {
                var tag = $"{section} {Text(m, "code")}/{Text(m, "opportunity")}";
                foreach (var field in new[] { "code", "opportunity", "company", "priority", "due", "channel", "summary", "why" })
                    if (Text(m, field).Length == 0) problems.Add($"{tag}: empty or missing '{field}'");
                if (!Priorities.Contains(Text(m, "priority"))) problems.Add($"{tag}: priority '{Text(m, "priority")}'");
                if (!Channels.Contains(Text(m, "channel"))) problems.Add($"{tag}: channel '{Text(m, "channel")}'");
                if (!DatePattern().IsMatch(Text(m, "due"))) problems.Add($"{tag}: due '{Text(m, "due")}' is not YYYY-MM-DD");
                if (!opportunities.TryGetValue(Text(m, "opportunity"), out var opp))
                {
                    problems.Add($"{tag}: names no opportunity of the pipeline");
                    continue;
                }
                var company = Text(opp, "company");
                if (Text(m, "company") != company) problems.Add($"{tag}: company '{Text(m, "company")}' is not '{company}'");
                var script = Text(m, "script");
                if (Text(m, "channel") != "none")
                {
                    if (script.Trim().Length == 0)
                    {
                        problems.Add($"{tag}: channel {Text(m, "channel")} but no script");
                        continue;
                    }
                    if (Placeholder().IsMatch(script)) problems.Add($"{tag}: script has an unfilled placeholder");
                    var names = Items(opp, "contacts").Select(c => Text(c, "name")).Where(n => n.Length > 0).Select(n => n.Split(' ')[0]).ToList();
                    if (names.Count > 0 && !names.Any(script.Contains)) problems.Add($"{tag}: script names none of the contacts [{string.Join(", ", names)}]");
                    var role = Text(opp, "role");
                    if (!script.Contains(company) && !(role.Length > 0 && script.Contains(role))) problems.Add($"{tag}: script names neither the company nor the role");
                }
                else if (script.Length > 0)
                {
                    problems.Add($"{tag}: a decision (channel none) has a script");
                }
                if (Text(m, "code") == "accelerate-preferred")
                    foreach (var other in opportunities.Values.Where(o => Text(o, "id") != Text(opp, "id")))
                        if (script.Contains(Text(other, "company")))
                            problems.Add($"{tag}: script names another company ({Text(other, "company")})");
            }
        }

        var moves = Items(advice, "moves").ToList();
        var sorted = moves
            .OrderBy(m => Array.IndexOf(Priorities, Text(m, "priority")))
            .ThenBy(m => Text(m, "due"), StringComparer.Ordinal)
            .ThenBy(m => Array.IndexOf(Steps, Text(m, "code")))
            .ThenBy(m => Text(m, "company"), StringComparer.Ordinal)
            .ThenBy(m => Text(m, "opportunity"), StringComparer.Ordinal)
            .ToList();
        if (!moves.SequenceEqual(sorted)) problems.Add("moves are not sorted by priority, due date, step order, company and opportunity");
        var dues = Items(advice, "upcoming").Select(m => Text(m, "due")).ToList();
        if (!dues.SequenceEqual(dues.Order(StringComparer.Ordinal))) problems.Add("upcoming is not sorted by due date");

        var warnings = Items(advice, "warnings").ToList();
        foreach (var w in warnings)
            if (Text(w, "code").Length == 0 || Text(w, "message").Length == 0)
                problems.Add($"warning {w.ToJsonString()}: empty code or message");
        var sortedWarnings = warnings
            .OrderBy(w => Text(w, "code"), StringComparer.Ordinal)
            .ThenBy(w => w["opportunity"] is null ? 0 : 1)
            .ThenBy(w => Text(w, "opportunity"), StringComparer.Ordinal)
            .ToList();
        if (!warnings.SequenceEqual(sortedWarnings)) problems.Add("warnings are not sorted by code, then opportunity (null first)");
        return problems;
    }

    /// <summary>PLAYBOOK section 5: the order a candidate works through a day, written out as the contract lists it.</summary>
    private static readonly string[] Steps =
    [
        "accelerate-preferred", "reply-after-deadline", "negotiate-with-offer", "accept-offer", "decline-offer",
        "get-offer-in-writing", "cancel-interview", "defer-offer", "ask-for-time", "decide-on-offer", "weigh-late-offer",
        "withdraw-application", "send-thank-you", "signal-commitment", "follow-up", "ask-about-process",
        "keep-interviewing", "keep-in-touch",
    ];

    private static IEnumerable<JsonObject> Items(JsonObject o, string name) =>
        o[name] is JsonArray a ? a.OfType<JsonObject>() : [];

    private static string Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    private static string Summary(IEnumerable<JsonObject> items) =>
        string.Join(", ", items.Select(i => $"{Text(i, "code")}/{Text(i, "opportunity")}"));
}
