using NodaTime;

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

    /// <summary>The calendar date at <paramref name="instant"/> in the zone.</summary>
    public static DateOnly DateIn(DateTimeZone zone, DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }
}
