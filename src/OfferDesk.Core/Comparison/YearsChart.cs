using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static OfferDesk.Core.Comparison.OfferChart;
using static OfferDesk.Core.Drawing.SvgParts;

namespace OfferDesk.Core.Comparison;

/// <summary>
/// Four years of money per offer as a self-contained SVG, one stacked bar per offer split into its
/// years, in the compared currency; drawn like <see cref="OfferChart"/> (words in the colour of the
/// text around it, so it reads in dark mode; a narrow layout for phones).
/// </summary>
public static class YearsChart
{
    public const string Title = "Four years of money by offer";

    // Okabe-Ito colours, light to dark, so the years read in order even without colour.
    private static readonly string[] YearColours = ["#56B4E9", "#0072B2", "#009E73", "#D55E00"];

    public static string Svg(Weighing w, bool narrow)
    {
        var l = (narrow ? Layout.Narrow : Layout.Wide) with { Ids = narrow ? "offerdesk-years-chart-narrow" : "offerdesk-years-chart" };
        var charted = w.Offers.Where(o => o.ComparedYears is not null && o.ComparedTotal is not null).ToList();
        var apart = w.Offers.Where(o => o.Years is not null && o.ComparedYears is null).ToList();
        var desc = new StringBuilder($"Stacked bars of each offer's money in years one to four{(w.Currency is null ? "" : " in " + w.Currency)}.");
        foreach (var o in charted)
            desc.Append(' ').Append(o.Offer.Company).Append(": ").Append(Money(WeighingJson.Cents(o.ComparedTotal!.Value), w.Currency)).Append(" over four years (")
                .Append(string.Join(", ", o.ComparedYears!.Select(y => $"year {y.Year} {Money(WeighingJson.Cents(y.Total), null)}"))).Append(").");
        if (apart.Count > 0)
            desc.Append(" Not drawn, for want of a rate to ").Append(w.Currency).Append(": ").Append(string.Join(", ", apart.Select(o => $"{o.Offer.Company} ({o.Offer.Currency})"))).Append('.');
        if (charted.Count == 0)
        {
            var empty = Root(l.Width, 48, l.Ids,
                new XElement(Ns + "title", new XAttribute("id", l.Ids + "-title"), Title),
                new XElement(Ns + "desc", new XAttribute("id", l.Ids + "-desc"), Clean(desc.ToString())));
            var text = Text(l.Width / 2, 28, "No offers with a base salary to chart");
            text.SetAttributeValue("text-anchor", "middle");
            empty.Add(text);
            return Serialize(empty);
        }

        var max = charted.Max(o => o.ComparedTotal!.Value);
        var height = l.BarsTop + charted.Count * l.Row + (apart.Count > 0 ? 24 : 0) + 8;
        var svg = Root(l.Width, height, l.Ids,
            new XElement(Ns + "title", new XAttribute("id", l.Ids + "-title"), Title),
            new XElement(Ns + "desc", new XAttribute("id", l.Ids + "-desc"), Clean(desc.ToString())));
        var legend = new XElement(Ns + "g", new XAttribute("class", "legend"));
        for (var i = 0; i < OfferMoney.Years; i++)
        {
            var x = Pad + i * (narrow ? 80 : 100);
            legend.Add(new XElement(Ns + "rect", Attr("x", x), Attr("y", Pad), Attr("width", 12), Attr("height", 12), new XAttribute("fill", YearColours[i])),
                Text(x + 18, Pad + 10, $"Year {i + 1}"));
        }
        svg.Add(legend);
        for (var r = 0; r < charted.Count; r++)
        {
            var o = charted[r];
            var top = l.BarsTop + r * l.Row;
            var y = top + l.BarOffset;
            var bar = new XElement(Ns + "g", new XAttribute("class", "bar"), new XAttribute("data-offer", Clean(o.Offer.OpportunityId)),
                new XAttribute("data-total", WeighingJson.Cents(o.ComparedTotal!.Value).ToString(CultureInfo.InvariantCulture)));
            var name = l.NamesAbove ? Text(Pad, top + 12, Shorten(o.Offer.Company, l.NameChars)) : Text(l.LabelRight, y + BarHeight / 2 + 4, Shorten(o.Offer.Company, l.NameChars));
            if (!l.NamesAbove) name.SetAttributeValue("text-anchor", "end");
            name.SetAttributeValue("class", "name");
            bar.Add(name);
            decimal running = 0;
            var left = l.BarLeft;
            foreach (var year in o.ComparedYears!)
            {
                if (year.Total <= 0) continue;
                running += year.Total;
                var right = l.BarLeft + Scale(running, max, l);
                bar.Add(new XElement(Ns + "rect", new XAttribute("class", "segment"),
                    Attr("x", left), Attr("y", y), Attr("width", right - left), Attr("height", BarHeight),
                    new XAttribute("fill", YearColours[year.Year - 1]),
                    new XElement(Ns + "title", Clean($"{o.Offer.Company}, year {year.Year}: {Money(WeighingJson.Cents(year.Total), w.Currency)}"))));
                left = right;
            }
            var label = Text(l.BarLeft + Scale(o.ComparedTotal!.Value, max, l) + 6, y + BarHeight / 2 + 4, Money(WeighingJson.Cents(o.ComparedTotal!.Value), w.Currency));
            label.SetAttributeValue("class", "total");
            bar.Add(label);
            svg.Add(bar);
        }
        if (apart.Count > 0)
            svg.Add(Text(Pad, l.BarsTop + charted.Count * l.Row + 16, $"Not drawn without a rate: {string.Join(", ", apart.Select(o => o.Offer.Company))}."));
        return Serialize(svg);
    }
}
