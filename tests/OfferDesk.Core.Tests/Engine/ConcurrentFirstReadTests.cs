using OfferDesk.Testing;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// The web app keeps one advice per search in a cache shared by concurrent requests, and a move
/// writes its script (and some their summary and reason) on first read, through the situation's
/// memos. Two requests reading the same advice for the first time at once must both get the words
/// one request alone gets, and leave the advice intact for the next.
/// </summary>
public class ConcurrentFirstReadTests
{
    public static TheoryData<string> Files => new(Scenarios.Files());

    [Theory]
    [MemberData(nameof(Files))]
    public async Task TwoFirstReadsAtOnceOfEveryScriptGiveTheWordsOfOneRead(string file)
    {
        var scenario = Scenarios.Read(file);
        var pipeline = PipelineJson.Parse(scenario["pipeline"]!.ToJsonString()).Pipeline!;
        var today = DateOnly.Parse(scenario["today"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var alone = Words(Advisor.Advise(pipeline, today));

        // Many rounds: each on a new advice, so every read is a first read.
        for (var round = 0; round < 20; round++)
        {
            var shared = Advisor.Advise(pipeline, today);
            using var start = new Barrier(2);
            var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return Words(shared);
            }, TaskCreationOptions.LongRunning)).ToArray();

            foreach (var read in await Task.WhenAll(readers)) read.ShouldBe(alone, $"{file}, round {round}");
            Words(shared).ShouldBe(alone, $"{file}, round {round}, read again");
        }
    }

    [Fact]
    public async Task ReadersAskingTheMemoAtOnceAllGetTheOneValueKept()
    {
        // Many keys, so the memo grows while four readers fill it: a plain dictionary written by
        // several threads at once loses entries, hands readers different values, or throws.
        var keys = Enumerable.Range(0, 2000).Select(_ => new object()).ToArray();
        for (var round = 0; round < 10; round++)
        {
            var situation = new Situation(Search.Of(Opp.Interviewing("acme")).Pipeline, Day.Today);
            using var start = new Barrier(4);
            var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return keys.Select(k => situation.Memo(k, () => new object())).ToArray();
            }, TaskCreationOptions.LongRunning)).ToArray();

            var seen = await Task.WhenAll(readers);
            for (var i = 0; i < keys.Length; i++)
                seen.Select(r => r[i]).Distinct().Count().ShouldBe(1, $"round {round}: readers got different values for key {i}");
            keys.Select(k => situation.Memo(k, () => new object())).ShouldBe(seen[0], "the values kept are the ones given");
        }
    }

    private static List<string> Words(Advice advice) =>
        [.. advice.Moves.Concat(advice.Upcoming).Select(m => $"{m.CodeText}/{m.Opportunity}\n{m.Summary}\n{m.Why}\n{m.Script}")];
}
