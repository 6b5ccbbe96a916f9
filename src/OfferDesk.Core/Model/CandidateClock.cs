using NodaTime;
using NodaTime.TimeZones;

namespace OfferDesk.Core.Model;

/// <summary>
/// The one clock: what time it is, and what day it is for a candidate (the date in their
/// <c>candidate.timeZone</c>, else the server's). Everything that needs "now" or "today" asks this,
/// so nothing else reads the machine's clock or zone, and tests pass a fake <see cref="TimeProvider"/>.
/// </summary>
public sealed class CandidateClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The server's own zone, as NodaTime reads it (used when the candidate gave none).</summary>
    public DateTimeZone ServerZone =>
        Zones.Find(time.LocalTimeZone.Id) ?? BclDateTimeZone.FromTimeZoneInfo(time.LocalTimeZone);

    /// <summary>The server zone's IANA name, offered as the default at sign-up.</summary>
    public string ServerZoneName => ServerZone.Id;

    /// <summary>The candidate's zone, else the server's.</summary>
    public DateTimeZone ZoneFor(string? timeZone) => Zones.Find(timeZone) ?? ServerZone;

    public DateTimeZone ZoneFor(Pipeline pipeline) => ZoneFor(pipeline.Candidate.TimeZone);

    /// <summary>Today's date in the candidate's zone, else the server's.</summary>
    public DateOnly Today(string? timeZone) => Zones.DateIn(ZoneFor(timeZone), Now);

    public DateOnly Today(Pipeline pipeline) => Today(pipeline.Candidate.TimeZone);

    /// <summary>The candidate's date and hour now (for a morning email sent at their morning).</summary>
    public (DateOnly Day, int Hour) LocalNow(string? timeZone)
    {
        var local = Instant.FromDateTimeOffset(Now).InZone(ZoneFor(timeZone)).LocalDateTime;
        return (new DateOnly(local.Year, local.Month, local.Day), local.Hour);
    }
}
