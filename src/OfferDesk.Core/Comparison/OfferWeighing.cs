namespace OfferDesk.Core.Comparison;

/// <summary>One term of a weighted score: a thing that matters, how much (0 to 5), and the offer's rating (1 to 5).</summary>
public sealed record ScoreTerm(string Matter, int Weight, int Rating)
{
    public int Points => Weight * Rating;
}

/// <summary>
/// An offer's weighted score on what matters to the candidate: the points (weight times rating,
/// added up) over the weights of the things rated, so 1 to 5 like a rating. Arithmetic on the
/// candidate's own numbers, shown with its working; never a verdict.
/// </summary>
/// <param name="Value">Points / WeightTotal, to two decimals; null when nothing weighted above 0 is rated.</param>
/// <param name="Terms">Each rated thing, in the order of what matters.</param>
/// <param name="Unrated">The things that matter (weight above 0) that this offer is not rated on.</param>
public sealed record Score(decimal? Value, int Points, int WeightTotal, IReadOnlyList<ScoreTerm> Terms, IReadOnlyList<string> Unrated)
{
    /// <summary>The working in words: "Title 4 × 5 + Team 2 × 3 = 26; 26 ÷ 6 = 4.33".</summary>
    public string Working =>
        Value is not { } v ? "Not rated yet."
            : $"{string.Join(" + ", Terms.Where(t => t.Weight > 0).Select(t => $"{t.Matter} {t.Weight} × {t.Rating}"))} = {Points}; {Points} ÷ {WeightTotal} = {v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>One offer weighed: its years, its four-year money, in its own currency and in the one compared in.</summary>
/// <param name="Offer">What the side-by-side table shows.</param>
/// <param name="Years">Years one to four; null without a base salary.</param>
/// <param name="FourYearTotal">The four years added up, in the offer's currency.</param>
/// <param name="Rate">Units of the compared currency per unit of this offer's; 1 for the same; null when no rate is given.</param>
/// <param name="ComparedYears">The years in the compared currency; null when they cannot be compared.</param>
/// <param name="ComparedTotal">The four-year money in the compared currency; null when it cannot be compared.</param>
/// <param name="Score">The weighted score on what matters.</param>
/// <param name="BonusTargetPercent">The offer's bonus target, percent of base, if given (a raise in base raises the bonus too).</param>
public sealed record WeighedOffer(
    OfferSummary Offer,
    IReadOnlyList<YearMoney>? Years,
    decimal? FourYearTotal,
    decimal? Rate,
    IReadOnlyList<YearMoney>? ComparedYears,
    decimal? ComparedTotal,
    Score Score,
    decimal? BonusTargetPercent);

/// <summary>
/// The number that flips it: how much more the top choice would have to pay for its four-year
/// money to match the best other offer's. All amounts in the compared currency (the top choice's).
/// </summary>
/// <param name="Top">The top choice (the most preferred offer).</param>
/// <param name="Other">The best other offer: the highest four-year money among the rest that can be compared.</param>
/// <param name="Gap">The other's four-year money minus the top choice's; 0 or less when the top choice is ahead.</param>
/// <param name="ExtraBase">Extra base salary per year that closes the gap (its bonus at target grows with it); 0 when ahead.</param>
/// <param name="ExtraSigning">Extra signing bonus that closes the gap at once; 0 when ahead.</param>
/// <param name="Ask">The top choice's base plus the extra, rounded up to a round figure to ask for; null when ahead.</param>
public sealed record Flip(WeighedOffer Top, WeighedOffer Other, string? Currency, decimal Gap, decimal ExtraBase, decimal ExtraSigning, decimal? Ask)
{
    public bool AlreadyAhead => Gap <= 0;
}

/// <summary>Everything the Offers page, the API and the CLI say about weighing the offers.</summary>
/// <param name="Currency">The currency offers are compared in: the top choice's (else the first offer's that has one).</param>
/// <param name="Offers">Every real offer, most preferred first, as <see cref="OfferComparison.Compare"/> orders them.</param>
/// <param name="WhatMatters">What matters to the candidate, as stored (empty until they name it).</param>
/// <param name="MissingRates">Currencies of offers that cannot be compared until a rate to <see cref="Currency"/> is given.</param>
/// <param name="Flip">The number that flips it; null when it cannot be worked out (<see cref="NoFlip"/> says why).</param>
/// <param name="NoFlip">Why there is no flip number, in the candidate's words.</param>
public sealed record Weighing(
    string? Currency,
    IReadOnlyList<WeighedOffer> Offers,
    IReadOnlyList<Matter> WhatMatters,
    IReadOnlyList<string> MissingRates,
    Flip? Flip,
    string? NoFlip);

/// <summary>Weighs a candidate's offers: four years of money, what matters to them, and the number that flips it.</summary>
public static class OfferWeighing
{
    public static Weighing Weigh(Pipeline pipeline)
    {
        var summaries = OfferComparison.Compare(pipeline);
        var top = summaries.FirstOrDefault(s => s.Preference is not null);
        var currency = top?.Currency ?? summaries.Select(s => s.Currency).FirstOrDefault(c => c is not null);
        var offers = new List<WeighedOffer>(summaries.Count);
        var missing = new List<string>();
        foreach (var s in summaries)
        {
            var offer = pipeline.Find(s.OpportunityId)!.Offer!;
            var w = WeighOne(pipeline, s, offer, currency);
            if (w.Years is not null && w.Rate is null && !missing.Contains(s.Currency!)) missing.Add(s.Currency!);
            offers.Add(w);
        }
        var (flip, why) = FlipFor(offers, top?.OpportunityId, currency);
        return new Weighing(currency, offers, pipeline.WhatMatters, missing, flip, why);
    }

