using System.Globalization;
using System.Text.RegularExpressions;

namespace OfferDesk.Core.Import;

/// <summary>Whether 03/04/2026 is the 4th of March (month first, as US trackers write it) or the 3rd of April.</summary>
public enum DateOrder { MonthFirst, DayFirst }

/// <summary>
/// The dates trackers and spreadsheets write (2026-03-10, 2026-03-10T18:49:28Z, 3/10/2026,
/// 10.03.2026 (day first), Mar 10, 2026, 10 March 2026), read as calendar dates. A time of day, if any, is
/// dropped: the day as written is the day meant.
/// </summary>
public static partial class ImportDates
{
    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(\d{1,2})[-/](\d{1,2})[-/](\d{4}|\d{2})(?:[T ,].*)?$")]
    private static partial Regex Slashed();

    // 10.03.2026 is written day first wherever dots are the custom (Germany, much of Europe).
    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")]
    private static partial Regex Dotted();

    private static readonly string[] Named =
    [
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "d MMM yyyy", "d MMMM yyyy",
        "ddd, MMM d, yyyy", "dddd, MMMM d, yyyy", "ddd MMM d yyyy", "d-MMM-yyyy", "d-MMM-yy", "MMM d, yy",
    ];

    private static readonly HashSet<string> Nothing = new(["n/a", "na", "none", "-", "--", "\u2014", "null", "unknown", "not specified"], StringComparer.OrdinalIgnoreCase);

    /// <summary>An empty cell, or one of the words trackers write for "no value" (JobSync writes N/A).</summary>
    public static bool IsBlank(string value) => value.Trim().Length == 0 || Nothing.Contains(value.Trim());

    /// <summary>
    /// The order the slashed dates of a column are in: day first when some date's first number
    /// cannot be a month (25/03/2026), month first when some second number cannot (03/25/2026).
    /// Null when no date says (each could be either), or when they disagree.
    /// </summary>
    public static DateOrder? OrderOf(IEnumerable<string> values)
    {
        bool dayFirst = false, monthFirst = false;
        foreach (var v in values)
        {
            var m = Slashed().Match(v.Trim());
            if (!m.Success) continue;
            var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (a > 12 && b <= 12) dayFirst = true;
            if (b > 12 && a <= 12) monthFirst = true;
        }
        return dayFirst == monthFirst ? null : dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    /// <summary>Whether this is a slashed date that reads as two different days (03/04/2026).</summary>
    public static bool IsAmbiguous(string value)
    {
        var m = Slashed().Match(value.Trim());
        if (!m.Success) return false;
        var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return a <= 12 && b <= 12 && a != b;
    }

    /// <summary>The date written, or null when it is not one (a blank is not a date either: ask <see cref="IsBlank"/> first).</summary>
    public static DateOnly? Read(string value, DateOrder order)
    {
        var v = value.Trim();
        var iso = YearFirst().Match(v);
        if (iso.Success) return Make(Num(iso, 1), Num(iso, 2), Num(iso, 3));
        var slashed = Slashed().Match(v);
        if (slashed.Success)
        {
            var (a, b, year) = (Num(slashed, 1), Num(slashed, 2), Num(slashed, 3));
            if (slashed.Groups[3].Value.Length == 2) year += 2000;
            // A date that can only be read one way is read that way, whatever the column's order.
            var dayFirst = a > 12 || (order == DateOrder.DayFirst && b <= 12);
            return dayFirst ? Make(year, b, a) : Make(year, a, b);
        }
        var dotted = Dotted().Match(v);
        if (dotted.Success)
        {
            var year = Num(dotted, 3) + (dotted.Groups[3].Value.Length == 2 ? 2000 : 0);
            return Make(year, Num(dotted, 2), Num(dotted, 1));
        }
        return DateOnly.TryParseExact(v, Named, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var named) ? named : null;
    }

    private static int Num(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
