using System.Globalization;

namespace OfferDesk.Core.Tests.Support;

/// <summary>
/// The fixed day most tests advise on (a Tuesday in March, far from the slow season), and the
/// days around it, so a test reads "heard from them five days ago" rather than a date to work out.
/// </summary>
public static class Day
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static DateOnly Ago(int days) => Today.AddDays(-days);

    public static DateOnly In(int days) => Today.AddDays(days);

    public static DateOnly Yesterday => Ago(1);

    public static DateOnly Tomorrow => In(1);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
