namespace OfferDesk.Core.Tests.Moves;

public class AcceleratePreferredTests
{
    private const string Code = "accelerate-preferred";

    [Fact]
    public void WithAnOfferInHandCallTheCompanyYouPrefer()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Interviewed(Day.Ago(6)),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Phone);
    }

    [Theory]
    [InlineData(0, Priority.Urgent)]
    [InlineData(2, Priority.Urgent)]
    [InlineData(3, Priority.High)]
    public void TheOffersDeadlineWithinTwoDaysMakesItUrgent(int daysLeft, Priority priority)
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(daysLeft)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "acme").Priority.ShouldBe(priority);
    }

    [Fact]
    public void EveryPreferredCompanyInProcessGetsACall()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Applied("zeta").Preferred(2),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(3),
            Opp.Interviewing("omega").Preferred(4)).Advise();

        advice.ShouldPropose(Code, "acme");
        advice.ShouldPropose(Code, "zeta");
        advice.ShouldNotPropose(Code, "omega");
        advice.ShouldNotPropose(Code, "beta");
    }

    [Fact]
    public void TheCallIsMeasuredAgainstTheMostPreferredCurrentOffer()
    {
        var advice = Search.Of(
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2),
            Opp.Interviewing("acme").Preferred(3),
            Opp.Offer("zeta", deadline: Day.In(5)).Preferred(4)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnOfferPastItsDeadlineIsNoLeverage()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.Yesterday).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnExpectedOfferIsNoLeverage()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Interviewing("beta").Preferred(2).OfferExpected()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(Stage.Rejected)]
    [InlineData(Stage.Withdrawn)]
    [InlineData(Stage.Declined)]
    public void OnlyACompanyStillInProcessIsCalled(Stage stage)
    {
        var advice = Search.Of(
            Opp.InStage("acme", stage).Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnUnemployedCandidateStillMakesTheCall()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Unemployed().Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnAccelerateCallSettlesItWhateverTheAnswer()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), outcome: null),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void NoCallOnceAnAcceptanceIsSolid()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(3),
            Opp.Accepted("carol").Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }
}
