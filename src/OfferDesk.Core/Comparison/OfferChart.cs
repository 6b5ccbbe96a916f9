using System.Globalization;
using System.Text;
using System.Xml.Linq;
using OfferDesk.Core.Drawing;
using static OfferDesk.Core.Drawing.SvgParts;

namespace OfferDesk.Core.Comparison;

/// <summary>
/// A small horizontal stacked bar chart of first-year compensation, as a self-contained SVG
/// (no scripts, no external fonts or styles) that can be inlined in a page or served as an image.
/// </summary>
public static class OfferChart
{
    private static readonly XNamespace Ns = SvgParts.Ns;

    // Okabe-Ito colours: told apart by most people with colour-vision deficiencies.
    private static readonly (string Name, string Colour, Func<OfferSummary, decimal?> Value)[] Parts =
    [
        ("Base salary", "#0072B2", o => o.BaseSalary),
        ("Bonus target", "#E69F00", o => o.BonusTarget),
        ("Signing bonus", "#009E73", o => o.SigningBonus),
        ("Equity per year", "#CC79A7", o => o.EquityPerYear),
    ];

    /// <summary>
    /// Where things go: a wide chart has names to the left of the bars; a narrow one (a phone's
    /// width, drawn at about its own size so its words stay readable) has each name above its bar.
    /// </summary>
    private sealed record Layout(double Width, double LabelRight, double BarLeft, double BarMax, double BarsTop, double Row,
        double BarOffset, int NameChars, int LegendColumns, string Ids)
    {
        public static readonly Layout Wide = new(640, 168, 176, 640 - 176 - Pad - 120, 44, 32, 0, 22, 4, "offerdesk-offer-chart");
        public static readonly Layout Narrow = new(360, 0, Pad, 360 - Pad - Pad - 104, 62, 48, 18, 44, 2, "offerdesk-offer-chart-narrow");
        public bool NamesAbove => BarOffset > 0;
    }

    private const double Pad = 16;
    private const double BarHeight = 20;

    /// <summary>The accessible name of every chart (its &lt;title&gt;).</summary>
    public const string Title = "First-year compensation by offer";

    /// <summary>
    /// Draws one bar per offer whose <see cref="OfferSummary.FirstYearTotal"/> is known, split into
    /// base, bonus target, signing bonus and equity per year, longest for the largest total, in the
    /// given order. When the offers are in different currencies only those in the most common one
    /// are drawn, and the description says which were left out.
    /// </summary>
    /// <param name="offers">Usually <see cref="OfferComparison.Compare"/>'s result.</param>
    /// <returns>
    /// An &lt;svg&gt; element with <c>role="img"</c>, a &lt;title&gt; and a &lt;desc&gt; that states every value
    /// in words, and a viewBox but no fixed width, so it scales to its container. With nothing
    /// to draw it is a short SVG saying "No offers to chart".
    /// </returns>
    /// <remarks>
    /// An offer without a currency is drawn with the chosen currency's offers, as the playbook
    /// treats a missing currency as matching. The <c>aria-labelledby</c> ids are fixed, so put at
    /// most one chart on a page.
    /// </remarks>
    public static string Svg(IReadOnlyList<OfferSummary> offers) => Svg(offers, narrow: false);

