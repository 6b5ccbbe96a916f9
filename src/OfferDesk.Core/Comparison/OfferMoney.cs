namespace OfferDesk.Core.Comparison;

/// <summary>One year of an offer's money, in the offer's currency, exactly as computed (no rounding).</summary>
/// <param name="Year">1 for the first year from the start date.</param>
/// <param name="Base">Base salary.</param>
/// <param name="Bonus">Bonus at target: base times the target percent.</param>
/// <param name="Signing">The signing bonus, in year one only.</param>
/// <param name="Equity">Equity vesting that year: from the grant when one is given, else equity per year.</param>
public sealed record YearMoney(int Year, decimal Base, decimal Bonus, decimal Signing, decimal Equity)
{
    public decimal Total => Base + Bonus + Signing + Equity;

    /// <summary>The same year in another currency, at <paramref name="rate"/> units of it per unit of this one.</summary>
    public YearMoney At(decimal rate) => rate == 1m ? this : new(Year, Base * rate, Bonus * rate, Signing * rate, Equity * rate);
}

/// <summary>An offer's money year by year, the one rule every page, the API and the CLI use.</summary>
public static class OfferMoney
{
    /// <summary>How many years are weighed: most grants vest over four.</summary>
    public const int Years = 4;

    /// <summary>
    /// Years one to four of the offer's money; null without a base salary (a zero salary is a
    /// salary). Base and bonus at target every year; the signing bonus in year one; equity from
    /// the grant (its split, or evenly over its vesting years, nothing before the cliff, and what
    /// built up vesting at the cliff), or, without a grant, equity per year every year.
    /// </summary>
    public static IReadOnlyList<YearMoney>? ByYear(Offer offer)
    {
        if (offer.BaseSalary is not { } pay) return null;
        var bonus = offer.BonusTargetPercent is { } pct ? pay * pct / 100m : 0m;
        var equity = Equity(offer);
        var years = new YearMoney[Years];
        for (var y = 1; y <= Years; y++)
            years[y - 1] = new YearMoney(y, pay, bonus, y == 1 ? offer.SigningBonus ?? 0m : 0m, equity[y - 1]);
        return years;
    }

    /// <summary>The sum of years one to four; null without a base salary.</summary>
    public static decimal? FourYearTotal(Offer offer) => ByYear(offer)?.Sum(y => y.Total);

    /// <summary>Equity vesting in each of years one to four.</summary>
    public static decimal[] Equity(Offer offer)
    {
        var byYear = new decimal[Years];
        if (offer.GrantValue is not { } grant)
        {
            for (var y = 0; y < Years; y++) byYear[y] = offer.EquityPerYear ?? 0m;
            return byYear;
        }
        var split = offer.VestingSplit;
        var vestingYears = offer.VestingYears ?? (split.Count > 0 ? split.Count : Years);
        if (vestingYears < 1) return byYear;
        var cliff = offer.CliffMonths ?? 0;
        // Vested by the end of year y: nothing before the cliff; at and after it, everything that
        // has built up. Years are whole, so only a cliff past a year's end moves money to a later year.
        decimal VestedBy(int y)
        {
            if (y * 12 < cliff) return 0m;
            var done = Math.Min(y, vestingYears);
            // Cumulative shares, so that the years add up to the grant exactly when all have vested.
            if (split.Count > 0)
            {
                var percent = 0m;
                for (var k = 0; k < done && k < split.Count; k++) percent += split[k];
                return grant * percent / 100m;
            }
            return done == vestingYears ? grant : grant * done / vestingYears;
        }
        for (var y = 1; y <= Years; y++) byYear[y - 1] = VestedBy(y) - VestedBy(y - 1);
        return byYear;
    }
}