    /// <summary>
    /// The ask for negotiating with <paramref name="o"/>: its flip number against the best of the
    /// offers less preferred than it (the ones a negotiation may cite), as a base salary in its
    /// currency. Null when it is already ahead on four-year money, or it cannot be worked out.
    /// </summary>
    public static Flip? FlipForNegotiation(Pipeline pipeline, Opportunity o)
    {
        if (o.Offer is not { } mine || o.Preference is not { } rank) return null;
        var summaries = OfferComparison.Compare(pipeline);
        if (summaries.FirstOrDefault(s => s.OpportunityId == o.Id) is not { } own) return null;
        var currency = own.Currency;
        var offers = summaries
            .Where(s => s.OpportunityId == own.OpportunityId || s.Preference is null || s.Preference > rank)
            .Select(s => WeighOne(pipeline, s, pipeline.Find(s.OpportunityId)!.Offer!, currency))
            .ToList();
        return FlipFor(offers, o.Id, currency).Flip is { AlreadyAhead: false } flip ? flip : null;
    }

    private static WeighedOffer WeighOne(Pipeline pipeline, OfferSummary s, Offer offer, string? currency)
    {
        var years = Checked(() => OfferMoney.ByYear(offer));
        var total = years is null ? null : Checked<decimal?>(() => years.Sum(y => y.Total));
        // A missing currency matches any, as the playbook reads it.
        decimal? rate = s.Currency is null || currency is null ? 1m : pipeline.RateBetween(s.Currency, currency);
        var compared = years is not null && rate is { } r ? Checked<IReadOnlyList<YearMoney>?>(() => [.. years.Select(y => y.At(r))]) : null;
        var comparedTotal = compared is null ? null : Checked<decimal?>(() => compared.Sum(y => y.Total));
        return new WeighedOffer(s, years, total, rate, compared, comparedTotal, ScoreOf(pipeline.WhatMatters, offer), offer.BonusTargetPercent);
    }

    /// <summary>The weighted score of an offer on what matters (see <see cref="Score"/>).</summary>
    public static Score ScoreOf(IReadOnlyList<Matter> matters, Offer offer)
    {
        var terms = new List<ScoreTerm>();
        var unrated = new List<string>();
        foreach (var m in matters)
        {
            var rating = offer.Ratings.FirstOrDefault(r => string.Equals(r.Matter, m.Name, StringComparison.OrdinalIgnoreCase));
            if (rating is not null) terms.Add(new ScoreTerm(m.Name, m.Weight, rating.Rating));
            else if (m.Weight > 0) unrated.Add(m.Name);
        }
        var points = terms.Sum(t => t.Points);
        var weights = terms.Sum(t => t.Weight);
        decimal? value = weights > 0 ? Math.Round((decimal)points / weights, 2, MidpointRounding.AwayFromZero) : null;
        return new Score(value, points, weights, terms, unrated);
    }

