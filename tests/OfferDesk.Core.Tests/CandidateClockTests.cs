using NodaTime;

namespace OfferDesk.Core.Tests;

/// <summary>The one clock: "today" is the candidate's date, and wall-clock times resolve by a written policy.</summary>
public class CandidateClockTests
{
    /// <summary>A clock standing at an instant, on a machine in the given zone.</summary>
    private sealed class Fixed(DateTimeOffset now, TimeZoneInfo local) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => local;
    }

    private static readonly DateTimeOffset LateEvening = new(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Pacific/Kiritimati", "2026-03-11")]
    [InlineData("Asia/Tokyo", "2026-03-11")]
    [InlineData("Europe/London", "2026-03-10")]
    [InlineData("America/Chicago", "2026-03-10")]
    [InlineData("Pacific/Pago_Pago", "2026-03-10")]
    public void TodayIsTheDateInTheCandidatesZone(string zone, string expected)
    {
        var clock = new CandidateClock(new Fixed(LateEvening, TimeZoneInfo.Utc));
        var search = new Pipeline { Candidate = { TimeZone = zone } };
        Wording.Date(clock.Today(search)).ShouldBe(expected);
    }

    [Fact]
    public void WithoutAZoneTodayIsTheServersDate()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        new CandidateClock(new Fixed(LateEvening, tokyo)).Today(new Pipeline()).ShouldBe(new DateOnly(2026, 3, 11));
        new CandidateClock(new Fixed(LateEvening, TimeZoneInfo.Utc)).Today(new Pipeline()).ShouldBe(new DateOnly(2026, 3, 10));
        new CandidateClock(new Fixed(LateEvening, tokyo)).ServerZoneName.ShouldBe("Asia/Tokyo");
    }

    [Theory]
    // An ordinary afternoon, in winter and in summer time.
    [InlineData("America/Chicago", "2026-01-20T15:00", "2026-01-20T15:00:00-06:00")]
    [InlineData("America/Chicago", "2026-07-20T15:00", "2026-07-20T15:00:00-05:00")]
    [InlineData("Europe/Paris", "2026-07-20T09:15", "2026-07-20T09:15:00+02:00")]
    // 02:30 does not exist on the spring-forward night: it moves on by the gap, to 03:30 daylight time.
    [InlineData("America/Chicago", "2026-03-08T02:30", "2026-03-08T03:30:00-05:00")]
    [InlineData("Europe/Paris", "2026-03-29T02:15", "2026-03-29T03:15:00+02:00")]
    // 01:30 happens twice on the fall-back night: the first, still in daylight time.
    [InlineData("America/Chicago", "2026-11-01T01:30", "2026-11-01T01:30:00-05:00")]
    [InlineData("Europe/Paris", "2026-10-25T02:30", "2026-10-25T02:30:00+02:00")]
    public void AWallClockTimeResolvesByTheWrittenPolicy(string zone, string wallClock, string expected)
    {
        var local = DateTime.Parse(wallClock, System.Globalization.CultureInfo.InvariantCulture);
        var resolved = Zones.Resolve(DateTimeZoneProviders.Tzdb[zone], local);
        resolved.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void TheZoneNamesOfferedAreKnownAndIncludeTheCommonOnes()
    {
        Zones.Names.ShouldContain("America/Chicago");
        Zones.Names.ShouldContain("Europe/Paris");
        Zones.Names.ShouldContain("UTC");
        Zones.Names.ShouldAllBe(n => Zones.IsKnown(n));
        Zones.Names.Count.ShouldBeGreaterThan(300);
    }
}
