namespace OfferDesk.Core.Tests.Moves;

public class NegotiateWithOfferTests
{
    private const string Code = "negotiate-with-offer";

    private static Opportunity PreferredButPaysLess() =>
        Opp.Offer("acme", deadline: Day.In(7)).Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money)
            .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100");

    private static Opportunity PaysMore(string id = "beta", decimal salary = 140000, string? currency = "USD", int preference = 2) =>
        Opp.Offer(id, deadline: Day.In(7)).Preferred(preference).Paying(salary, currency).WouldSayYes();

    [Fact]
    public void AHigherLessPreferredOfferIsGroundsToNegotiate()
    {
        var advice = Search.Of(PreferredButPaysLess(), PaysMore()).Advise();

        var move = advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        move.Script.ShouldContain("USD 140,000");
        move.Script.ShouldContain("Beta Corp");
    }

    [Fact]
    public void TheCompetingOfferIsTheHighestPaid()
    {
        var advice = Search.Of(PreferredButPaysLess(), PaysMore("beta", 140000), PaysMore("zeta", 155000, preference: 3), PaysMore("omega", 130000, preference: 4)).Advise();

        var move = advice.ShouldPropose(Code, "acme");
        move.Script.ShouldContain("USD 155,000");
        move.Script.ShouldContain("Zeta Corp");
        move.Script.ShouldNotContain("Beta Corp");
    }

    [Fact]
    public void WithoutAMoneyShortfallThereIsNothingToNegotiate()
    {
        var acme = PreferredButPaysLess();
        acme.Offer!.Shortfalls = [Shortfall.Title];
        var advice = Search.Of(acme, PaysMore()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AMorePreferredOfferIsNotUsedAsLeverage()
    {
        var advice = Search.Of(PreferredButPaysLess().Preferred(2), PaysMore(preference: 1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(120000)]
    [InlineData(100000)]
    public void AnOfferThatPaysNoMoreIsNoLeverage(int salary)
    {
        var advice = Search.Of(PreferredButPaysLess(), PaysMore(salary: salary)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void SalariesInDifferentCurrenciesAreNotCompared()
    {
        var advice = Search.Of(PreferredButPaysLess(), PaysMore(currency: "EUR")).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AMissingCurrencyMatchesAny()
    {
        Search.Of(PreferredButPaysLess(), PaysMore(currency: null)).Advise().ShouldPropose(Code, "acme");
        Search.Of(PreferredButPaysLess().Paying(120000, currency: null), PaysMore(currency: "EUR")).Advise().ShouldPropose(Code, "acme");
    }

    [Fact]
    public void ASalaryMissingOnEitherSideIsNoLeverage()
    {
        var noOwnSalary = PreferredButPaysLess();
        noOwnSalary.Offer!.BaseSalary = null;
        var rival = PaysMore();
        rival.Offer!.BaseSalary = null;

        Search.Of(noOwnSalary, PaysMore()).Advise().ShouldNotPropose(Code);
        Search.Of(PreferredButPaysLess(), rival).Advise().ShouldNotPropose(Code);
    }

    [Fact]
    public void ACompetingOfferPastItsDeadlineIsNoLeverage()
    {
        var advice = Search.Of(PreferredButPaysLess(), PaysMore().AnswerBy(Day.Yesterday)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnOfferPastItsOwnDeadlineIsNotNegotiated()
    {
        var advice = Search.Of(PreferredButPaysLess().AnswerBy(Day.Yesterday), PaysMore()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AHigherSalaryThatIsOnlyExpectedIsNoLeverage()
    {
        var expected = Opp.Interviewing("beta").Preferred(2).OfferExpected();
        expected.Offer!.BaseSalary = 200000;
        var advice = Search.Of(PreferredButPaysLess(), expected).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ANegotiationSettlesIt()
    {
        var advice = Search.Of(PreferredButPaysLess().Logged(EventKind.Negotiation, Day.Ago(3)), PaysMore()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void TheAskIsTheBaseAtWhichFourYearsOfMoneyMatchTheCitedOffer()
    {
        var beta = PaysMore();
        beta.Offer!.SigningBonus = 40000;

        var move = Search.Of(PreferredButPaysLess(), beta).Advise().ShouldPropose(Code, "acme");

        // 4 × 120,000 against 4 × 140,000 + 40,000: 30,000 more a year closes 120,000.
        move.Script.ShouldContain("Counting bonuses and equity over four years, a base salary of USD 150,000 would match it");
    }

    [Fact]
    public void AnAskAgainstAnotherOfferNeverNamesIt()
    {
        var zeta = PaysMore("zeta", 130000, preference: 3);
        zeta.Offer!.EquityPerYear = 50000;

        var move = Search.Of(PreferredButPaysLess(), PaysMore(), zeta).Advise().ShouldPropose(Code, "acme");

        // Beta pays the highest base, so it is cited; Zeta has the most money over four years (720,000), so the ask matches it.
        move.Script.ShouldContain("Beta Corp");
        move.Script.ShouldContain("If you could reach a base salary of USD 180,000, my decision would be easy.");
        move.Script.ShouldNotContain("Zeta");
    }

    [Fact]
    public void NothingIsAskedWhenThePreferredOfferIsAheadOverFourYears()
    {
        var acme = PreferredButPaysLess();
        acme.Offer!.SetGrant(400000, 4, 12, []);

        var move = Search.Of(acme, PaysMore()).Advise().ShouldPropose(Code, "acme");

        move.Script.ShouldContain("USD 140,000");
        move.Script.ShouldNotContain("If you could reach");
        move.Script.ShouldNotContain("would match it");
    }
}
