using System.Globalization;

namespace OfferDesk.Core.Model;

/// <summary>The document's spelling of enum values (kebab-case) and dates (YYYY-MM-DD).</summary>
public static class Wording
{
    public static string Code<T>(T value) where T : struct, Enum => Names<T>.ToCode[value];

    public static bool TryParse<T>(string code, out T value) where T : struct, Enum =>
        Names<T>.FromCode.TryGetValue(code, out value);

    public static IReadOnlyList<string> Codes<T>() where T : struct, Enum => Names<T>.All;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A day to advise for, given from outside (the API's <c>today</c>, the command's <c>--today</c>):
    /// a date in the years a document's dates may take, or why not. The moves add and subtract days
    /// from it, which the first and last days a date can hold would not survive.
    /// </summary>
    public static string? ReadDay(string text, out DateOnly date)
    {
        if (!TryParseDate(text, out date)) return $"\"{text}\" is not a date (YYYY-MM-DD)";
        if (date.Year is < Documents.Limits.FirstYear or > Documents.Limits.LastYear)
            return $"{Date(date)} is not a day we advise for: use a date in the years {Documents.Limits.FirstYear} to {Documents.Limits.LastYear}";
        return null;
    }

    /// <summary>A date for people: "Friday, March 13".</summary>
    public static string Spoken(DateOnly date) => date.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);

    public static string Kebab(string pascal)
    {
        var chars = new List<char>(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) chars.Add('-');
            chars.Add(char.ToLowerInvariant(c));
        }
        return new string([.. chars]);
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ToCode = Enum.GetValues<T>().ToDictionary(v => v, v => Kebab(v.ToString()));
        public static readonly Dictionary<string, T> FromCode = ToCode.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        public static readonly IReadOnlyList<string> All = [.. ToCode.Values];
    }
}
