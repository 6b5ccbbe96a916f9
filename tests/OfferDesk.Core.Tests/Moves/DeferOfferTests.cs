namespace OfferDesk.Core.Tests.Moves;

public class DeferOfferTests
{
    private const string Code = "defer-offer";

    private static Opportunity PreferredStillInterviewing() =>
        Opp.Interviewing("acme").Preferred(1).InterviewScheduled(Day.In(3));

    [Fact]
    public void AnOfferWhileThePreferredCompanyStillDecidesIsDeferred()
    {
        var advice = Search.Of(PreferredStillInterviewing(), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Theory]
    [InlineData(0, Priority.Urgent)]
    [InlineData(1, Priority.Urgent)]
    [InlineData(2, Priority.Urgent)]
    [InlineData(3, Priority.High)]
    public void ADeadlineWithinTwoDaysMakesItUrgent(int daysLeft, Priority priority)
    {
        var advice = Search.Of(PreferredStillInterviewing(), Opp.Offer("beta", deadline: Day.In(daysLeft)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "beta").Priority.ShouldBe(priority);
    }

    [Fact]
    public void AnOfferWithNoDeadlineIsDeferredToo()
    {
        var advice = Search.Of(PreferredStillInterviewing(), Opp.Offer("beta").Preferred(2)).Advise();

        advice.ShouldPropose(Code, "beta").Priority.ShouldBe(Priority.High);
    }

    [Fact]
    public void AnUnrankedOfferIsLessPreferredThanAnyRankedCompany()
    {
        var advice = Search.Of(PreferredStillInterviewing().Preferred(7), Opp.Offer("beta", deadline: Day.In(5))).Advise();

        advice.ShouldPropose(Code, "beta");
    }

    [Fact]
    public void AMorePreferredHeldOfferAlsoCounts()
    {
        // Spoken only, the preferred offer is not yet one to accept, so the other is held open.
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal, deadline: Day.In(9)).Preferred(1), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "beta");
        advice.ShouldNotPropose(Code, "acme");
    }

    [Fact]
    public void AnUnemployedCandidateDoesNotDefer()
    {
        var advice = Search.Of(PreferredStillInterviewing(), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Unemployed().Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void APassedDeadlineIsNotDeferred()
    {
        var advice = Search.Of(PreferredStillInterviewing(), Opp.Offer("beta", deadline: Day.Yesterday).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void OnlyALessPreferredCompanyStillInPlayIsNoReasonToDefer()
    {
        var advice = Search.Of(PreferredStillInterviewing().Preferred(3), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AMorePreferredCompanyThatIsNoLongerLiveIsNoReasonToDefer()
    {
        var advice = Search.Of(
            Opp.InStage("acme", Stage.Rejected).Preferred(1),
            Opp.Interviewing("zeta").Preferred(2).Called(Day.Ago(1), CallOutcome.TakeOtherOffer),
            Opp.Offer("omega", deadline: Day.Ago(1)).Preferred(3),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(4)).Advise();

        advice.ShouldNotPropose(Code, "beta");
    }

    [Fact]
    public void ADeferralNoticeSettlesIt()
    {
        var advice = Search.Of(PreferredStillInterviewing(),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).Logged(EventKind.DeferralNotice, Day.Ago(1))).Advise();

        advice.ShouldNotPropose(Code);
    }
}
