namespace OfferDesk.Core.Model;

// What the candidate tells us to weigh offers with (issue 23): the things that matter beyond
// money, their ratings of each offer, and exchange rates. All optional in the document.

/// <summary>Something beyond money that matters to the candidate ("Title"), and how much: 0 (not at all) to 5.</summary>
public sealed class Matter
{
    public string Name { get; set; } = "";
    public int Weight { get; set; }

    /// <summary>What the form offers before the candidate names their own, each weighted 3.</summary>
    public static readonly IReadOnlyList<string> Defaults = ["Title", "Workplace", "Location", "Growth", "Team", "Days off"];

    public const int DefaultWeight = 3;
}

/// <summary>How an offer does on one thing that matters (named as in <see cref="Pipeline.WhatMatters"/>): 1 (poorly) to 5 (very well).</summary>
public sealed class OfferRating
{
    public string Matter { get; set; } = "";
    public int Rating { get; set; }
}

/// <summary>One unit of <see cref="From"/> is worth <see cref="Rate"/> units of <see cref="To"/>, as the candidate gave it.</summary>
public sealed class ExchangeRate
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public decimal Rate { get; set; }
}

/// <summary>The edits that weighing offers makes, named, so each keeps the document's rules.</summary>
public static class WeighingEdits
{
    /// <summary>
    /// Replaces what matters, in order. A thing renamed in place (same position, new name) keeps its
    /// ratings under the new name; ratings of a thing no longer named are dropped, so none is left
    /// pointing at nothing.
    /// </summary>
    public static void SetWhatMatters(this Pipeline p, IReadOnlyList<(string Name, int Weight)> matters)
    {
        var renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < p.WhatMatters.Count && i < matters.Count; i++)
            renamed.TryAdd(p.WhatMatters[i].Name, matters[i].Name.Trim());
        p.WhatMatters = [.. matters.Select(m => new Matter { Name = m.Name.Trim(), Weight = m.Weight })];
        var kept = p.WhatMatters.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var o in p.Opportunities)
        {
            if (o.Offer is not { Ratings.Count: > 0 } offer) continue;
            foreach (var r in offer.Ratings)
                if (renamed.TryGetValue(r.Matter, out var now)) r.Matter = now;
            offer.Ratings.RemoveAll(r => !kept.Contains(r.Matter));
            // Two old names renamed onto one: the first rating stands.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            offer.Ratings.RemoveAll(r => !seen.Add(r.Matter));
        }
    }

    /// <summary>Rates the offer on one thing that matters (1 to 5), or clears the rating with null.</summary>
    public static void Rate(this Offer offer, string matter, int? rating)
    {
        offer.Ratings.RemoveAll(r => string.Equals(r.Matter, matter, StringComparison.OrdinalIgnoreCase));
        if (rating is { } value) offer.Ratings.Add(new OfferRating { Matter = matter, Rating = value });
    }

    /// <summary>The grant as the offer letter gives it; a null value clears the whole grant.</summary>
    public static void SetGrant(this Offer offer, decimal? value, int? years, int? cliffMonths, IReadOnlyList<decimal> split)
    {
        offer.GrantValue = value;
        offer.VestingYears = value is null ? null : years;
        offer.CliffMonths = value is null ? null : cliffMonths;
        offer.VestingSplit = value is null ? [] : [.. split];
    }

    /// <summary>
    /// Sets how much one <paramref name="from"/> is worth in <paramref name="to"/>, replacing a rate
    /// given for the same two currencies either way round; null removes it.
    /// </summary>
    public static void SetRate(this Pipeline p, string from, string to, decimal? rate)
    {
        p.ExchangeRates.RemoveAll(r => (r.From == from && r.To == to) || (r.From == to && r.To == from));
        if (rate is { } value) p.ExchangeRates.Add(new ExchangeRate { From = from, To = to, Rate = value });
    }

    /// <summary>How much one <paramref name="from"/> is worth in <paramref name="to"/>: 1 for the same currency, a rate given either way round, else null.</summary>
    public static decimal? RateBetween(this Pipeline p, string from, string to)
    {
        if (from == to) return 1m;
        foreach (var r in p.ExchangeRates)
        {
            if (r.From == from && r.To == to) return r.Rate;
            if (r.From == to && r.To == from && r.Rate > 0) return 1m / r.Rate;
        }
        return null;
    }
}
