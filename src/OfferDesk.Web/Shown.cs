using NodaTime;
using OfferDesk.Core.Model;

namespace OfferDesk.Web;

/// <summary>
/// Dates, times and names as people read them ("Tuesday, March 10, 3:00 pm", "Offers in hand"), never
/// the document's codes or ISO text; times in the candidate's own zone.
/// </summary>
public static class Shown
{
    // One way to write a day on every page, in the email and in the scripts: the playbook's own.

    /// <summary>"Tuesday, March 10".</summary>
    public static string Day(DateOnly d) => Wording.Spoken(d);

    /// <summary>"Tuesday, March 10", with the year when it is not this year's or is more than half a year away.</summary>
    public static string Day(DateOnly d, DateOnly today) => Core.Playbook.Vocabulary.Day(d, today);

    /// <summary>"3:00 pm".</summary>
    public static string Time(int hour, int minute) =>
        $"{(hour % 12 == 0 ? 12 : hour % 12)}:{minute:00} {(hour < 12 ? "am" : "pm")}";

    /// <summary>"Tue 10 Mar, 3:00 pm" in the zone, or just the day when no time was given.</summary>
    public static string When(InterviewTime at, DateTimeZone zone, DateOnly today)
    {
        if (at.Moment is not { } m) return Day(at.Date, today);
        var local = Instant.FromDateTimeOffset(m).InZone(zone).LocalDateTime;
        var day = new DateOnly(local.Year, local.Month, local.Day);
        return $"{Day(day, today)}, {Time(local.Hour, local.Minute)}";
    }

    /// <summary>
    /// A date and a time of day as typed into native pickers, read in the zone. A time that falls
    /// in a daylight-saving gap moves forward; one that happens twice is the earlier.
    /// </summary>
    public static InterviewTime AtLocal(DateOnly date, TimeOnly? time, DateTimeZone zone)
    {
        if (time is not { } t) return InterviewTime.OnDate(date);
        var local = new LocalDateTime(date.Year, date.Month, date.Day, t.Hour, t.Minute);
        var zoned = zone.AtLeniently(local);
        return InterviewTime.At(zoned.ToDateTimeOffset());
    }

    public static string Stage(Stage s) => s switch
    {
        Core.Model.Stage.Applied => "Applied",
        Core.Model.Stage.Interviewing => "Interviewing",
        Core.Model.Stage.Offer => "Offers in hand",
        Core.Model.Stage.Accepted => "Accepted",
        Core.Model.Stage.Declined => "Declined by you",
        Core.Model.Stage.Rejected => "Not moving forward",
        _ => "Withdrawn",
    };

    public static string OfferStatus(OfferStatus s) => s switch
    {
        Core.Model.OfferStatus.Verbal => "Told by word of mouth",
        Core.Model.OfferStatus.Written => "In writing",
        Core.Model.OfferStatus.Signed => "Signed",
        _ => "Expected",
    };

    public static string Workplace(Workplace w) => w switch
    {
        Core.Model.Workplace.Onsite => "On-site",
        Core.Model.Workplace.Hybrid => "Hybrid",
        _ => "Remote",
    };

    /// <summary>
    /// The weekday and date of a date field's value ("Friday, March 13"), shown beside the field so a
    /// date is checked as it is picked; empty when the value is not a date.
    /// </summary>
    public static string Weekday(string? value) =>
        value is not null && Wording.TryParseDate(value, out var d) ? Wording.Spoken(d) : "";

    /// <summary>"3 days left to answer", "answer today", "2 days overdue".</summary>
    public static string DaysLeft(DateOnly deadline, DateOnly today) => (deadline.DayNumber - today.DayNumber) switch
    {
        0 => "answer today",
        1 => "1 day left to answer",
        -1 => "1 day overdue",
        < 0 and var n => $"{-n} days overdue",
        var n => $"{n} days left to answer",
    };
}
