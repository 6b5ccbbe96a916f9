using BenchmarkDotNet.Running;
using OfferDesk.Bench;
using OfferDesk.Core.Playbook;

// "describe N": print what a generated search of N opportunities looks like and what it is advised,
// to check the benchmark's input is realistic. Anything else goes to BenchmarkDotNet.
if (args is ["describe", var n])
{
    var today = new DateOnly(2026, 3, 10);
    var pipeline = SearchGenerator.Create(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), seed: 20260310, today);
    var advice = Advisor.Advise(pipeline, today);
    Console.WriteLine($"stages: {string.Join(", ", pipeline.Opportunities.GroupBy(o => o.Stage).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
    Console.WriteLine($"interviews: {pipeline.Opportunities.Sum(o => o.Interviews.Count)}, events: {pipeline.Opportunities.Sum(o => o.Events.Count)}");
    Console.WriteLine($"moves: {advice.Moves.Count} ({string.Join(", ", advice.Moves.GroupBy(m => m.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})");
    Console.WriteLine($"upcoming: {advice.Upcoming.Count}, warnings: {advice.Warnings.Count}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AdviseBenchmarks).Assembly).Run(args);
