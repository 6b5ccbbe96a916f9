namespace OfferDesk.Core.Comparison;

/// <summary>
/// One real offer, reduced to what a side-by-side comparison needs. Money is per year, in the
/// offer's own currency, exactly as entered (no rounding).
/// </summary>
/// <param name="OpportunityId">The opportunity's id.</param>
/// <param name="Company">The company making the offer.</param>
/// <param name="Role">The role applied for, if given.</param>
/// <param name="Title">The title in the offer, if given.</param>
/// <param name="Status">Verbal, written or signed.</param>
/// <param name="Preference">The candidate's ranking (1 = top choice), if given.</param>
/// <param name="Currency">ISO 4217 code, if given.</param>
/// <param name="BaseSalary">Base salary per year, if given.</param>
/// <param name="BonusTarget">Base salary times the bonus target percent / 100; null unless both are given.</param>
/// <param name="SigningBonus">One-off signing bonus, if given.</param>
/// <param name="EquityPerYear">Equity value per year of vesting, if given.</param>
/// <param name="FirstYearTotal">Base + bonus target + signing + equity per year, counting only the parts given; null without a base salary.</param>
/// <param name="Deadline">When they need an answer, if given.</param>
/// <param name="StartDate">The start date, if given.</param>
/// <param name="Shortfalls">Where the offer falls short for the candidate.</param>
/// <param name="WouldAccept">Whether the candidate would say yes to this company, if known.</param>
public sealed record OfferSummary(
    string OpportunityId,
    string Company,
    string? Role,
    string? Title,
    OfferStatus Status,
    int? Preference,
    string? Currency,
    decimal? BaseSalary,
    decimal? BonusTarget,
    decimal? SigningBonus,
    decimal? EquityPerYear,
    decimal? FirstYearTotal,
    DateOnly? Deadline,
    DateOnly? StartDate,
    IReadOnlyList<Shortfall> Shortfalls,
    bool? WouldAccept);

/// <summary>Lines up the offers a candidate actually has, so they can be weighed against each other.</summary>
public static class OfferComparison
{
    /// <summary>
    /// The real offers (stage offer or accepted, offer status verbal, written or signed), most
    /// preferred first; offers without a preference follow, in document order.
    /// </summary>
    /// <remarks>
    /// Expected offers are left out: a number nobody has said yet is not something to compare.
    /// Deadlines are not checked against a date here; a lapsed offer still belongs on the table
    /// until its stage changes.
    /// </remarks>
    public static IReadOnlyList<OfferSummary> Compare(Pipeline pipeline) =>
        [.. pipeline.Opportunities
            .Where(o => o.Stage is Stage.Offer or Stage.Accepted
                        && o.Offer is { Status: OfferStatus.Verbal or OfferStatus.Written or OfferStatus.Signed })
            // OrderBy is stable, so equal keys (no preference) keep document order.
            .OrderBy(o => o.Preference is null)
            .ThenBy(o => o.Preference ?? 0)
            .Select(o => Summarize(o, o.Offer!))];

    private static OfferSummary Summarize(Opportunity o, Offer offer)
    {
        var bonus = offer.BaseSalary is { } b && offer.BonusTargetPercent is { } pct ? Checked(() => b * pct / 100m) : null;
        decimal? total = offer.BaseSalary is { } baseSalary
            ? Checked(() => baseSalary + (bonus ?? 0m) + (offer.SigningBonus ?? 0m) + (offer.EquityPerYear ?? 0m))
            : null;
        return new OfferSummary(
            o.Id, o.Company, o.Role, offer.Title, offer.Status, o.Preference, offer.Currency,
            offer.BaseSalary, bonus, offer.SigningBonus, offer.EquityPerYear, total,
            offer.Deadline, offer.StartDate,
            // A copy: the summary must not change when the pipeline is edited afterwards.
            [.. offer.Shortfalls],
            o.WouldAccept);
    }

    // Amounts near decimal's limit cannot be added up: no figure rather than a failed page.
    private static decimal? Checked(Func<decimal> sum)
    {
        try { return sum(); }
        catch (OverflowException) { return null; }
    }
}
