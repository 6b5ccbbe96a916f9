using OfferDesk.Core.Comparison;

namespace OfferDesk.Core.Tests.Weighing;

/// <summary>Money year by year (issue 23): grants with cliffs and splits, signing bonuses, currencies.</summary>
public sealed class OfferMoneyTests
{
    private static Offer Offer(decimal? pay, string? currency = "USD") => new() { Status = OfferStatus.Written, BaseSalary = pay, Currency = currency };

    private static Opportunity Opp(string id, int? preference, Offer offer) =>
        new() { Id = id, Company = id[..1].ToUpperInvariant() + id[1..], Preference = preference, Stage = Stage.Offer, Offer = offer };

    [Fact]
    public void A_four_year_grant_with_a_one_year_cliff_vests_a_quarter_at_the_cliff_then_a_quarter_a_year()
    {
        var offer = Offer(100_000m);
        offer.SetGrant(200_000m, 4, 12, []);

        var years = OfferMoney.ByYear(offer)!;

        years.Select(y => y.Equity).ShouldBe([50_000m, 50_000m, 50_000m, 50_000m]);
        years.Select(y => y.Total).ShouldBe([150_000m, 150_000m, 150_000m, 150_000m]);
        OfferMoney.FourYearTotal(offer).ShouldBe(600_000m);
    }

    [Fact]
    public void A_cliff_past_the_first_year_moves_what_built_up_to_the_year_it_falls_in()
    {
        var offer = Offer(0m);
        offer.SetGrant(120_000m, 4, 18, []);

        OfferMoney.Equity(offer).ShouldBe([0m, 60_000m, 30_000m, 30_000m]);
    }

    [Fact]
    public void A_back_loaded_split_vests_5_15_40_40()
    {
        var offer = Offer(100_000m);
        offer.SetGrant(400_000m, null, 12, [5m, 15m, 40m, 40m]);

        OfferMoney.Equity(offer).ShouldBe([20_000m, 60_000m, 160_000m, 160_000m]);
        OfferMoney.FourYearTotal(offer).ShouldBe(800_000m);
    }

    [Fact]
    public void A_grant_over_more_than_four_years_counts_only_the_first_four()
    {
        var offer = Offer(100_000m);
        offer.SetGrant(500_000m, 5, null, []);

        OfferMoney.Equity(offer).ShouldBe([100_000m, 100_000m, 100_000m, 100_000m]);
    }

    [Fact]
    public void The_signing_bonus_is_paid_in_year_one_only_and_the_bonus_at_target_every_year()
    {
        var offer = Offer(100_000m);
        offer.SigningBonus = 25_000m;
        offer.BonusTargetPercent = 10m;

        var years = OfferMoney.ByYear(offer)!;

        years.Select(y => y.Signing).ShouldBe([25_000m, 0m, 0m, 0m]);
        years.Select(y => y.Bonus).ShouldBe([10_000m, 10_000m, 10_000m, 10_000m]);
        years.Select(y => y.Total).ShouldBe([135_000m, 110_000m, 110_000m, 110_000m]);
    }

    [Fact]
    public void Without_equity_the_years_are_salary_and_bonus_and_equity_per_year_counts_when_no_grant_is_given()
    {
        var none = Offer(90_000m);
        OfferMoney.Equity(none).ShouldBe([0m, 0m, 0m, 0m]);
        OfferMoney.FourYearTotal(none).ShouldBe(360_000m);

        var perYear = Offer(90_000m);
        perYear.EquityPerYear = 10_000m;
        OfferMoney.FourYearTotal(perYear).ShouldBe(400_000m);
        // A grant, once given, is what vests: equity per year is kept in the document but not added.
        perYear.SetGrant(80_000m, 4, null, []);
        OfferMoney.FourYearTotal(perYear).ShouldBe(440_000m);
    }

    [Fact]
    public void A_zero_salary_is_a_salary_and_no_salary_is_no_figure()
    {
        var zero = Offer(0m);
        zero.SetGrant(400_000m, 4, 12, []);
        OfferMoney.FourYearTotal(zero).ShouldBe(400_000m);
        zero.BonusTargetPercent = 20m;
        OfferMoney.ByYear(zero)!.Select(y => y.Bonus).ShouldBe([0m, 0m, 0m, 0m]);

        OfferMoney.ByYear(Offer(null)).ShouldBeNull();
    }

