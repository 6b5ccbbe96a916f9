using OfferDesk.Core.Comparison;
using OfferDesk.Core.Model;

namespace OfferDesk.Core.Tests;

public sealed class OfferComparisonTests
{
    [Fact]
    public void Only_real_offers_are_compared()
    {
        var pipeline = new Pipeline
        {
            Opportunities =
            [
                Opp("verbal", Stage.Offer, OfferStatus.Verbal),
                Opp("expected", Stage.Interviewing, OfferStatus.Expected),
                Opp("accepted", Stage.Accepted, OfferStatus.Signed),
                Opp("declined", Stage.Declined, OfferStatus.Written),
                Opp("no-offer", Stage.Interviewing, null),
                Opp("written", Stage.Offer, OfferStatus.Written),
                // Not a valid document, but a Pipeline object need not have been validated.
                Opp("offer-stage-expected", Stage.Offer, OfferStatus.Expected),
            ],
        };

        OfferComparison.Compare(pipeline).Select(o => o.OpportunityId).ShouldBe(["verbal", "accepted", "written"]);
    }

    [Fact]
    public void More_preferred_first_then_those_without_preference_in_document_order()
    {
        var pipeline = new Pipeline
        {
            Opportunities =
            [
                Opp("second", Stage.Offer, OfferStatus.Written, preference: 2),
                Opp("plain-a", Stage.Offer, OfferStatus.Written),
                Opp("tenth", Stage.Offer, OfferStatus.Written, preference: 10),
                Opp("first", Stage.Accepted, OfferStatus.Written, preference: 1),
                Opp("plain-b", Stage.Offer, OfferStatus.Verbal),
            ],
        };

        OfferComparison.Compare(pipeline).Select(o => o.OpportunityId)
            .ShouldBe(["first", "second", "tenth", "plain-a", "plain-b"]);
    }

    [Fact]
    public void Money_is_exact_to_the_last_decimal()
    {
        var o = Opp("acme", Stage.Offer, OfferStatus.Written);
        o.Offer!.BaseSalary = 152500.50m;
        o.Offer.BonusTargetPercent = 12.5m;
        o.Offer.SigningBonus = 20000m;
        o.Offer.EquityPerYear = 33333.33m;

        var s = OfferComparison.Compare(new Pipeline { Opportunities = [o] }).Single();

        s.BaseSalary.ShouldBe(152500.50m);
        s.BonusTarget.ShouldBe(19062.5625m);
        s.SigningBonus.ShouldBe(20000m);
        s.EquityPerYear.ShouldBe(33333.33m);
        s.FirstYearTotal.ShouldBe(224896.3925m);
    }

    [Fact]
    public void A_tiny_percentage_is_not_rounded_away()
    {
        var o = Opp("acme", Stage.Offer, OfferStatus.Written);
        o.Offer!.BaseSalary = 100001m;
        o.Offer.BonusTargetPercent = 0.01m;

        var s = OfferComparison.Compare(new Pipeline { Opportunities = [o] }).Single();

        s.BonusTarget.ShouldBe(10.0001m);
        s.FirstYearTotal.ShouldBe(100011.0001m);
    }

    [Fact]
    public void Total_counts_only_the_parts_given()
    {
        var baseOnly = Opp("base-only", Stage.Offer, OfferStatus.Written);
        baseOnly.Offer!.BaseSalary = 120000m;

        var withSigning = Opp("with-signing", Stage.Offer, OfferStatus.Written);
        withSigning.Offer!.BaseSalary = 120000m;
        withSigning.Offer.SigningBonus = 5000m;

        var zeroBase = Opp("zero-base", Stage.Offer, OfferStatus.Written);
        zeroBase.Offer!.BaseSalary = 0m;
        zeroBase.Offer.EquityPerYear = 7000m;

        var all = OfferComparison.Compare(new Pipeline { Opportunities = [baseOnly, withSigning, zeroBase] });

        all[0].FirstYearTotal.ShouldBe(120000m);
        all[0].BonusTarget.ShouldBeNull();
        all[1].FirstYearTotal.ShouldBe(125000m);
        all[2].FirstYearTotal.ShouldBe(7000m);
    }

