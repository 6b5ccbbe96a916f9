using System.Text;
using System.Text.Json;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Documents;

/// <summary>Writes the advice document of PLAYBOOK section 5: the same bytes for the CLI and the API.</summary>
public static class AdviceJson
{
    public static string Serialize(Advice advice, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, advice, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, Advice advice, bool indented = true)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Json.Encoder });
        w.WriteStartObject();
        w.WriteString("today", Wording.Date(advice.Today));
        WriteMoves(w, "moves", advice.Moves);
        WriteMoves(w, "upcoming", advice.Upcoming);
        w.WriteStartArray("warnings");
        foreach (var x in advice.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", x.Code);
            if (x.Opportunity is null) w.WriteNull("opportunity");
            else w.WriteString("opportunity", x.Opportunity);
            w.WriteString("message", x.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMoves(Utf8JsonWriter w, string name, IReadOnlyList<Move> moves)
    {
        w.WriteStartArray(name);
        foreach (var m in moves)
        {
            w.WriteStartObject();
            w.WriteString("code", m.CodeText);
            w.WriteString("opportunity", m.Opportunity);
            w.WriteString("company", m.Company);
            w.WriteString("priority", Wording.Code(m.Priority));
            w.WriteString("due", Wording.Date(m.Due));
            w.WriteString("channel", Wording.Code(m.Channel));
            w.WriteString("summary", m.Summary);
            w.WriteString("why", m.Why);
            w.WriteString("script", m.Script);
            w.WriteStartArray("carries");
            foreach (var c in m.Carries) w.WriteStringValue(Wording.Code(c));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
