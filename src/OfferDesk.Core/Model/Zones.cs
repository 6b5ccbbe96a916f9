using NodaTime;
using NodaTime.TimeZones;

namespace OfferDesk.Core.Model;

/// <summary>
/// The candidate's time zone (contract v2): IANA names from the time zone database NodaTime
/// carries, so every machine reads a zone the same way whatever its own zone files say.
/// </summary>
public static class Zones
{
    public static bool IsKnown(string name) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(name) is not null;

    public static DateTimeZone? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);

    /// <summary>
    /// The instant a wall-clock time means in a zone, as an offset date-time. The policy for the
    /// two hours a year when the wall clock is not one-to-one with time (docs/USER-GUIDE.md, "Your time zone"):
    /// a time that does not exist (skipped when clocks go forward) moves forward by the length of
    /// the gap, so 02:30 on a spring-forward night is 03:30; a time that happens twice (clocks go
    /// back) means the first of the two, in the offset before the change. This is NodaTime's
    /// lenient resolver.
    /// </summary>
    public static DateTimeOffset Resolve(DateTimeZone zone, DateTime wallClock)
    {
        var local = LocalDateTime.FromDateTime(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified));
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeOffset();
    }

    /// <summary>Every zone name people choose from (canonical IANA names, sorted).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["UTC", .. TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct()
            .Where(n => n.Contains('/') && !n.StartsWith("Etc/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The calendar date at <paramref name="instant"/> in the zone.</summary>
    public static DateOnly DateIn(DateTimeZone zone, DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }
}