    private static (Flip? Flip, string? Why) FlipFor(List<WeighedOffer> offers, string? topId, string? currency)
    {
        if (offers.Count < 2) return (null, "The number that flips it needs two offers to weigh.");
        if (topId is null || offers.FirstOrDefault(w => w.Offer.OpportunityId == topId) is not { } top)
            return (null, "Rank your offers (on the Search page) to see what your top choice would have to offer.");
        if (top.ComparedTotal is not { } mine)
            return (null, $"Give {top.Offer.Company}'s base salary to see what it would have to offer.");
        var best = offers.Where(w => w != top && w.ComparedTotal is not null)
            // The highest four-year money; on a tie, the more preferred (earlier) one.
            .Aggregate((WeighedOffer?)null, (b, w) => b is null || w.ComparedTotal > b.ComparedTotal ? w : b);
        if (best is null)
            return (null, currency is null
                ? "No other offer has a base salary to weigh against."
                : $"No other offer can be weighed in {currency}: give their base salaries, or a rate for their currency.");
        var gap = best.ComparedTotal!.Value - mine;
        if (gap <= 0) return (new Flip(top, best, currency, gap, 0m, 0m, null), null);
        // Each extra unit of base adds itself and its bonus at target, in each of the four years.
        var perUnit = OfferMoney.Years * (1m + (top.BonusTargetPercent ?? 0m) / 100m) * (top.Rate ?? 1m);
        var extraBase = Math.Round(gap / perUnit, 2, MidpointRounding.ToPositiveInfinity);
        // In the top choice's own currency (the one compared in, unless it has none).
        var ask = RoundUp((top.Offer.BaseSalary ?? 0m) + extraBase);
        var extraSigning = Math.Round(gap / (top.Rate ?? 1m), 2, MidpointRounding.ToPositiveInfinity);
        return (new Flip(top, best, currency, gap, extraBase, extraSigning, ask), null);
    }

    /// <summary>A figure to ask for: up to the next thousand from ten thousand on, else the next whole unit.</summary>
    public static decimal RoundUp(decimal amount) =>
        amount >= 10_000m ? Math.Ceiling(amount / 1000m) * 1000m : Math.Ceiling(amount);

    private static T? Checked<T>(Func<T?> compute)
    {
        try { return compute(); }
        catch (OverflowException) { return default; }
    }
}

/// <summary>What the figures say, in the candidate's words: one wording for the Offers page and the CLI.</summary>
public static class WeighingWords
{
    /// <summary>An amount as the pages show it: "USD 142,000", to the cent only when there are cents.</summary>
    public static string Money(decimal amount, string? currency) =>
        Playbook.Words.Money(WeighingJson.Cents(amount), currency);

    /// <summary>The number that flips it, or why there is none, in one or two sentences.</summary>
    public static string Flip(Weighing w)
    {
        if (w.Flip is not { } f) return w.NoFlip ?? "";
        var top = f.Top.Offer.Company;
        var other = f.Other.Offer.Company;
        if (f.AlreadyAhead)
            return f.Gap == 0
                ? $"{top} and {other} come to the same money over four years: nothing to make up."
                : $"{top}, your top choice, is already ahead over four years, by {Money(-f.Gap, f.Currency)} against {other}, the best paid of the others: there is nothing to make up, so no extra to ask for.";
        return $"{top} would match {other}'s four years of money ({Money(f.Other.ComparedTotal!.Value, f.Currency)}) with {Money(f.ExtraBase, f.Currency)} more base salary a year"
            + (f.Top.BonusTargetPercent is > 0 ? " (its bonus at target grows with it)" : "")
            + $", a base of {Money((f.Top.Offer.BaseSalary ?? 0m) + f.ExtraBase, f.Currency)}; or with {Money(f.ExtraSigning, f.Currency)} more signing bonus."
            + $" To ask for: {Money(f.Ask!.Value, f.Currency)}.";
    }

    /// <summary>How the other currencies stand: compared at the candidate's rate, or shown apart.</summary>
    public static string? Currencies(Weighing w)
    {
        if (w.Currency is null) return null;
        var converted = w.Offers.Where(o => o.Offer.Currency is { } c && c != w.Currency && o.Rate is not null).Select(o => o.Offer.Currency!).Distinct().ToList();
        var parts = new List<string>();
        if (converted.Count > 0)
            parts.Add($"Offers in {string.Join(" and ", converted)} are compared in {w.Currency} at the rate you gave.");
        if (w.MissingRates.Count > 0)
            parts.Add($"Offers in {string.Join(" and ", w.MissingRates)} are shown apart, in their own currency, and left out of the comparison: give a rate to {w.Currency} to weigh them together.");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