    [Fact]
    public void No_base_salary_means_no_bonus_target_and_no_total()
    {
        var o = Opp("acme", Stage.Offer, OfferStatus.Verbal);
        o.Offer!.BonusTargetPercent = 15m;
        o.Offer.SigningBonus = 10000m;
        o.Offer.EquityPerYear = 25000m;

        var s = OfferComparison.Compare(new Pipeline { Opportunities = [o] }).Single();

        s.BaseSalary.ShouldBeNull();
        s.BonusTarget.ShouldBeNull();
        s.SigningBonus.ShouldBe(10000m);
        s.EquityPerYear.ShouldBe(25000m);
        s.FirstYearTotal.ShouldBeNull();
    }

    [Fact]
    public void Every_field_is_carried_over()
    {
        var o = new Opportunity
        {
            Id = "acme", Company = "Acme Corp", Role = "Staff Engineer", Preference = 3, Stage = Stage.Offer, WouldAccept = false,
            Offer = new Offer
            {
                Status = OfferStatus.Written, Title = "Senior Engineer", Currency = "EUR", BaseSalary = 90000m,
                Deadline = new DateOnly(2026, 11, 27), StartDate = new DateOnly(2027, 1, 4),
                Shortfalls = [Shortfall.Title, Shortfall.Money],
            },
        };

        var s = OfferComparison.Compare(new Pipeline { Opportunities = [o] }).Single();

        s.OpportunityId.ShouldBe("acme");
        s.Company.ShouldBe("Acme Corp");
        s.Role.ShouldBe("Staff Engineer");
        s.Title.ShouldBe("Senior Engineer");
        s.Status.ShouldBe(OfferStatus.Written);
        s.Preference.ShouldBe(3);
        s.Currency.ShouldBe("EUR");
        s.Deadline.ShouldBe(new DateOnly(2026, 11, 27));
        s.StartDate.ShouldBe(new DateOnly(2027, 1, 4));
        s.Shortfalls.ShouldBe([Shortfall.Title, Shortfall.Money]);
        s.WouldAccept.ShouldBe(false);
    }

    [Fact]
    public void Missing_optional_fields_stay_null()
    {
        var s = OfferComparison.Compare(new Pipeline { Opportunities = [Opp("acme", Stage.Offer, OfferStatus.Verbal)] }).Single();

        s.Role.ShouldBeNull();
        s.Title.ShouldBeNull();
        s.Preference.ShouldBeNull();
        s.Currency.ShouldBeNull();
        s.Deadline.ShouldBeNull();
        s.StartDate.ShouldBeNull();
        s.WouldAccept.ShouldBeNull();
        s.Shortfalls.ShouldBeEmpty();
    }

    [Fact]
    public void The_summary_does_not_change_when_the_pipeline_is_edited_later()
    {
        var o = Opp("acme", Stage.Offer, OfferStatus.Written);
        o.Offer!.Shortfalls = [Shortfall.Money];
        var s = OfferComparison.Compare(new Pipeline { Opportunities = [o] }).Single();

        o.Offer.Shortfalls.Add(Shortfall.Location);

        s.Shortfalls.ShouldBe([Shortfall.Money]);
    }

    [Fact]
    public void No_offers_gives_an_empty_list()
    {
        OfferComparison.Compare(new Pipeline()).ShouldBeEmpty();
        OfferComparison.Compare(ExampleSearch.Create(new DateOnly(2026, 11, 22))).Select(o => o.OpportunityId).ShouldBe(["bluebird"]);
    }

    [Fact]
    public void The_example_search_offer_adds_up()
    {
        var s = OfferComparison.Compare(ExampleSearch.Create(new DateOnly(2026, 11, 22))).Single();

        // 140000 base, 10% bonus target, 10000 signing, 20000 equity per year.
        s.BonusTarget.ShouldBe(14000m);
        s.FirstYearTotal.ShouldBe(184000m);
    }

    private static Opportunity Opp(string id, Stage stage, OfferStatus? status, int? preference = null) => new()
    {
        Id = id,
        Company = id.ToUpperInvariant(),
        Stage = stage,
        Preference = preference,
        Offer = status is { } st ? new Offer { Status = st } : null,
    };
}
