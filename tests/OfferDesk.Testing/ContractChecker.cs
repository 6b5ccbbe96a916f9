using System.Diagnostics;
using System.Text.Json.Nodes;

namespace OfferDesk.Testing;

/// <summary>
/// The contract's own checker (tests/tools/check-scenarios, copied from the contract with
/// <c>check-advice</c> beside it), run on advice documents from any face: the engine, the CLI or the
/// API. One Python process checks a whole batch, so a property test over thousands of searches pays
/// for one start.
/// </summary>
public static class ContractChecker
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "tools");

    /// <summary>Every invariant the advice breaks, for each (pipeline, advice) pair, in order.</summary>
    public static List<List<string>> Problems(IEnumerable<(JsonNode Pipeline, JsonNode Advice)> items)
    {
        var batch = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["pipeline"] = i.Pipeline.DeepClone(), ["advice"] = i.Advice.DeepClone() })]);
        var start = new ProcessStartInfo("python3", [Path.Combine(Folder, "check-advice")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var run = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start: the contract's checker needs it");
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        run.StandardInput.Write(batch.ToJsonString());
        run.StandardInput.Close();
        run.WaitForExit();
        if (run.ExitCode != 0) throw new InvalidOperationException($"the contract's checker failed: {stderr.Result}");
        return [.. JsonNode.Parse(stdout.Result)!.AsArray().Select(list => list!.AsArray().Select(p => p!.GetValue<string>()).ToList())];
    }

    /// <summary>Every invariant one advice document breaks.</summary>
    public static List<string> Problems(JsonNode pipeline, JsonNode advice) => Problems([(pipeline, advice)])[0];
}
