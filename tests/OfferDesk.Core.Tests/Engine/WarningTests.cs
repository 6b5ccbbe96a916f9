namespace OfferDesk.Core.Tests.Engine;

public class WarningTests
{
    private static Search SomethingInProcess() => Search.Of(Opp.Interviewing("acme").InterviewScheduled(Day.Parse("2027-01-20")));

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-15")]
    [InlineData("2026-12-31")]
    public void DecemberIsTheSlowSeason(string today)
    {
        var advice = SomethingInProcess().AdviseOn(Day.Parse(today));

        advice.ShouldWarn("slow-season", null);
    }

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2027-01-01")]
    [InlineData("2026-10-15")]
    public void OutsideDecemberThereIsNoSlowSeason(string today)
    {
        var advice = SomethingInProcess().AdviseOn(Day.Parse(today));

        advice.ShouldNotWarn("slow-season");
    }

    [Fact]
    public void TheSlowSeasonOnlyMattersWithSomethingInProcess()
    {
        var december = Day.Parse("2026-12-10");

        Search.Of(Opp.Offer("acme", deadline: Day.Parse("2026-12-20"))).AdviseOn(december).ShouldNotWarn("slow-season");
        Search.Of(Opp.Interviewing("acme").Called(Day.Parse("2026-12-01"), CallOutcome.TakeOtherOffer)).AdviseOn(december).ShouldNotWarn("slow-season");
        Search.Of(Opp.Applied("acme")).AdviseOn(december).ShouldWarn("slow-season", null);
    }

    [Fact]
    public void ASolidAcceptanceEndsTheSlowSeasonWorry()
    {
        var december = Day.Parse("2026-12-10");

        Search.Of(Opp.Accepted("acme"), Opp.Interviewing("beta")).AdviseOn(december).ShouldNotWarn("slow-season");
        Search.Of(Opp.Accepted("acme", OfferStatus.Verbal), Opp.Interviewing("beta")).AdviseOn(december).ShouldWarn("slow-season", null);
    }

    [Fact]
    public void AHeldOfferPastItsDeadlineIsWarnedAbout()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Yesterday), Opp.Offer("beta", deadline: Day.Today), Opp.Offer("zeta")).Advise();

        advice.ShouldWarn("deadline-passed", "acme").Message.ShouldContain("Acme Corp");
        advice.Warnings.Count(w => w.Code == "deadline-passed").ShouldBe(1);
    }

    [Fact]
    public void OnlyAHeldOfferHasADeadlineToMiss()
    {
        var accepted = Opp.Accepted("acme");
        accepted.Offer!.Deadline = Day.Ago(5);
        var declined = Opp.InStage("beta", Stage.Declined);
        declined.Offer = new Offer { Status = OfferStatus.Written, Deadline = Day.Ago(5) };

        Search.Of(accepted, declined).Advise().ShouldNotWarn("deadline-passed");
    }

    [Theory]
    [InlineData(null)]
    public void LeaningOnAnOfferYouHaveNotSaidYouWouldTakeIsWarnedAbout(bool? wouldAccept)
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).WouldSayYes(wouldAccept)).Advise();

        advice.ShouldPropose("accelerate-preferred", "acme");
        advice.ShouldWarn("plan-b-unconfirmed", "beta");
    }

    [Fact]
    public void AnOfferYouWouldRefuseIsNeverLeanedOn()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).WouldSayYes(false)).Advise();

        advice.ShouldNotPropose("accelerate-preferred");
        advice.ShouldNotWarn("plan-b-unconfirmed");
        advice.ShouldPropose("decline-offer", "beta");
    }

    [Fact]
    public void LeaningOnAnOfferYouWouldTakeIsFine()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldNotWarn("plan-b-unconfirmed");
    }

    [Fact]
    public void NoCallProposedMeansNothingLeanedOn()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), CallOutcome.NoTimeline),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldNotWarn("plan-b-unconfirmed");
    }

    [Fact]
    public void NegotiatingWithAnOfferYouWouldNotTakeIsWarnedAboutOnThatOffer()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(7)).Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money).WouldSayYes(),
            Opp.Offer("beta", deadline: Day.In(7)).Preferred(2).Paying(140000)).Advise();

        advice.ShouldPropose("negotiate-with-offer", "acme");
        advice.ShouldWarn("plan-b-unconfirmed", "beta");
        advice.Warnings.Where(w => w.Code == "plan-b-unconfirmed").Select(w => w.Opportunity).ShouldBe(["beta"]);
    }

    [Fact]
    public void NegotiatingWithAnOfferYouWouldTakeIsFine()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(7)).Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money),
            Opp.Offer("beta", deadline: Day.In(7)).Preferred(2).Paying(140000).WouldSayYes()).Advise();

        advice.ShouldPropose("negotiate-with-offer", "acme");
        advice.ShouldNotWarn("plan-b-unconfirmed");
    }

    [Fact]
    public void AnOfferLeanedOnTwiceIsWarnedAboutOnce()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(7)).Preferred(1).Paying(100000).FallingShortOn(Shortfall.Money),
            Opp.Offer("beta", deadline: Day.In(7)).Preferred(2).Paying(110000).FallingShortOn(Shortfall.Money),
            Opp.Offer("zeta", deadline: Day.In(7)).Preferred(3).Paying(150000)).Advise();

        advice.ShouldPropose("negotiate-with-offer", "acme");
        advice.ShouldPropose("negotiate-with-offer", "beta");
        advice.ShouldWarn("plan-b-unconfirmed", "zeta");
    }

    [Fact]
    public void BothLeansAreWarnedAboutEachOnItsOwnOffer()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(7)).Preferred(2).Paying(100000).FallingShortOn(Shortfall.Money),
            Opp.Offer("zeta", deadline: Day.In(7)).Preferred(3).Paying(150000).WouldSayYes(false)).Advise();

        advice.Warnings.Where(w => w.Code == "plan-b-unconfirmed").Select(w => w.Opportunity).ShouldBe(["beta", "zeta"]);
    }

    [Theory]
    [InlineData(OfferStatus.Verbal, true)]
    [InlineData(OfferStatus.Written, false)]
    public void AnAcceptanceThatIsNotSolidIsWarnedAbout(OfferStatus status, bool withStartDate)
    {
        var advice = Search.Of(Opp.Accepted("acme", status, withStartDate)).Advise();

        advice.ShouldWarn("offer-not-solid", "acme");
    }

    [Fact]
    public void ASolidAcceptanceIsNotWarnedAbout()
    {
        Search.Of(Opp.Accepted("acme")).Advise().ShouldNotWarn("offer-not-solid");
    }

    [Fact]
    public void WarningsAreSortedByCodeThenOpportunity()
    {
        var december = Day.Parse("2026-12-10");
        var advice = Search.Of(
            Opp.Offer("zeta", deadline: Day.Parse("2026-12-01")).Preferred(5),
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.Parse("2026-12-12")).Preferred(2),
            Opp.Offer("alpha", deadline: Day.Parse("2026-12-09")).Preferred(4),
            Opp.Accepted("carol", OfferStatus.Verbal).Preferred(3)).AdviseOn(december);

        advice.Warnings.Select(w => (w.Code, w.Opportunity)).ShouldBe(
        [
            ("deadline-passed", "alpha"),
            ("deadline-passed", "zeta"),
            ("offer-not-solid", "carol"),
            ("plan-b-unconfirmed", "beta"),
            ("slow-season", null),
        ]);
    }
}
