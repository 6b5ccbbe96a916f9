using System.Text;
using OfferDesk.Core.Comparison;

namespace OfferDesk.Cli;

/// <summary>
/// <c>offerdesk offers</c> as text: each offer's money year by year and over four years, its
/// weighted score with the working, and the number that flips it, wrapped to the terminal.
/// The figures and sentences are Core's (<see cref="OfferWeighing"/>, <see cref="WeighingWords"/>).
/// </summary>
public static class OffersText
{
    public static string Render(Weighing w, int width)
    {
        var b = new StringBuilder();
        if (w.Offers.Count == 0)
        {
            AdviceText.Wrap(b, "No offers yet: when a company makes you one, log it, and it is weighed here.", "", "", width);
            return b.ToString();
        }
        AdviceText.Wrap(b, w.Currency is null ? "Your offers over four years" : $"Your offers over four years (compared in {w.Currency})", "", "", width);
        if (WeighingWords.Currencies(w) is { } currencies) AdviceText.Wrap(b, currencies, "", "", width);
        foreach (var o in w.Offers)
        {
            b.Append('\n');
            var head = o.Offer.Company + (o.Offer.Preference is { } p ? $" (your #{p} choice)" : "");
            AdviceText.Wrap(b, head, "", "", width);
            var cur = o.Offer.Currency;
            if (o.Years is not { } years)
                AdviceText.Wrap(b, "No base salary given, so no money year by year.", "  ", "  ", width);
            else
            {
                foreach (var y in years)
                    AdviceText.Wrap(b, $"Year {y.Year}: {WeighingWords.Money(y.Total, cur)} (base {WeighingWords.Money(y.Base, null)}, bonus at target {WeighingWords.Money(y.Bonus, null)}, signing {WeighingWords.Money(y.Signing, null)}, equity {WeighingWords.Money(y.Equity, null)})", "  ", "    ", width);
                var compared = o.ComparedTotal is { } c && o.Rate is not 1m ? $", {WeighingWords.Money(c, w.Currency)} at your rate" : "";
                AdviceText.Wrap(b, $"Four years: {WeighingWords.Money(o.FourYearTotal ?? 0m, cur)}{compared}" + (o.Rate is null ? " (no rate given: not compared)" : ""), "  ", "    ", width);
            }
            if (o.Score.Value is { } v)
                AdviceText.Wrap(b, $"What matters to you: {v:0.##} of 5 ({o.Score.Working})." + (o.Score.Unrated.Count > 0 ? $" Not rated: {string.Join(", ", o.Score.Unrated)}." : ""), "  ", "    ", width);
            else if (w.WhatMatters.Count > 0)
                AdviceText.Wrap(b, "What matters to you: not rated yet.", "  ", "    ", width);
        }
        b.Append('\n');
        AdviceText.Wrap(b, "The number that flips it: " + WeighingWords.Flip(w), "", "  ", width);
        return b.ToString();
    }
}
