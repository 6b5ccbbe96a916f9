using BenchmarkDotNet.Attributes;
using OfferDesk.Core.Model;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Bench;

/// <summary>
/// Composing the morning email from a day's advice (issue 22: one email of a 5,000-company search
/// used to keep a core busy for minutes). The advice is made once; only the composing is timed, and
/// it should cost about the same whatever the size of the search, since the email shows a fixed
/// number of moves and links only each one's own contact.
/// </summary>
[MemoryDiagnoser]
public class MorningEmailBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private Pipeline _pipeline = null!;
    private Advice _advice = null!;
    private static readonly MorningLinks Links = new(new Uri("https://desk.example/"), new Uri("https://desk.example/stop?t=x"), new Uri("https://desk.example/reminders"));

    [Params(1_000, 5_000)]
    public int Opportunities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SearchGenerator.Create(Opportunities, seed: 20260310, Today);
        _advice = Advisor.Advise(_pipeline, Today);
        // Every move's words are written on first read: read them now, so only composing is timed.
        foreach (var m in _advice.Moves) _ = m.Script + m.Summary + m.Why;
    }

    [Benchmark]
    public MorningMessage? Compose() => MorningDigest.Compose(_pipeline, _advice, Links);
}
