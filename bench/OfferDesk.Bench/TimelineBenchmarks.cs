using BenchmarkDotNet.Attributes;
using OfferDesk.Core.Model;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Bench;

/// <summary>
/// The timeline (issue 21): lining up a search's clocks and finding its clashes, then drawing both
/// pictures (wide and phone), as Offers and Today do on every render of a search holding an offer.
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private Pipeline _pipeline = null!;
    private SearchTimeline _timeline = null!;

    [Params(300, 5_000)]
    public int Opportunities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SearchGenerator.Create(Opportunities, seed: 20260310, Today);
        _timeline = SearchTimeline.For(_pipeline, Today);
    }

    [Benchmark]
    public SearchTimeline LineUp() => SearchTimeline.For(_pipeline, Today);

    [Benchmark]
    public int Draw() => TimelineChart.Svg(_timeline).Length + TimelineChart.Svg(_timeline, narrow: true).Length;
}
