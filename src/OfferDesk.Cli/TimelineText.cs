using System.Text;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Cli;

/// <summary>The timeline for a terminal: each company with its dates written out, then the clashes and the move that answers each.</summary>
public static class TimelineText
{
    public static string Render(SearchTimeline t, Advice advice, bool color, int width = 80)
    {
        width = Math.Max(width, 40);
        var b = new StringBuilder();
        string Bold(string s) => color ? $"\e[1m{s}\e[0m" : s;
        string Red(string s) => color ? $"\e[1;31m{s}\e[0m" : s;
        b.Append(Bold($"Timeline from {Wording.Spoken(t.Today)}, {t.Today.Year}")).Append('\n');
        if (t.Rows.Count == 0)
            AdviceText.Wrap(b.Append('\n'), "No dates to show: no deadline, decision date, interview or start date from today on.", "", "", width);
        foreach (var r in t.Rows)
        {
            b.Append('\n');
            AdviceText.Wrap(b, TimelineWords.Name(r) + (r.Clash ? " – clash" : ""), "", "  ", width);
            foreach (var date in TimelineWords.Dates(r, t.Today)) AdviceText.Wrap(b, date, "  - ", "    ", width);
        }
        if (t.Clashes.Count > 0)
        {
            b.Append('\n').Append(Red("Clashes")).Append('\n');
            foreach (var c in t.Clashes)
            {
                AdviceText.Wrap(b, c.Words, "! ", "  ", width);
                if (c.Answer(advice) is { } m) AdviceText.Wrap(b, $"What to do: {m.Summary}", "  ", "  ", width);
            }
        }
        if (t.NoDates.Count > 0)
            AdviceText.Wrap(b.Append('\n'), $"No dates yet for {string.Join(", ", t.NoDates)}.", "", "", width);
        return b.ToString();
    }
}
