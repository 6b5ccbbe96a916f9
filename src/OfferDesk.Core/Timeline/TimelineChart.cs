using System.Globalization;
using System.Xml.Linq;
using OfferDesk.Core.Playbook;
using static OfferDesk.Core.Drawing.SvgParts;

namespace OfferDesk.Core.Timeline;

/// <summary>
/// The timeline as a self-contained SVG (no scripts, no external fonts or styles): a line of days
/// from today, one row per company, a shape per date (told apart by shape as well as colour), and
/// each clash marked on both of its rows with the gap between the deadline and their date drawn.
/// The words stay in the colour of the text around it, so it reads in light and dark mode.
/// </summary>
public static class TimelineChart
{
    /// <summary>The picture draws at most this many rows (the clashes' first); the list under it has them all.</summary>
    public const int MostRows = 12;

    /// <summary>How many clashes the picture's description and a page say in words; the rest are counted.</summary>
    public const int ClashesInWords = 5;

    /// <summary>The accessible name of every timeline picture (its &lt;title&gt;).</summary>
    public const string Title = "Timeline of your search";

    private const double Pad = 16;

    // Okabe-Ito colours, as the offer chart: told apart by most people with colour-vision deficiencies.
    private const string DeadlineColour = "#D55E00";
    private const string DecisionColour = "#0072B2";
    private const string InterviewColour = "#009E73";
    private const string StartColour = "#CC79A7";
    private const string ClashColour = "#D55E00";

    private sealed record Layout(double Width, double AxisLeft, double AxisRight, double Top, double Row, double TrackOffset,
        int NameChars, bool NamesAbove, double TickGap, string Ids)
    {
        // Wide: names to the left of the line of days; narrow (a phone, drawn near its own size so its
        // words stay readable): each name above its own line.
        public static readonly Layout Wide = new(640, 196, 640 - 24, 64, 34, 0, 20, false, 64, "offerdesk-timeline");
        public static readonly Layout Narrow = new(360, Pad, 360 - 20, 80, 44, 14, 30, true, 72, "offerdesk-timeline-narrow");
    }

    /// <summary>The rows the picture draws, in the rows' order: the clashes' rows first, then the most preferred.</summary>
    public static IReadOnlyList<TimelineRow> Drawn(SearchTimeline t)
    {
        if (t.Rows.Count <= MostRows) return t.Rows;
        var keep = new HashSet<TimelineRow>(ReferenceEqualityComparer.Instance);
        // The clashes first, in the order of their deadlines, each with both of its rows.
        foreach (var c in t.Clashes)
        {
            var adds = (keep.Contains(c.Offer) ? 0 : 1) + (keep.Contains(c.Other) ? 0 : 1);
            if (keep.Count + adds > MostRows) break;
            keep.Add(c.Offer);
            keep.Add(c.Other);
        }
        foreach (var r in t.Rows)
        {
            if (keep.Count >= MostRows) break;
            keep.Add(r);
        }
        return [.. t.Rows.Where(keep.Contains)];
    }

