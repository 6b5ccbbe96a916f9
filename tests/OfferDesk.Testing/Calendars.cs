using Ical.Net;
using Ical.Net.DataTypes;

namespace OfferDesk.Testing;

/// <summary>One event of a calendar as a calendar app reads it.</summary>
public sealed record CalendarEntry(string Uid, string Summary, string Description, CalDateTime Start, TimeSpan? Duration)
{
    /// <summary>The event's alarms: how long before its start each rings, and what it says.</summary>
    public IReadOnlyList<(TimeSpan Before, string Description)> Alarms { get; init; } = [];

    /// <summary>The start as a calendar shows it: <c>2026-03-13</c> for a day, else the instant in UTC (<c>2026-11-26T04:00:00Z</c>).</summary>
    public string StartText => Start.HasTime
        ? Start.AsUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
        : Start.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The start's instant, for a timed event.</summary>
    public DateTimeOffset Instant => new(DateTime.SpecifyKind(Start.AsUtc, DateTimeKind.Utc));
}

/// <summary>
/// Reads a feed with Ical.Net, an RFC 5545 parser, in-process: what the tests check is what a
/// calendar app other than our own writer would see.
/// </summary>
public static class Calendars
{
    public static (string? Name, string? Version, IReadOnlyList<CalendarEntry> Events) Read(string ics)
    {
        var calendar = Calendar.Load(ics) ?? throw new InvalidOperationException("not a calendar");
        var name = calendar.Properties.FirstOrDefault(p => p.Name == "X-WR-CALNAME")?.Value?.ToString();
        var events = calendar.Events.Select(e => new CalendarEntry(
            e.Uid ?? "", e.Summary ?? "", e.Description ?? "",
            e.DtStart ?? throw new InvalidOperationException($"event {e.Uid} has no DTSTART"),
            e.Duration is { } d ? d.ToTimeSpanUnspecified() : null)
        {
            Alarms = [.. e.Alarms.Select(a => (-(a.Trigger?.Duration?.ToTimeSpanUnspecified() ?? TimeSpan.Zero), a.Description ?? ""))],
        }).ToList();
        return (name, calendar.Version, events);
    }
}
