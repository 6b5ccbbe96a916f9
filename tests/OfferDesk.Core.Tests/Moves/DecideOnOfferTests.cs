namespace OfferDesk.Core.Tests.Moves;

public class DecideOnOfferTests
{
    private const string Code = "decide-on-offer";

    [Fact]
    public void ADeadlineTodayIsADecisionToMakeNow()
    {
        // A company you prefer is still deciding, so this is a decision, not yet an acceptance.
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Today).Preferred(2), Opp.Interviewing("zeta").Preferred(1)).Advise();

        var move = advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Urgent, Day.Today, Channel.None);
        move.Script.ShouldBeEmpty();
        move.Why.ShouldContain("deadline");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ADeadlineWithinTwoDaysIsUrgent(int daysLeft)
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(daysLeft)).Preferred(2), Opp.Interviewing("zeta").Preferred(1)).Advise();

        advice.ShouldPropose(Code, "acme").Priority.ShouldBe(Priority.Urgent);
    }

    [Fact]
    public void ThreeDaysLeftIsNotYetADecision()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void APassedDeadlineIsWarnedAboutNotDecided()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Yesterday)).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldWarn("deadline-passed", "acme");
    }

    [Fact]
    public void AnOfferWithNoDeadlineHasNoDeadlineToDecideBy()
    {
        var advice = Search.Of(Opp.Offer("acme")).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WhenThePreferredCompanyHasNoTimelineDecideOnTheOfferInHand()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), CallOutcome.NoTimeline),
            Opp.Offer("beta", deadline: Day.In(8)).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.None);
    }

    [Fact]
    public void NoTimelineConcernsOnlyTheMostPreferredCurrentOffer()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), CallOutcome.NoTimeline),
            Opp.Offer("beta", deadline: Day.In(8)).Preferred(2),
            Opp.Offer("zeta", deadline: Day.In(8)).Preferred(3)).Advise();

        advice.ShouldPropose(Code, "beta");
        advice.ShouldNotPropose(Code, "zeta");
    }

    [Fact]
    public void NoTimelineFromALessPreferredCompanyAsksForNoDecision()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(3).Called(Day.Ago(1), CallOutcome.NoTimeline),
            Opp.Offer("beta", deadline: Day.In(8)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void OtherCallOutcomesAskForNoDecision()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), CallOutcome.OfferMade),
            Opp.Offer("beta", deadline: Day.In(8)).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnyStageChangeEndsIt()
    {
        var accepted = Opp.Accepted("acme");
        accepted.Offer!.Deadline = Day.Today;
        var declined = Opp.InStage("acme", Stage.Declined);
        declined.Offer = new Offer { Status = OfferStatus.Written, Deadline = Day.Today };

        Search.Of(accepted).Advise().ShouldNotPropose(Code);
        Search.Of(declined).Advise().ShouldNotPropose(Code);
    }
}