    /// <summary>The picture for a wide screen, or laid out for a phone when <paramref name="narrow"/> (ids of its own, so both can sit on one page).</summary>
    public static string Svg(SearchTimeline t, bool narrow = false)
    {
        var l = narrow ? Layout.Narrow : Layout.Wide;
        var rows = Drawn(t);
        var height = l.Top + Math.Max(1, rows.Count) * l.Row + 12;
        var svg = Root(l.Width, height, l.Ids,
            new XElement(Ns + "title", new XAttribute("id", l.Ids + "-title"), Title),
            new XElement(Ns + "desc", new XAttribute("id", l.Ids + "-desc"), Clean(Description(t, rows))));

        Legend(svg, l);
        var span = t.End.DayNumber - t.Today.DayNumber + 1;
        double X(DateOnly d) => l.AxisLeft + (d.DayNumber - t.Today.DayNumber) * (l.AxisRight - l.AxisLeft) / span;
        var bottom = l.Top + rows.Count * l.Row;

        // The line of days: a tick a week (or more, so labels never touch), and today's line.
        var stepDays = 7;
        while (stepDays * (l.AxisRight - l.AxisLeft) / span < l.TickGap) stepDays += 7;
        var axis = new XElement(Ns + "g", new XAttribute("class", "axis"));
        for (var d = t.Today.AddDays(stepDays); d <= t.End; d = d.AddDays(stepDays))
        {
            axis.Add(new XElement(Ns + "line", Attr("x1", X(d)), Attr("x2", X(d)), Attr("y1", l.Top - 6), Attr("y2", bottom),
                new XAttribute("stroke", TextColour), new XAttribute("stroke-opacity", "0.2")));
            var label = Text(X(d), l.Top - 10, d.ToString("MMM d", CultureInfo.InvariantCulture));
            label.SetAttributeValue("text-anchor", "middle");
            axis.Add(label);
        }
        axis.Add(new XElement(Ns + "line", Attr("x1", l.AxisLeft), Attr("x2", l.AxisLeft), Attr("y1", l.Top - 6), Attr("y2", bottom),
            new XAttribute("class", "today"), new XAttribute("stroke", TextColour), new XAttribute("stroke-width", "2")));
        var today = Text(l.AxisLeft, l.Top - 10, "Today");
        today.SetAttributeValue("font-weight", "bold");
        axis.Add(today);
        svg.Add(axis);

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var top = l.Top + r * l.Row;
            var y = top + l.TrackOffset + l.Row / 2 - (l.NamesAbove ? 4 : 0);
            var g = new XElement(Ns + "g", new XAttribute("class", row.Clash ? "row clash" : "row"),
                new XAttribute("data-opportunity", Clean(row.OpportunityId)));
            if (row.Clash)
                g.Add(new XElement(Ns + "rect", new XAttribute("class", "clash-band"), Attr("x", l.NamesAbove ? 2 : 4), Attr("y", top + 3),
                    Attr("width", 4), Attr("height", l.Row - 6), new XAttribute("fill", ClashColour)));
            var full = TimelineWords.Name(row) + (row.Clash ? ", clash" : "");
            // The rank first and the name cut to fit its column; the title has them whole.
            var label = (row.Preference is { } p ? $"#{p} " : "") + Shorten(row.Company, l.NameChars);
            var name = l.NamesAbove ? Text(l.AxisLeft + 6, top + 14, label + (row.Clash ? " – clash" : "")) : Text(l.AxisLeft - 10, y + 4, label);
            if (!l.NamesAbove) name.SetAttributeValue("text-anchor", "end");
            name.SetAttributeValue("class", "name");
            if (row.Clash) name.SetAttributeValue("font-weight", "bold");
            name.Add(new XElement(Ns + "title", Clean(full)));
            g.Add(name);
            g.Add(new XElement(Ns + "line", Attr("x1", l.AxisLeft), Attr("x2", l.AxisRight), Attr("y1", y), Attr("y2", y),
                new XAttribute("stroke", TextColour), new XAttribute("stroke-opacity", "0.35")));
            foreach (var m in row.Marks) g.Add(Shape(m, X(m.On), y, $"{row.Company}: {TimelineWords.Mark(row, m, t.Today)}"));
            svg.Add(g);
        }

