using System.Text;
using System.Text.Json;
using OfferDesk.Core.Playbook;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Core.Documents;

/// <summary>
/// Writes the timeline document: the same bytes for <c>offerdesk timeline --format json</c> and
/// <c>GET /api/timeline</c>. Dates are ISO here, as in every document; the words are for people.
/// </summary>
public static class TimelineJson
{
    public static string Serialize(SearchTimeline t, Advice advice, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, t, advice, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, SearchTimeline t, Advice advice, bool indented = true)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Json.Encoder });
        w.WriteStartObject();
        w.WriteString("today", Wording.Date(t.Today));
        w.WriteString("end", Wording.Date(t.End));
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            w.WriteString("opportunity", r.OpportunityId);
            w.WriteString("company", r.Company);
            if (r.Preference is { } p) w.WriteNumber("preference", p);
            else w.WriteNull("preference");
            w.WriteString("stage", Wording.Code(r.Stage));
            Date(w, "deadline", r.Deadline);
            if (r.Deadline is { } d) w.WriteNumber("daysLeft", d.DayNumber - t.Today.DayNumber);
            Date(w, "decisionBy", r.DecisionBy);
            w.WriteStartArray("interviews");
            foreach (var i in r.Interviews) w.WriteStringValue(Wording.Date(i));
            w.WriteEndArray();
            Date(w, "startDate", r.StartDate);
            w.WriteBoolean("clash", r.Clash);
            w.WriteStartArray("dates");
            foreach (var m in r.Marks) w.WriteStringValue(TimelineWords.Mark(r, m, t.Today));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("clashes");
        foreach (var c in t.Clashes)
        {
            w.WriteStartObject();
            w.WriteString("offer", c.Offer.OpportunityId);
            w.WriteString("other", c.Other.OpportunityId);
            w.WriteString("kind", Wording.Code(c.Kind));
            w.WriteString("deadline", Wording.Date(c.Deadline));
            w.WriteString("theirDate", Wording.Date(c.TheirDate));
            w.WriteNumber("daysBefore", c.DaysBefore);
            w.WriteString("words", c.Words);
            if (c.Answer(advice) is { } m)
            {
                w.WriteStartObject("move");
                w.WriteString("code", m.CodeText);
                w.WriteString("opportunity", m.Opportunity);
                w.WriteString("summary", m.Summary);
                w.WriteEndObject();
            }
            else w.WriteNull("move");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("noDates");
        foreach (var n in t.NoDates) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } x) w.WriteString(name, Wording.Date(x));
        else w.WriteNull(name);
    }
}