    /// <summary>
    /// The same chart laid out for a narrow screen when <paramref name="narrow"/>: names above their
    /// bars, about 360 wide, with ids of its own, so both can sit on one page (one shown at a time).
    /// </summary>
    public static string Svg(IReadOnlyList<OfferSummary> offers, bool narrow)
    {
        var l = narrow ? Layout.Narrow : Layout.Wide;
        var known = offers.Where(o => o.FirstYearTotal is not null).ToList();
        var noTotal = offers.Where(o => o.FirstYearTotal is null).ToList();

        // Most common currency; on a tie, the one the earliest (most preferred) offer uses.
        var currency = known
            .Where(o => o.Currency is not null)
            .Select((o, i) => (o.Currency!, i))
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.i))
            .Select(g => g.Key)
            .FirstOrDefault();
        var charted = known.Where(o => o.Currency is null || currency is null || o.Currency == currency).ToList();
        var otherCurrency = known.Except(charted).ToList();

        if (charted.Count == 0) return Empty(noTotal, l);

        var max = charted.Max(o => o.FirstYearTotal!.Value);
        var height = l.BarsTop + charted.Count * l.Row + (otherCurrency.Count > 0 ? 24 : 0) + 8;

        var svg = Root(height, l,
            new XElement(Ns + "title", new XAttribute("id", l.Ids + "-title"), Title),
            new XElement(Ns + "desc", new XAttribute("id", l.Ids + "-desc"), Clean(Description(charted, currency, noTotal, otherCurrency))));

        var legend = new XElement(Ns + "g", new XAttribute("class", "legend"));
        for (var i = 0; i < Parts.Length; i++)
        {
            var x = Pad + i % l.LegendColumns * 150;
            var top = Pad + i / l.LegendColumns * 20;
            legend.Add(
                new XElement(Ns + "rect", Attr("x", x), Attr("y", top), Attr("width", 12), Attr("height", 12), new XAttribute("fill", Parts[i].Colour)),
                Text(x + 18, top + 10, Parts[i].Name));
        }
        svg.Add(legend);

        for (var r = 0; r < charted.Count; r++)
        {
            var o = charted[r];
            var top = l.BarsTop + r * l.Row;
            var y = top + l.BarOffset;
            var total = o.FirstYearTotal!.Value;
            var bar = new XElement(Ns + "g",
                new XAttribute("class", "bar"),
                new XAttribute("data-offer", Clean(o.OpportunityId)),
                new XAttribute("data-total", total.ToString(CultureInfo.InvariantCulture)));

            var name = l.NamesAbove ? Text(Pad, top + 12, Shorten(o.Company, l.NameChars)) : Text(l.LabelRight, y + BarHeight / 2 + 4, Shorten(o.Company, l.NameChars));
            if (!l.NamesAbove) name.SetAttributeValue("text-anchor", "end");
            name.SetAttributeValue("class", "name");
            if (name.Value != Clean(o.Company)) name.Add(new XElement(Ns + "title", Clean(o.Company)));
            bar.Add(name);

            // Widths are computed from running sums so rounding never makes the stack drift away
            // from total/max: the bar's right edge is exact, whatever the parts.
            decimal running = 0;
            var left = l.BarLeft;
            foreach (var (partName, colour, value) in Parts)
            {
                if (value(o) is not { } v || v <= 0) continue;
                running += v;
                var right = l.BarLeft + Scale(running, max, l);
                bar.Add(new XElement(Ns + "rect",
                    new XAttribute("class", "segment"),
                    Attr("x", left), Attr("y", y), Attr("width", right - left), Attr("height", BarHeight),
                    new XAttribute("fill", colour),
                    new XElement(Ns + "title", Clean($"{o.Company}, {partName.ToLowerInvariant()}: {Money(v, o.Currency)}"))));
                left = right;
            }

            var label = Text(l.BarLeft + Scale(total, max, l) + 6, y + BarHeight / 2 + 4, Money(total, o.Currency));
            label.SetAttributeValue("class", "total");
            bar.Add(label);
            svg.Add(bar);
        }

        if (otherCurrency.Count > 0)
            svg.Add(Text(Pad, l.BarsTop + charted.Count * l.Row + 16,
                $"Only offers in {currency} are shown; {Count(otherCurrency.Count, "offer")} in another currency left out."));

        return Serialize(svg);
    }

    private static string Empty(List<OfferSummary> noTotal, Layout l)
    {
        var desc = "There are no offers with a known first-year total to chart.";
        if (noTotal.Count > 0) desc += " " + NoTotalSentence(noTotal);
        var svg = Root(48, l,
            new XElement(Ns + "title", new XAttribute("id", l.Ids + "-title"), Title),
            new XElement(Ns + "desc", new XAttribute("id", l.Ids + "-desc"), Clean(desc)));
        var text = Text(l.Width / 2, 28, "No offers to chart");
        text.SetAttributeValue("text-anchor", "middle");
        svg.Add(text);
        return Serialize(svg);
    }

    private static XElement Root(double height, Layout l, params object[] content) => SvgParts.Root(l.Width, height, l.Ids, content);

    private static string Description(List<OfferSummary> charted, string? currency, List<OfferSummary> noTotal, List<OfferSummary> otherCurrency)
    {
        var sb = new StringBuilder("Stacked bars of first-year compensation");
        if (currency is not null) sb.Append(" in ").Append(currency);
        sb.Append(", one per offer, split into base salary, bonus target, signing bonus and equity per year.");
        foreach (var o in charted)
        {
            sb.Append(' ').Append(o.Company).Append(": ").Append(Money(o.FirstYearTotal!.Value, o.Currency)).Append(" in total (");
            sb.Append(string.Join(", ", Parts
                .Where(p => p.Value(o) is > 0)
                .Select(p => $"{p.Name.ToLowerInvariant()} {Money(p.Value(o)!.Value, null)}")));
            sb.Append(").");
        }
        if (otherCurrency.Count > 0)
        {
            sb.Append(" Only offers in ").Append(currency).Append(" are charted; left out for being in another currency: ");
            sb.Append(string.Join(", ", otherCurrency.Select(o => $"{o.Company} ({o.Currency})"))).Append('.');
        }
        if (noTotal.Count > 0) sb.Append(' ').Append(NoTotalSentence(noTotal));
        return sb.ToString();
    }

    private static string NoTotalSentence(List<OfferSummary> noTotal) =>
        "Not charted because no base salary is given: " + string.Join(", ", noTotal.Select(o => o.Company)) + ".";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static double Scale(decimal value, decimal max, Layout l) => max <= 0 ? 0 : (double)(value / max) * l.BarMax;

    private static string Money(decimal amount, string? currency)
    {
        var n = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return currency is null ? n : $"{currency} {n}";
    }
}
