using System.Globalization;
using System.Text;

namespace OfferDesk.Core.Calendar;

/// <summary>
/// The low-level rules of RFC 5545 section 3.1 and 3.3: TEXT escaping, line folding and the
/// date formats. Kept apart from <see cref="IcsFeed"/> so the fiddly parts can be tested on their own.
/// </summary>
internal static class ContentLines
{
    /// <summary>The most octets a physical line may hold, not counting its CRLF (RFC 5545 3.1).</summary>
    public const int MaxOctets = 75;

    /// <summary>
    /// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, and
    /// every line break (CRLF, CR or LF) becomes <c>\n</c>. Other control characters are dropped,
    /// because TEXT may not contain them and a strict parser would reject the whole calendar.
    /// </summary>
    public static string EscapeText(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    sb.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    break;
                case '\n': sb.Append(@"\n"); break;
                case '\t': sb.Append(c); break;
                default:
                    if (c < ' ' || c == '\u007f') break;
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Appends one content line, folded so no physical line exceeds <see cref="MaxOctets"/> UTF-8
    /// octets, each ending in CRLF. Folds fall between whole characters (never inside a multi-byte
    /// UTF-8 sequence or a surrogate pair); a continuation line starts with one space, which counts
    /// toward its 75 octets.
    /// </summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        var used = 0;
        // Runes, not chars: a fold between the halves of a surrogate pair would split a 4-byte
        // sequence. Unpaired surrogates come out as U+FFFD, which is what a UTF-8 encoder would write.
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (used + size > MaxOctets)
            {
                output.Append("\r\n ");
                used = 1;
            }
            output.Append(rune.ToString());
            used += size;
        }
        output.Append("\r\n");
    }

    /// <summary>A DATE value: <c>20261127</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A DATE-TIME in UTC, form #2 (<c>20261125T210000Z</c>). UTC avoids shipping VTIMEZONE blocks:
    /// the document only knows an offset, not a named zone, so UTC is the honest choice.
    /// Fractions of a second are dropped because the format has no place for them.
    /// </summary>
    public static string UtcDateTime(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