        // Each clash between drawn rows: the gap from the offer's deadline to their date, drawn on the
        // other company's row, and a line from the offer's deadline down (or up) to it.
        var index = new Dictionary<TimelineRow, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Count; i++) index[rows[i]] = i;
        foreach (var c in t.Clashes)
        {
            if (!index.TryGetValue(c.Other, out var r)) continue;
            var y = l.Top + r * l.Row + l.TrackOffset + l.Row / 2 - (l.NamesAbove ? 4 : 0);
            svg.Add(new XElement(Ns + "line", new XAttribute("class", "clash-gap"),
                Attr("x1", X(c.Deadline)), Attr("x2", X(c.TheirDate)), Attr("y1", y), Attr("y2", y),
                new XAttribute("stroke", ClashColour), new XAttribute("stroke-width", "3"), new XAttribute("stroke-dasharray", "4 3"),
                new XElement(Ns + "title", Clean(c.Words))));
            if (!index.TryGetValue(c.Offer, out var o)) continue;
            var oy = l.Top + o * l.Row + l.TrackOffset + l.Row / 2 - (l.NamesAbove ? 4 : 0);
            svg.Add(new XElement(Ns + "line", new XAttribute("class", "clash-link"),
                Attr("x1", X(c.Deadline)), Attr("x2", X(c.Deadline)), Attr("y1", oy), Attr("y2", y),
                new XAttribute("stroke", ClashColour), new XAttribute("stroke-dasharray", "2 3")));
        }
        return Serialize(svg);
    }

    private static void Legend(XElement svg, Layout l)
    {
        var legend = new XElement(Ns + "g", new XAttribute("class", "legend"));
        var kinds = Enum.GetValues<MarkKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            var columns = l.NamesAbove ? 2 : 4;
            var x = Pad + i % columns * (l.NamesAbove ? 170 : 152);
            var y = Pad + i / columns * 18;
            legend.Add(Shape(new TimelineMark(kinds[i], default), x + 6, y + 6, null));
            legend.Add(Text(x + 18, y + 10, TimelineWords.Kind(kinds[i])));
        }
        svg.Add(legend);
    }

    /// <summary>A diamond for a deadline, a circle for a decision, a square for an interview, a triangle for a start.</summary>
    private static XElement Shape(TimelineMark m, double x, double y, string? title)
    {
        const double r = 6;
        XElement shape = m.Kind switch
        {
            MarkKind.Deadline => Polygon(DeadlineColour, (x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)),
            MarkKind.DecisionBy => new XElement(Ns + "circle", Attr("cx", x), Attr("cy", y), Attr("r", r), new XAttribute("fill", DecisionColour)),
            MarkKind.Interview => new XElement(Ns + "rect", Attr("x", x - r + 1), Attr("y", y - r + 1), Attr("width", 2 * r - 2), Attr("height", 2 * r - 2), new XAttribute("fill", InterviewColour)),
            _ => Polygon(StartColour, (x, y - r), (x + r, y + r - 1), (x - r, y + r - 1)),
        };
        shape.SetAttributeValue("class", "mark " + Wording.Kebab(m.Kind.ToString()));
        if (title is not null)
        {
            shape.SetAttributeValue("data-date", Wording.Date(m.On));
            shape.Add(new XElement(Ns + "title", Clean(title)));
        }
        return shape;
    }

    private static XElement Polygon(string fill, params (double X, double Y)[] points) =>
        new(Ns + "polygon", new XAttribute("points", string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}"))), new XAttribute("fill", fill));

    private static string Description(SearchTimeline t, IReadOnlyList<TimelineRow> rows)
    {
        var companies = rows.Count == 1 ? "1 company" : $"{rows.Count} companies";
        var text = $"The dates of {companies} from today, {Vocabulary.Day(t.Today, t.Today)}, to {Vocabulary.Day(t.End, t.Today)}.";
        text += t.Clashes.Count switch
        {
            0 => " No offer must be answered before a company you prefer decides.",
            1 => " One clash: " + t.Clashes[0].Words,
            <= ClashesInWords and var n => $" {n} clashes: " + string.Join(" ", t.Clashes.Select(c => c.Words)),
            var n => $" {n} clashes, the first {ClashesInWords}: " + string.Join(" ", t.Clashes.Take(ClashesInWords).Select(c => c.Words)),
        };
        if (rows.Count < t.Rows.Count) text += $" The picture shows {rows.Count} of {t.Rows.Count}; the list under it has them all.";
        return text + " Every date is written out in the list under the picture.";
    }
}
