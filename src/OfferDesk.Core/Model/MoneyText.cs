using System.Globalization;
using System.Text;

namespace OfferDesk.Core.Model;

/// <summary>
/// How a person writes numbers: the mark before the cents and the mark between thousands. Taken
/// from their language (the browser's, or a file's); the app runs with invariant globalization,
/// so the few conventions that matter are written out here rather than read from ICU.
/// </summary>
public sealed record NumberLocale(char DecimalMark, char GroupMark)
{
    /// <summary>1,234.56: English, Chinese, Japanese, Korean, Hebrew, Hindi, Thai and most of the Americas.</summary>
    public static readonly NumberLocale Point = new('.', ',');
    /// <summary>1.234,56: German, Spanish, Italian, Dutch, Portuguese, Danish, Turkish, Indonesian...</summary>
    public static readonly NumberLocale CommaWithPoints = new(',', '.');
    /// <summary>1 234,56: French, the Nordic and Slavic languages, Hungarian, Finnish...</summary>
    public static readonly NumberLocale CommaWithSpaces = new(',', ' ');
    /// <summary>1'234.56: Swiss German and Italian, Liechtenstein.</summary>
    public static readonly NumberLocale Swiss = new('.', '\'');

    private static readonly HashSet<string> PointsLanguages = ["de", "es", "it", "nl", "pt", "da", "tr", "id", "el", "ro", "hr", "sl", "sr", "ca", "gl", "eu", "is", "vi", "ms"];
    private static readonly HashSet<string> SpacesLanguages = ["fr", "sv", "nb", "no", "nn", "fi", "pl", "cs", "sk", "ru", "uk", "be", "bg", "hu", "lt", "lv", "et", "kk", "ka", "hy"];

    /// <summary>
    /// The convention of the first language in <paramref name="languages"/> (a tag such as
    /// <c>de-DE</c>, or a whole Accept-Language header such as <c>fr-CH,fr;q=0.9,en;q=0.8</c>);
    /// English's when there is none.
    /// </summary>
    public static NumberLocale From(string? languages)
    {
        if (string.IsNullOrWhiteSpace(languages)) return Point;
        var first = languages.Split(',')[0].Split(';')[0].Trim().Replace('_', '-');
        var parts = first.Split('-');
        var language = parts[0].ToLowerInvariant();
        var region = parts.Length > 1 ? parts[^1].ToUpperInvariant() : "";
        if (region is "CH" or "LI" && language is "de" or "it" or "rm") return Swiss;
        if (language == "es" && region is "MX" or "US" or "PR" or "GT" or "DO" or "HN" or "NI" or "PA" or "SV") return Point;
        if (language == "pt" && region == "PT") return CommaWithSpaces;
        if (language == "en" && region == "ZA") return CommaWithSpaces;
        if (PointsLanguages.Contains(language)) return CommaWithPoints;
        if (SpacesLanguages.Contains(language)) return CommaWithSpaces;
        return Point;
    }
}

/// <summary>What an amount typed by a person says: the amount, or a question or refusal in words.</summary>
/// <param name="Amount">The amount, when it reads one way only.</param>
/// <param name="Currency">The currency the text itself names (€, £, "EUR"), when it names exactly one.</param>
/// <param name="Problem">Why it does not read, in words that follow the field's label ("Base salary: ...").</param>
/// <param name="Choices">When the text reads two ways, both (the problem asks which).</param>
public sealed record MoneyReading(decimal? Amount, string? Currency, string? Problem, IReadOnlyList<decimal> Choices)
{
    public bool IsEmpty => Amount is null && Problem is null;
}

