namespace OfferDesk.Core.Tests.Moves;

public class DeclineOfferTests
{
    private const string Code = "decline-offer";

    private static Opportunity OtherOffer(int doneInterviews)
    {
        var o = Opp.Offer("beta", deadline: Day.In(4)).Preferred(2).WithContact("Priya Nair", ContactRole.Recruiter, "+1 555 0199", "priya@beta.example");
        for (var i = 0; i < doneInterviews; i++) o.Interviewed(Day.Ago(20 + i));
        return o;
    }

    [Fact]
    public void AfterASolidAcceptanceDeclineTheOtherOfferByEmail()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), OtherOffer(doneInterviews: 1)).Advise();

        var move = advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Email);
        move.Script.ShouldStartWith("Subject: ");
    }

    [Theory]
    [InlineData(0, Channel.Email)]
    [InlineData(2, Channel.Email)]
    [InlineData(3, Channel.Phone)]
    [InlineData(4, Channel.Phone)]
    public void WithAnAddressOnFileThreeInterviewsDeserveAPhoneCall(int doneInterviews, Channel channel)
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), OtherOffer(doneInterviews)).Advise();

        advice.ShouldPropose(Code, "beta").Channel.ShouldBe(channel);
    }

    [Fact]
    public void CancelledInterviewsDoNotCountTowardsACall()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1),
            OtherOffer(doneInterviews: 2).InterviewCancelled(Day.Ago(3)).InterviewScheduled(Day.Ago(2))).Advise();

        advice.ShouldPropose(Code, "beta").Channel.ShouldBe(Channel.Email);
    }

    [Fact]
    public void AnUnrankedOfferIsDeclinedWhenTheAcceptedOneIsRanked()
    {
        var unranked = OtherOffer(1);
        unranked.Preference = null;
        var advice = Search.Of(Opp.Accepted("acme").Preferred(3), unranked).Advise();

        advice.ShouldPropose(Code, "beta");
    }

    [Fact]
    public void AMorePreferredOfferIsWeighedNotDeclined()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(3), OtherOffer(1)).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldPropose("weigh-late-offer", "beta");
    }

    [Fact]
    public void NoDeclineBeforeTheAcceptanceIsSolid()
    {
        var advice = Search.Of(Opp.Accepted("acme", OfferStatus.Verbal).Preferred(1), OtherOffer(1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void OnlyAHeldOfferIsDeclined()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), Opp.Interviewing("beta").Preferred(2).OfferExpected()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ADeclineSettlesIt()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), OtherOffer(1).Logged(EventKind.Decline, Day.Today)).Advise();

        advice.ShouldNotPropose(Code);
    }
}
