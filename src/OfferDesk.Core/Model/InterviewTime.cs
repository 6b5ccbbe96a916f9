using System.Globalization;

namespace OfferDesk.Core.Model;

/// <summary>
/// An interview's <c>at</c>: a calendar date, or a date-time with its offset. The rules use the
/// calendar date as written, in its own offset, unconverted (PLAYBOOK section 2).
/// </summary>
public readonly record struct InterviewTime(DateOnly Date, DateTimeOffset? Moment)
{
    public static InterviewTime OnDate(DateOnly date) => new(date, null);

    public static InterviewTime At(DateTimeOffset moment) => new(DateOnly.FromDateTime(moment.DateTime), moment);

    public static bool TryParse(string text, out InterviewTime value)
    {
        value = default;
        if (text.Length == 10)
        {
            if (!Wording.TryParseDate(text, out var d)) return false;
            value = OnDate(d);
            return true;
        }
        // A date-time must carry its offset: a bare local time is ambiguous.
        if (text.Length < 17 || !(text.EndsWith('Z') || HasOffset(text))) return false;
        if (!DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
            return false;
        value = At(m);
        return true;
    }

    private static bool HasOffset(string text)
    {
        var tail = text[^6..];
        return (tail[0] == '+' || tail[0] == '-') && tail[3] == ':';
    }

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public override string ToString() => Moment is { } m
        ? m.ToString(m.Millisecond == 0 && m.Microsecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
