using OfferDesk.Web.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Memory is given back once a burst of work is followed by a quiet period, and only then.</summary>
public sealed class IdleTrimTests
{
    private const long MB = 1024 * 1024;

    /// <summary>Ticks a new policy (64 MB a burst) through periods that allocated these many MB; what it answered at each.</summary>
    private static bool[] Run(params double[] periods)
    {
        var policy = new IdleTrimPolicy(64 * MB);
        long total = 500 * MB;
        policy.Tick(total).ShouldBeFalse("the first tick only reads where allocation stands");
        return periods.Select(p => policy.Tick(total += (long)(p * MB))).ToArray();
    }

    [Fact]
    public void ABurstThenAQuietPeriodTrimsOnce() =>
        Run(40, 50, 0.2, 0.1, 0).ShouldBe([false, false, true, false, false]);

    [Fact]
    public void NothingIsTrimmedWhileTheServerIsStillBusy() =>
        Run(70, 70, 30, 5, 0.5).ShouldBe([false, false, false, false, true]);

    [Fact]
    public void AQuietServerThatDidLittleIsLeftAlone() =>
        Run(0.5, 0.9, 0, 0.3, 0, 0, 0).ShouldAllBe(trim => !trim);

    [Fact]
    public void SmallWorkAddsUpToABurstAcrossQuietPeriods() =>
        // 0.9 MB a period is quiet (under 1 MB, a 64th of the burst): 72 such periods make a burst.
        Run(Enumerable.Repeat(0.9, 72).ToArray()).Count(trim => trim).ShouldBe(1);

    [Fact]
    public void AfterATrimTheNextTakesANewBurst() =>
        Run(80, 0, 0, 30, 0, 40, 0).ShouldBe([false, true, false, false, false, false, true]);
}
