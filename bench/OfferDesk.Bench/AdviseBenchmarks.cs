using BenchmarkDotNet.Attributes;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Bench;

/// <summary>
/// <see cref="Advisor.Advise(Pipeline, DateOnly)"/> on generated searches of growing size: the cost
/// should grow in step with the number of opportunities, and 1,000 should take well under 1 ms.
/// </summary>
[MemoryDiagnoser]
public class AdviseBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private Pipeline _pipeline = null!;

    [Params(10, 100, 1_000, 5_000)]
    public int Opportunities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SearchGenerator.Create(Opportunities, seed: 20260310, Today);
        // Benchmark only documents the product would accept.
        if (PipelineRules.Check(_pipeline) is { Count: > 0 } problems)
            throw new InvalidOperationException($"generated search is invalid: {problems[0]}");
    }

    [Benchmark]
    public Advice Advise() => Advisor.Advise(_pipeline, Today);
}
