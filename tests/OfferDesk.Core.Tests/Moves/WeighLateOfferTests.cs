namespace OfferDesk.Core.Tests.Moves;

public class WeighLateOfferTests
{
    private const string Code = "weigh-late-offer";

    [Fact]
    public void AMorePreferredOfferAfterAcceptingIsWeighed()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(2), Opp.Offer("beta", deadline: Day.In(5)).Preferred(1)).Advise();

        var move = advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.None);
        move.Script.ShouldBeEmpty();
    }

    [Fact]
    public void AnAcceptanceThatIsNotSolidIsWeighedToo()
    {
        var advice = Search.Of(Opp.Accepted("acme", OfferStatus.Verbal).Preferred(2), Opp.Offer("beta", OfferStatus.Verbal).Preferred(1)).Advise();

        advice.ShouldPropose(Code, "beta");
    }

    [Fact]
    public void ALessPreferredOfferIsNotWeighed()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WithoutAnAcceptanceThereIsNothingToWeighAgainst()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(5)).Preferred(2), Opp.Offer("beta", deadline: Day.In(5)).Preferred(1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void APreferredCompanyWithoutAnOfferIsNotALateOffer()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(2), Opp.Interviewing("beta").Preferred(1).OfferExpected()).Advise();

        advice.ShouldNotPropose(Code);
    }
}