/// <summary>
/// The one reader of money as people write it, for every money field (the company page, the
/// one-step offer, a tracker's CSV): <c>120k</c>, <c>$120,000</c>, <c>120.000 €</c>,
/// <c>€95.000</c>, <c>120 000</c>, <c>1.2M</c>, <c>1.234,56</c>, <c>12,00,000</c>.
/// </summary>
/// <remarks>
/// The one reading that can go two ways is a single dot or comma followed by exactly three
/// digits (<c>120.000</c>: a hundred and twenty thousand, or a hundred and twenty). It is a
/// thousands mark when the person's own convention uses it so (<paramref name="locale"/>), or
/// when the currency's does (euros are written <c>120.000</c>, dollars <c>120,000</c>); otherwise
/// it is asked back, never guessed. Two marks, repeated marks, spaces and apostrophes each read
/// one way only.
/// </remarks>
public static class MoneyText
{
    /// <summary>Symbols and the currencies each can mean; the first letters of a code are checked separately.</summary>
    private static readonly (string Symbol, string[] Currencies)[] Symbols =
    [
        ("US$", ["USD"]), ("CA$", ["CAD"]), ("C$", ["CAD"]), ("A$", ["AUD"]), ("AU$", ["AUD"]), ("NZ$", ["NZD"]),
        ("HK$", ["HKD"]), ("S$", ["SGD"]), ("R$", ["BRL"]), ("MX$", ["MXN"]),
        ("$", ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "BRL"]),
        ("€", ["EUR"]), ("£", ["GBP"]), ("¥", ["JPY", "CNY"]), ("￥", ["JPY", "CNY"]), ("₹", ["INR"]), ("₩", ["KRW"]),
        ("₪", ["ILS"]), ("₺", ["TRY"]), ("₽", ["RUB"]), ("₴", ["UAH"]), ("₱", ["PHP"]), ("₫", ["VND"]), ("₦", ["NGN"]),
        ("zł", ["PLN"]), ("Kč", ["CZK"]), ("Fr.", ["CHF"]), ("kr.", ["DKK", "SEK", "NOK", "ISK"]), ("kr", ["DKK", "SEK", "NOK", "ISK"]),
    ];

    /// <summary>Where the currency's own custom writes thousands with a dot (or a space), so <c>120.000</c> means thousands.</summary>
    private static readonly HashSet<string> DotThousands = ["EUR", "DKK", "NOK", "SEK", "ISK", "TRY", "IDR", "BRL", "ARS", "CLP", "COP", "VND", "RON", "HRK", "RSD", "PYG", "UYU"];
    /// <summary>Where it writes thousands with a comma.</summary>
    private static readonly HashSet<string> CommaThousands = ["USD", "GBP", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "INR", "JPY", "CNY", "KRW", "ILS", "MXN", "PHP", "THB", "MYR", "NGN", "KES", "ZAR", "AED", "SAR"];
    /// <summary>Currencies counted in thousandths: there <c>1.500</c> can be an amount with three decimals.</summary>
    private static readonly HashSet<string> ThreeDecimals = ["BHD", "KWD", "OMR", "JOD", "IQD", "LYD", "TND"];

    private static readonly (string Word, decimal Factor)[] Multipliers =
    [
        ("thousand", 1_000m), ("million", 1_000_000m), ("mn", 1_000_000m), ("mio", 1_000_000m), ("k", 1_000m), ("m", 1_000_000m),
    ];

    private static readonly string[] PerYear = ["per year", "per annum", "a year", "/year", "/yr", "/y", "p.a.", "pa", "yearly", "annually", "annual"];
    private static readonly string[] PerOther = ["per month", "a month", "/month", "/mo", "monthly", "per hour", "an hour", "/hour", "/hr", "/h", "hourly", "per week", "a week", "/week", "/wk", "weekly", "per day", "a day", "/day", "daily"];

    /// <summary>
    /// Reads <paramref name="text"/> as an amount of money in <paramref name="currency"/> (the
    /// offer's, if it has one) for a person writing as <paramref name="locale"/> does. Blank reads
    /// as no amount and no problem.
    /// </summary>
    public static MoneyReading Read(string? text, string? currency, NumberLocale locale) => ReadCore(text, currency, locale, percent: false);

    /// <summary>A percentage (a bonus target): a number written the same ways, with or without %, no currency, no k.</summary>
    public static MoneyReading ReadPercent(string? text, NumberLocale locale) => ReadCore(text, null, locale, percent: true);

    /// <summary>An amount as this person reads it back: 120,000 or 120.000 or 120 000, cents only when there are some.</summary>
    public static string Format(decimal amount, NumberLocale locale)
    {
        var invariant = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
            sb.Append(c switch { ',' => locale.GroupMark == ' ' ? '\u00A0' : locale.GroupMark, '.' => locale.DecimalMark, _ => c });
        return sb.ToString();
    }

    private static MoneyReading Fail(string problem) => new(null, null, problem, []);

    private static MoneyReading ReadCore(string? text, string? currency, NumberLocale locale, bool percent)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, null, null, []);
        var original = text.Trim();
        var example = percent ? "10 or 12.5%" : $"{Format(120000, locale)} or 120k";
        MoneyReading NotAnAmount() => Fail($"\"{Clip(original)}\" is not {(percent ? "a percentage" : "an amount")}: write it like {example}");

        // Unicode spaces (no-break, thin, narrow) and other scripts' digits read as ours.
        var s = Normalise(original);
        currency = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();

        if (s.StartsWith('-') || s.StartsWith('\u2212')) return Fail($"{Clip(original)} is negative: amounts are 0 or more");
        if (s.StartsWith('+')) s = s[1..].TrimStart();

        if (percent)
        {
            if (s.EndsWith('%')) s = s[..^1].TrimEnd();
        }
        else
        {
            var lower = s.ToLowerInvariant();
            foreach (var other in PerOther)
                if (lower.EndsWith(other, StringComparison.Ordinal) && (other.StartsWith('/') || EndsWithWord(lower, other)))
                    return Fail($"\"{Clip(original)}\" is not for a whole year: write the yearly amount");
            foreach (var year in PerYear)
                if (lower.EndsWith(year, StringComparison.Ordinal) && (year.StartsWith('/') || EndsWithWord(lower, year)))
                {
                    s = s[..^year.Length].TrimEnd();
                    break;
                }
        }

        // A currency, written before or after the number.
        string[]? named = null;
        if (!percent)
        {
            for (var pass = 0; pass < 2; pass++)
            {
                var (found, rest) = TakeCurrency(s);
                if (found is null) break;
                if (named is not null && !named.Intersect(found).Any()) return Fail($"\"{Clip(original)}\" names two currencies: write one amount in one currency");
                named = named is null ? found : [.. named.Intersect(found)];
                s = rest;
            }
            if (named is not null && currency is not null && !named.Contains(currency))
                return Fail($"\"{Clip(original)}\" is in {CurrencyWords(named)}, but this offer is in {currency}: change the currency, or write the amount in {currency}");
        }

        // "120k-140k", "120,000 to 140,000": one amount, please.
        if (IsRange(s)) return Fail($"\"{Clip(original)}\" is a range: write the one amount of the offer");

        decimal factor = 1;
        if (!percent)
        {
            var lower = s.ToLowerInvariant();
            foreach (var (word, f) in Multipliers)
                if (lower.EndsWith(word, StringComparison.Ordinal) && lower.Length > word.Length && (char.IsDigit(lower[^(word.Length + 1)]) || lower[^(word.Length + 1)] == ' '))
                {
                    factor = f;
                    s = s[..^word.Length].TrimEnd();
                    break;
                }
        }
        s = s.Trim();
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) && s[0] is not ('.' or ',') || !char.IsAsciiDigit(s[^1])) return NotAnAmount();

        var whose = currency ?? (named is { Length: 1 } ? named[0] : named is { } n && n.Contains("USD") ? "USD" : null);
        var readings = Readings(s, locale, whose);
        if (readings is null) return NotAnAmount();

        var amounts = new List<decimal>();
        foreach (var r in readings)
        {
            if (!decimal.TryParse(r, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return Fail($"\"{Clip(original)}\" is too large to be an amount");
            try { value *= factor; }
            catch (OverflowException) { return Fail($"\"{Clip(original)}\" is too large to be an amount"); }
            // 1.2 times a million is 1200000.0: the same number without the trailing zero.
            amounts.Add(value / 1.000000000000000000000000000000000m);
        }
        var detected = named is { Length: 1 } ? named[0] : null;
        if (amounts.Count == 1) return new(amounts[0], detected, null, []);

        var (a, b) = (amounts[0], amounts[1]);
        var plainA = a.ToString(CultureInfo.InvariantCulture);
        var plainB = b.ToString(CultureInfo.InvariantCulture);
        return new(null, detected,
            $"\"{Clip(original)}\" can be read two ways. Did you mean {Format(a, locale)} or {Format(b, locale)}? Write {plainA} or {plainB} to say which",
            [a, b]);
    }

    /// <summary>
    /// The digits and marks of <paramref name="s"/> as invariant numbers (digits and at most one
    /// point): one reading, two when it reads two ways, null when it is not a number.
    /// </summary>
    private static List<string>? Readings(string s, NumberLocale locale, string? currency)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ' or '\'')) return null;

        // Spaces and apostrophes only ever separate thousands.
        foreach (var mark in new[] { ' ', '\'' })
            if (s.Contains(mark))
            {
                var groups = s.Split(mark);
                if (!ValidGroups(groups.Select(g => CutDecimals(g, last: g == groups[^1])).ToArray(), indian: false)) return null;
                s = string.Concat(groups);
            }

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots == 0 && commas == 0) return [s];

        if (dots > 0 && commas > 0)
        {
            // Both marks: the last one written is the decimal mark, and it is written once.
            var decimalMark = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var group = decimalMark == '.' ? ',' : '.';
            if (s.Count(c => c == decimalMark) != 1) return null;
            var at = s.IndexOf(decimalMark);
            var (whole, cents) = (s[..at], s[(at + 1)..]);
            if (cents.Length is < 1 or > 2 || !ValidGroups(whole.Split(group), indian: group == ',')) return null;
            return [whole.Replace(group.ToString(), "") + "." + cents];
        }

        var m = dots > 0 ? '.' : ',';
        var parts = s.Split(m);
        if (parts.Length > 2)
            return ValidGroups(parts, indian: m == ',') ? [string.Concat(parts)] : null;

        var (left, right) = (parts[0], parts[1]);
        if (right.Length is 1 or 2) return [(left.Length == 0 ? "0" : left) + "." + right];
        if (right.Length != 3 || left.Length is 0 or > 3) return null;

        // One mark and three digits after it: thousands or thousandths.
        var thousands = left + right;
        var fraction = left + "." + right;
        var claimedAsGroup = locale.GroupMark == m
            || (m == '.' && currency is not null && DotThousands.Contains(currency))
            || (m == ',' && currency is not null && CommaThousands.Contains(currency));
        if (claimedAsGroup && (currency is null || !ThreeDecimals.Contains(currency))) return [thousands];
        return [thousands, fraction.TrimEnd('0').TrimEnd('.')];
    }

    /// <summary>The whole part of a last space-separated group ("000,50" gives "000"); other groups as they are.</summary>
    private static string CutDecimals(string group, bool last)
    {
        if (!last) return group;
        var at = group.IndexOfAny(['.', ',']);
        return at < 0 ? group : group[..at];
    }

    /// <summary>1 to 3 digits, then groups of exactly three (Indian writing: groups of two, then three).</summary>
    private static bool ValidGroups(string[] groups, bool indian)
    {
        if (groups.Length == 0 || groups[0].Length is < 1 or > 3 || !groups.All(g => g.All(char.IsAsciiDigit))) return false;
        if (groups.Skip(1).All(g => g.Length == 3)) return true;
        return indian && groups[0].Length <= 2 && groups.Length >= 3 && groups[^1].Length == 3 && groups[1..^1].All(g => g.Length == 2);
    }

    private static (string[]? Currencies, string Remainder) TakeCurrency(string s)
    {
        foreach (var (symbol, currencies) in Symbols)
        {
            if (s.StartsWith(symbol, StringComparison.OrdinalIgnoreCase) && symbol.Length < s.Length) return (currencies, s[symbol.Length..].Trim());
            if (s.EndsWith(symbol, StringComparison.OrdinalIgnoreCase) && symbol.Length < s.Length)
            {
                // "kr", "zł": a word of letters, so it must not be the end of "1.2mkr" or similar.
                var before = s[^(symbol.Length + 1)];
                if (char.IsLetter(symbol[0]) && char.IsLetter(before)) continue;
                return (currencies, s[..^symbol.Length].Trim());
            }
        }
        // A three-letter code: "EUR 95000", "120000 usd".
        if (s.Length > 4 && s[..3].All(char.IsAsciiLetter) && !char.IsAsciiLetter(s[3])) return ([s[..3].ToUpperInvariant()], s[3..].Trim());
        if (s.Length > 4 && s[^3..].All(char.IsAsciiLetter) && !char.IsAsciiLetter(s[^4]) && !IsMultiplierEnd(s)) return ([s[^3..].ToUpperInvariant()], s[..^3].Trim());
        return (null, s);
    }

    private static bool IsMultiplierEnd(string s) => s.EndsWith("mio", StringComparison.OrdinalIgnoreCase);

    private static bool IsRange(string s)
    {
        for (var i = 1; i < s.Length - 1; i++)
            if (s[i] is '-' or '\u2013' or '\u2014') return true;
        var lower = s.ToLowerInvariant();
        return lower.Contains(" to ", StringComparison.Ordinal) || lower.Contains(" bis ", StringComparison.Ordinal) || lower.Contains(" à ", StringComparison.Ordinal);
    }

    private static bool EndsWithWord(string lower, string word) =>
        lower.Length > word.Length && (lower[^(word.Length + 1)] is ' ' || char.IsDigit(lower[^(word.Length + 1)]) || !char.IsLetter(word[0]));

    private static string CurrencyWords(string[] currencies) => currencies switch
    {
        ["EUR"] => "euros (EUR)",
        ["GBP"] => "pounds (GBP)",
        ["INR"] => "rupees (INR)",
        ["JPY", "CNY"] => "yen or yuan",
        [var one] => one,
        _ when currencies.Contains("USD") => "dollars or pesos",
        _ when currencies.Contains("SEK") => "kronor or kroner",
        _ => string.Join(" or ", currencies),
    };

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\u3000' || char.IsWhiteSpace(c)) { sb.Append(' '); continue; }
            if (c is '\u2019' or '\u02BC') { sb.Append('\''); continue; }
            if (c == '\u066B') { sb.Append('.'); continue; }   // Arabic decimal separator
            if (c == '\u066C') { sb.Append(','); continue; }   // Arabic thousands separator
            if (c == '_') continue;                            // 120_000, as code writes it
            if (char.IsDigit(c) && !char.IsAsciiDigit(c) && CharUnicodeInfo.GetDecimalDigitValue(c) is var d and >= 0) { sb.Append((char)('0' + d)); continue; }
            if (c is >= '\uFF10' and <= '\uFF19') { sb.Append((char)('0' + (c - '\uFF10'))); continue; }
            sb.Append(c);
        }
        // Runs of spaces as one, so "120  000" reads as "120 000".
        var collapsed = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
            if (c != ' ' || collapsed.Length == 0 || collapsed[^1] != ' ') collapsed.Append(c);
        return collapsed.ToString().Trim();
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..39] + "\u2026";
}