    [Fact]
    public void Two_currencies_are_compared_only_with_a_rate()
    {
        var usd = Offer(150_000m);
        var eur = Offer(120_000m, "EUR");
        var p = new Pipeline { Opportunities = [Opp("acme", 1, usd), Opp("berlin", 2, eur)] };

        var apart = OfferWeighing.Weigh(p);
        apart.Currency.ShouldBe("USD");
        apart.MissingRates.ShouldBe(["EUR"]);
        var berlin = apart.Offers.Single(o => o.Offer.OpportunityId == "berlin");
        berlin.FourYearTotal.ShouldBe(480_000m);
        berlin.ComparedTotal.ShouldBeNull();
        apart.Flip.ShouldBeNull();
        apart.NoFlip.ShouldNotBeNull().ShouldContain("a rate");
        WeighingWords.Currencies(apart).ShouldNotBeNull().ShouldContain("shown apart");

        p.SetRate("EUR", "USD", 1.25m);
        var together = OfferWeighing.Weigh(p);
        together.MissingRates.ShouldBeEmpty();
        together.Offers.Single(o => o.Offer.OpportunityId == "berlin").ComparedTotal.ShouldBe(600_000m);
        // The top choice is ahead: 600,000 against 600,000 is a tie, nothing to ask for.
        together.Flip.ShouldNotBeNull().AlreadyAhead.ShouldBeTrue();

        // A rate given the other way round is used inverted.
        p.ExchangeRates.Clear();
        p.SetRate("USD", "EUR", 0.8m);
        OfferWeighing.Weigh(p).Offers.Single(o => o.Offer.OpportunityId == "berlin").ComparedTotal.ShouldBe(600_000m);
    }

    [Fact]
    public void The_flip_number_closes_the_gap_in_base_salary_with_its_bonus_or_at_once_in_signing_bonus()
    {
        var top = Offer(100_000m);
        top.BonusTargetPercent = 25m;
        var other = Offer(120_000m);
        other.BonusTargetPercent = 25m;
        var p = new Pipeline { Opportunities = [Opp("top", 1, top), Opp("other", 2, other)] };

        var flip = OfferWeighing.Weigh(p).Flip.ShouldNotBeNull();

        flip.Top.Offer.OpportunityId.ShouldBe("top");
        flip.Other.Offer.OpportunityId.ShouldBe("other");
        flip.Gap.ShouldBe(100_000m);
        flip.ExtraBase.ShouldBe(20_000m);
        flip.ExtraSigning.ShouldBe(100_000m);
        flip.Ask.ShouldBe(120_000m);
        flip.AlreadyAhead.ShouldBeFalse();
    }

    [Fact]
    public void The_best_other_offer_is_the_highest_four_year_money_not_the_highest_base()
    {
        var top = Offer(100_000m);
        var highBase = Offer(130_000m);
        var bigGrant = Offer(110_000m);
        bigGrant.SetGrant(400_000m, 4, 12, []);
        var p = new Pipeline { Opportunities = [Opp("top", 1, top), Opp("high", 2, highBase), Opp("grant", 3, bigGrant)] };

        var flip = OfferWeighing.Weigh(p).Flip.ShouldNotBeNull();

        flip.Other.Offer.OpportunityId.ShouldBe("grant");
        flip.Gap.ShouldBe(440_000m);
        flip.ExtraBase.ShouldBe(110_000m);
    }

    [Fact]
    public void When_the_top_choice_is_already_ahead_there_is_no_ask_and_the_words_say_so()
    {
        var top = Offer(150_000m);
        var p = new Pipeline { Opportunities = [Opp("top", 1, top), Opp("other", 2, Offer(100_000m))] };

        var weighing = OfferWeighing.Weigh(p);
        var flip = weighing.Flip.ShouldNotBeNull();

        flip.AlreadyAhead.ShouldBeTrue();
        flip.ExtraBase.ShouldBe(0m);
        flip.Ask.ShouldBeNull();
        WeighingWords.Flip(weighing).ShouldContain("already ahead over four years, by USD 200,000");
        OfferWeighing.FlipForNegotiation(p, p.Opportunities[0]).ShouldBeNull();
    }

    [Fact]
    public void The_score_is_points_over_weights_with_its_working_and_says_what_is_not_rated()
    {
        var p = new Pipeline { Opportunities = [Opp("top", 1, Offer(1m))] };
        p.SetWhatMatters([("Title", 4), ("Team", 2), ("Growth", 3), ("Commute", 0)]);
        var offer = p.Opportunities[0].Offer!;
        offer.Rate("Title", 5);
        offer.Rate("Team", 3);

        var score = OfferWeighing.ScoreOf(p.WhatMatters, offer);

        score.Value.ShouldBe(4.33m);
        score.Points.ShouldBe(26);
        score.WeightTotal.ShouldBe(6);
        score.Working.ShouldBe("Title 4 × 5 + Team 2 × 3 = 26; 26 ÷ 6 = 4.33");
        score.Unrated.ShouldBe(["Growth"]);
    }

    [Fact]
    public void Renaming_what_matters_in_place_keeps_its_ratings_and_dropping_it_drops_them()
    {
        var p = new Pipeline { Opportunities = [Opp("top", 1, Offer(1m))] };
        p.SetWhatMatters([("Title", 4), ("Team", 2)]);
        var offer = p.Opportunities[0].Offer!;
        offer.Rate("Title", 5);
        offer.Rate("Team", 3);

        p.SetWhatMatters([("Job title", 4)]);

        offer.Ratings.Select(r => (r.Matter, r.Rating)).ShouldBe([("Job title", 5)]);
        PipelineRules.Check(p).ShouldBeEmpty();
    }
}
