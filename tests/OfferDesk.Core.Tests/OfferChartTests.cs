using System.Globalization;
using System.Xml.Linq;
using OfferDesk.Core.Comparison;
using OfferDesk.Core.Model;

namespace OfferDesk.Core.Tests;

public sealed class OfferChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Output_is_well_formed_accessible_svg()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 150000m, bonus: 15000m, signing: 20000m, equity: 30000m)]));

        root.Name.ShouldBe(Svg + "svg");
        root.Attribute("role")!.Value.ShouldBe("img");
        root.Elements().First().Name.ShouldBe(Svg + "title");
        root.Element(Svg + "title")!.Value.ShouldBe(OfferChart.Title);
        root.Element(Svg + "desc")!.Value.ShouldNotBeNullOrWhiteSpace();
        foreach (var id in root.Attribute("aria-labelledby")!.Value.Split(' '))
            root.Elements().ShouldContain(e => (string?)e.Attribute("id") == id);
    }

    [Fact]
    public void Size_comes_from_the_viewbox_so_it_scales()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 100m), Offer("b", 200m)]));

        root.Attribute("viewBox")!.Value.ShouldStartWith("0 0 640 ");
        root.Attribute("width").ShouldBeNull();
        root.Attribute("height").ShouldBeNull();
    }

    [Fact]
    public void Nothing_external_and_no_scripts()
    {
        var svg = OfferChart.Svg([Offer("a", 100m, signing: 5m)]);

        svg.ShouldNotContain("<script", Case.Insensitive);
        svg.ShouldNotContain("href", Case.Insensitive);
        svg.ShouldNotContain("@import", Case.Insensitive);
        svg.ShouldNotContain("url(", Case.Insensitive);
        svg.ShouldNotContain("<style", Case.Insensitive);
    }

    [Fact]
    public void Company_names_are_escaped()
    {
        var svg = OfferChart.Svg([Offer("ab", 100000m, company: "A&B <Co>")]);

        svg.ShouldContain("A&amp;B &lt;Co&gt;");
        svg.ShouldNotContain("A&B");
        svg.ShouldNotContain("<Co>");
        var root = Parse(svg);
        Bars(root).Single().Elements(Svg + "text").First().Value.ShouldBe("A&B <Co>");
        root.Element(Svg + "desc")!.Value.ShouldContain("A&B <Co>: ");
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_dropped_instead_of_breaking_the_document()
    {
        var root = Parse(OfferChart.Svg([Offer("x", 100m, company: "Bell\u0007 \"Labs\" 'q' 🎉")]));

        Bars(root).Single().Elements(Svg + "text").First().Value.ShouldBe("Bell \"Labs\" 'q' 🎉");
    }

    [Fact]
    public void Bar_widths_are_proportional_to_first_year_totals()
    {
        var offers = new[]
        {
            Offer("a", 100000m, bonus: 10000m, signing: 5000m, equity: 35000m), // 150000
            Offer("b", 200000m, bonus: 20000m, equity: 80000m),                 // 300000
            Offer("c", 75000m),                                                 // 75000
        };
        var bars = Bars(Parse(OfferChart.Svg(offers))).ToList();

        bars.Select(b => b.Attribute("data-offer")!.Value).ShouldBe(["a", "b", "c"]);
        var widths = bars.Select(Width).ToList();
        (widths[0] / widths[1]).ShouldBe(0.5, 0.001);
        (widths[2] / widths[1]).ShouldBe(0.25, 0.001);
    }

    [Fact]
    public void Segments_are_in_order_and_proportional_within_a_bar()
    {
        var bar = Bars(Parse(OfferChart.Svg([Offer("a", 100000m, bonus: 10000m, signing: 30000m, equity: 60000m)]))).Single();
        var segments = bar.Elements(Svg + "rect").ToList();

        segments.Count.ShouldBe(4);
        var x = segments.Select(s => Number(s, "x")).ToList();
        x.ShouldBe(x.Order().ToList());
        for (var i = 1; i < segments.Count; i++)
            x[i].ShouldBe(x[i - 1] + Number(segments[i - 1], "width"), 0.02); // no gaps, no overlap
        var total = Width(bar);
        (Number(segments[0], "width") / total).ShouldBe(0.5, 0.001);
        (Number(segments[1], "width") / total).ShouldBe(0.05, 0.001);
        (Number(segments[2], "width") / total).ShouldBe(0.15, 0.001);
        (Number(segments[3], "width") / total).ShouldBe(0.3, 0.001);
    }

    [Fact]
    public void Segments_have_distinct_colours_that_the_legend_names()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 100m, bonus: 10m, signing: 30m, equity: 60m)]));
        var fills = Bars(root).Single().Elements(Svg + "rect").Select(r => r.Attribute("fill")!.Value).ToList();
        var legend = root.Elements(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        var legendFills = legend.Elements(Svg + "rect").Select(r => r.Attribute("fill")!.Value).ToList();

        fills.Distinct().Count().ShouldBe(4);
        legendFills.ShouldBe(fills);
        legend.Elements(Svg + "text").Select(t => t.Value).ShouldBe(["Base salary", "Bonus target", "Signing bonus", "Equity per year"]);
    }

    [Fact]
    public void Missing_or_zero_parts_draw_no_segment()
    {
        var bar = Bars(Parse(OfferChart.Svg([Offer("a", 100m, bonus: 0m, equity: 50m)]))).Single();
        bar.Elements(Svg + "rect").Select(r => r.Attribute("fill")!.Value).ShouldBe(["#0072B2", "#CC79A7"]);
    }

    [Fact]
    public void Totals_are_labelled_and_every_value_is_in_the_description()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 150000m, bonus: 15000.5m, signing: 20000m, currency: "USD", company: "Acme")]));

        Bars(root).Single().Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "total").Value.ShouldBe("USD 185,000.5");
        var desc = root.Element(Svg + "desc")!.Value;
        desc.ShouldContain("in USD");
        desc.ShouldContain("Acme: USD 185,000.5 in total (base salary 150,000, bonus target 15,000.5, signing bonus 20,000).");
    }

    [Fact]
    public void Offers_without_a_total_are_not_drawn_but_are_mentioned()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 100m, company: "Drawn"), Offer("b", null, signing: 100m, company: "Unknown Pay")]));

        Bars(root).Select(b => b.Attribute("data-offer")!.Value).ShouldBe(["a"]);
        root.Element(Svg + "desc")!.Value.ShouldContain("Not charted because no base salary is given: Unknown Pay.");
    }

    [Fact]
    public void Mixed_currencies_chart_only_the_most_common_one_and_say_so()
    {
        var offers = new[]
        {
            Offer("eur", 90000m, currency: "EUR", company: "Euro Co"),
            Offer("usd1", 150000m, currency: "USD"),
            Offer("none", 120000m, currency: null),
            Offer("usd2", 140000m, currency: "USD"),
        };
        var root = Parse(OfferChart.Svg(offers));

        Bars(root).Select(b => b.Attribute("data-offer")!.Value).ShouldBe(["usd1", "none", "usd2"]);
        var desc = root.Element(Svg + "desc")!.Value;
        desc.ShouldContain("Only offers in USD are charted");
        desc.ShouldContain("Euro Co (EUR)");
        root.Elements(Svg + "text").ShouldContain(t => t.Value.Contains("Only offers in USD are shown"));
    }

    [Fact]
    public void A_currency_tie_goes_to_the_most_preferred_offer()
    {
        var root = Parse(OfferChart.Svg([Offer("gbp", 80000m, currency: "GBP"), Offer("usd", 150000m, currency: "USD")]));

        Bars(root).Select(b => b.Attribute("data-offer")!.Value).ShouldBe(["gbp"]);
    }

    [Fact]
    public void Long_company_names_are_shortened_with_the_full_name_kept_as_a_tooltip()
    {
        var name = "The Extremely Long Company Name Holdings International";
        var text = Bars(Parse(OfferChart.Svg([Offer("a", 100m, company: name)]))).Single().Elements(Svg + "text").First();

        text.Nodes().OfType<XText>().Single().Value.ShouldEndWith("…");
        text.Element(Svg + "title")!.Value.ShouldBe(name);
    }

    [Fact]
    public void All_zero_totals_do_not_divide_by_zero()
    {
        var bar = Bars(Parse(OfferChart.Svg([Offer("a", 0m)]))).Single();
        Width(bar).ShouldBe(0);
    }

    [Fact]
    public void An_empty_list_gives_a_short_svg_that_says_so()
    {
        var svg = OfferChart.Svg([]);
        var root = Parse(svg);

        svg.Length.ShouldBeLessThan(800);
        root.Attribute("role")!.Value.ShouldBe("img");
        root.Element(Svg + "title")!.Value.ShouldBe(OfferChart.Title);
        root.Element(Svg + "desc")!.Value.ShouldNotBeNullOrWhiteSpace();
        root.Elements(Svg + "text").Single().Value.ShouldBe("No offers to chart");
        root.Descendants(Svg + "rect").ShouldBeEmpty();
    }

    [Fact]
    public void Only_offers_without_totals_also_give_the_empty_chart()
    {
        var root = Parse(OfferChart.Svg([Offer("a", null, company: "Vague Inc")]));

        root.Elements(Svg + "text").Single().Value.ShouldBe("No offers to chart");
        root.Element(Svg + "desc")!.Value.ShouldContain("Vague Inc");
    }

    [Fact]
    public void Charts_what_the_comparison_produces()
    {
        var offers = OfferComparison.Compare(ExampleSearch.Create(new DateOnly(2026, 11, 22)));
        var bar = Bars(Parse(OfferChart.Svg(offers))).Single();

        bar.Attribute("data-total")!.Value.ShouldBe("184000");
        bar.Elements(Svg + "rect").Count().ShouldBe(4);
    }

    [Fact]
    public void Words_take_the_colour_of_the_text_around_them_so_dark_mode_shows_them()
    {
        var root = Parse(OfferChart.Svg([Offer("a", 100000m, bonus: 10000m, company: "Acme")]));
        var texts = root.Descendants(Svg + "text").ToList();
        texts.ShouldNotBeEmpty();
        texts.ShouldAllBe(t => (string?)t.Attribute("fill") == "currentColor");
    }

    [Fact]
    public void The_narrow_chart_is_drawn_at_a_phones_width_with_each_name_above_its_bar_and_ids_of_its_own()
    {
        var offers = new[] { Offer("a", 150000m, signing: 10000m, company: "Bluebird Health"), Offer("b", 120000m, company: "Globex") };
        var wide = Parse(OfferChart.Svg(offers));
        var narrow = Parse(OfferChart.Svg(offers, narrow: true));

        narrow.Attribute("viewBox")!.Value.ShouldStartWith("0 0 360 ");
        var ids = narrow.Attribute("aria-labelledby")!.Value.Split(' ');
        foreach (var id in ids) narrow.Elements().ShouldContain(e => (string?)e.Attribute("id") == id);
        ids.Intersect(wide.Attribute("aria-labelledby")!.Value.Split(' ')).ShouldBeEmpty("both charts can sit on one page");
        foreach (var bar in Bars(narrow))
        {
            var name = bar.Elements(Svg + "text").First(t => (string?)t.Attribute("class") == "name");
            var rect = bar.Elements(Svg + "rect").First();
            double.Parse(name.Attribute("y")!.Value, CultureInfo.InvariantCulture).ShouldBeLessThan(double.Parse(rect.Attribute("y")!.Value, CultureInfo.InvariantCulture), "the name sits above its bar");
            double.Parse(rect.Attribute("x")!.Value, CultureInfo.InvariantCulture).ShouldBe(16, "the bar starts at the left edge: the whole width is the bar's");
        }
        narrow.Element(Svg + "desc")!.Value.ShouldBe(wide.Element(Svg + "desc")!.Value, "the same words for a screen reader");
    }

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static IEnumerable<XElement> Bars(XElement root) =>
        root.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar");

    private static double Width(XElement bar) => bar.Elements(Svg + "rect").Sum(r => Number(r, "width"));

    private static double Number(XElement e, string attribute) =>
        double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static OfferSummary Offer(
        string id, decimal? baseSalary, decimal? bonus = null, decimal? signing = null, decimal? equity = null,
        string? currency = "USD", string? company = null)
    {
        decimal? total = baseSalary is { } b ? b + (bonus ?? 0) + (signing ?? 0) + (equity ?? 0) : null;
        return new OfferSummary(id, company ?? id.ToUpperInvariant(), null, null, OfferStatus.Written, null, currency,
            baseSalary, bonus, signing, equity, total, null, null, [], null);
    }
}
