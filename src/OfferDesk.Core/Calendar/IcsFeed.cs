using System.Text;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Calendar;

/// <summary>
/// The search as an iCalendar feed (RFC 5545) a calendar app can subscribe to: scheduled
/// interviews, offer deadlines, and the advisor's moves on their due dates.
/// </summary>
public static class IcsFeed
{
    /// <summary>The calendar's name when the caller gives none.</summary>
    public const string DefaultCalendarName = "OfferDesk";

    /// <summary>
    /// Writes one VCALENDAR holding a VEVENT for each scheduled interview (timed, one hour, in
    /// UTC when its <c>at</c> has a time; all-day when it is only a date), each held or accepted
    /// offer's deadline (all-day, with alarms 3 days and 1 day before while the offer awaits an answer),
    /// each decision date a company still deciding gave (all-day), and each move in <see cref="Advice.Moves"/> and
    /// <see cref="Advice.Upcoming"/> (all-day on its due date, titled with the act and the person,
    /// "Call Maya (Heron Analytics)", as a phone's calendar has room for).
    /// </summary>
    /// <param name="pipeline">The search the interviews and offers come from.</param>
    /// <param name="advice">The advice whose moves become events; normally from the same pipeline.</param>
    /// <param name="stamp">The DTSTAMP of every event: when the feed was generated. Passed in so the output is reproducible.</param>
    /// <param name="calendarName">X-WR-CALNAME; <see cref="DefaultCalendarName"/> when null or blank.</param>
    /// <returns>
    /// The calendar with CRLF line endings and lines folded at 75 UTF-8 octets. Encode it as
    /// UTF-8 without a byte order mark: the folding is only correct for that encoding.
    /// </returns>
    /// <remarks>
    /// UIDs come from what an event is about (the opportunity id, the interview's position in its
    /// list, the move code), not from its text, so a re-generated feed updates events in place
    /// instead of duplicating them when a summary's wording or a due date changes.
    /// </remarks>
    public static string Write(Pipeline pipeline, Advice advice, DateTimeOffset stamp, string? calendarName = null)
    {
        var sb = new StringBuilder();
        void Line(string line) => ContentLines.AppendFolded(sb, line);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//OfferDesk//OfferDesk//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + ContentLines.EscapeText(string.IsNullOrWhiteSpace(calendarName) ? DefaultCalendarName : calendarName));

        var dtstamp = ContentLines.UtcDateTime(stamp);
        // Two events with one UID would make a client drop or merge one of them; the playbook
        // allows one move per code and opportunity, so this only guards a malformed Advice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Events(pipeline, advice))
        {
            if (!seen.Add(e.Uid)) continue;
            Line("BEGIN:VEVENT");
            Line("UID:" + ContentLines.EscapeText(e.Uid));
            Line("DTSTAMP:" + dtstamp);
            if (e.Start is { } moment)
            {
                Line("DTSTART:" + ContentLines.UtcDateTime(moment));
                Line("DURATION:PT1H");
            }
            else
            {
                Line("DTSTART;VALUE=DATE:" + ContentLines.Date(e.Day));
                // DTEND is optional for a one-day event, but some clients show an all-day event
                // without it as zero-length; the end date is exclusive.
                // The last representable day has no next day; an all-day event without DTEND is one day long (RFC 5545).
                if (e.Day < DateOnly.MaxValue) Line("DTEND;VALUE=DATE:" + ContentLines.Date(e.Day.AddDays(1)));
            }
            Line("SUMMARY:" + ContentLines.EscapeText(e.Summary));
            if (!string.IsNullOrEmpty(e.Description)) Line("DESCRIPTION:" + ContentLines.EscapeText(e.Description));
            // Reminders (deadlines, moves) should not mark the day busy; interviews should.
            Line("TRANSP:" + (e.Busy ? "OPAQUE" : "TRANSPARENT"));
            foreach (var (trigger, words) in e.Alarms ?? [])
            {
                Line("BEGIN:VALARM");
                Line("ACTION:DISPLAY");
                Line("TRIGGER:" + trigger);
                Line("DESCRIPTION:" + ContentLines.EscapeText(words));
                Line("END:VALARM");
            }
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    private sealed record CalendarEvent(string Uid, DateOnly Day, DateTimeOffset? Start, string Summary, string? Description, bool Busy,
        IReadOnlyList<(string Trigger, string Words)>? Alarms = null);

    // An all-day event starts at midnight, so an alarm "3 days before" at midnight would ring in the
    // night: these ring at 9:00 in the morning three days and one day before, as calendar apps write
    // their own all-day alerts (-P2DT15H is 9:00 three days before the day's start).
    private static IReadOnlyList<(string, string)> DeadlineAlarms(string company) =>
    [
        ("-P2DT15H", $"3 days left to answer {company}'s offer."),
        ("-PT15H", $"1 day left to answer {company}'s offer: the answer is due tomorrow."),
    ];

    private static IEnumerable<CalendarEvent> Events(Pipeline pipeline, Advice advice)
    {
        foreach (var o in pipeline.Opportunities)
        {
            for (var i = 0; i < o.Interviews.Count; i++)
            {
                var interview = o.Interviews[i];
                if (interview.Status != InterviewStatus.Scheduled) continue;
                yield return new CalendarEvent(
                    $"interview-{o.Id}-{i}@offerdesk",
                    interview.At.Date,
                    interview.At.Moment,
                    string.IsNullOrWhiteSpace(interview.Kind) ? $"Interview: {o.Company}" : $"Interview: {o.Company} ({interview.Kind})",
                    InterviewDescription(o, interview),
                    Busy: true);
            }
        }

        foreach (var o in pipeline.Opportunities)
        {
            if (o.Stage is not (Stage.Offer or Stage.Accepted) || o.Offer?.Deadline is not { } deadline) continue;
            var what = o.Offer.Title ?? o.Role;
            var description = what is null
                ? $"{o.Company} asked for your answer on their offer by this day."
                : $"{o.Company} asked for your answer on their offer ({what}) by this day.";
            // An accepted offer's deadline is history: it keeps its event, without alarms.
            yield return new CalendarEvent($"offer-deadline-{o.Id}@offerdesk", deadline, null, $"Answer due: {o.Company} offer", description, Busy: false,
                o.Stage == Stage.Offer ? DeadlineAlarms(o.Company) : null);
        }

        // When a company still deciding said it would decide (contract v3, V8): an all-day event.
        foreach (var o in pipeline.Opportunities)
        {
            if (o.Stage is not (Stage.Applied or Stage.Interviewing) || o.Process?.DecisionBy is not { } by) continue;
            yield return new CalendarEvent($"decision-{o.Id}@offerdesk", by, null, $"{o.Company} decides",
                $"{o.Company} said they would decide by this day. If you have not heard by the next working day, OfferDesk will suggest a follow-up.", Busy: false);
        }

        foreach (var m in advice.Moves.Concat(advice.Upcoming))
        {
            var o = pipeline.Find(m.Opportunity);
            yield return new CalendarEvent($"move-{m.CodeText}-{m.Opportunity}@offerdesk", m.Due, null, MoveWords.CalendarTitle(m, o), MoveDescription(m, o), Busy: false);
        }
    }

    /// <summary>
    /// The move's own summary (when the title is the short "Call Maya (Heron Analytics)"), why,
    /// and the words to say. A decision has no script; a trailing blank paragraph would only be noise.
    /// </summary>
    public static string MoveDescription(Move m, Opportunity? o)
    {
        var parts = new List<string>(3);
        if (MoveWords.CalendarTitle(m, o) != m.Summary) parts.Add(m.Summary);
        parts.Add(m.Why);
        if (!string.IsNullOrEmpty(m.Script)) parts.Add(m.Script);
        return string.Join("\n\n", parts);
    }

    private static string InterviewDescription(Opportunity o, Interview interview)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(o.Role)) lines.Add($"Role: {o.Role}");
        // The event itself is in UTC; the time as written (with its offset) is what the candidate
        // was told, so keep it visible.
        if (interview.At.Moment is not null) lines.Add($"Time as given: {interview.At}");
        foreach (var c in o.Contacts)
        {
            var role = c.Role is { } r ? $" ({Wording.Code(r)})" : "";
            lines.Add($"Contact: {c.Name}{role}");
        }
        return string.Join("\n", lines);
    }
}
