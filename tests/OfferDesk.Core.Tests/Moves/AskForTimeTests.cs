namespace OfferDesk.Core.Tests.Moves;

public class AskForTimeTests
{
    private const string Code = "ask-for-time";

    private static Opportunity OfferShortOnTitle() =>
        Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).FallingShortOn(Shortfall.Title);

    private static Opportunity StillInterviewing() => Opp.Interviewing("beta").Preferred(2).InterviewScheduled(Day.In(2));

    [Fact]
    public void AnOfferThatFallsShortWhileOthersRunAsksForTime()
    {
        var advice = Search.Of(OfferShortOnTitle(), StillInterviewing()).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void AnOfferWithNothingMissingNeedsNoTime()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(6)).Preferred(1), StillInterviewing()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnUnemployedCandidateDoesNotAskForTime()
    {
        var advice = Search.Of(OfferShortOnTitle(), StillInterviewing()).Unemployed().Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WhenAMorePreferredCompanyIsLiveTheOfferIsDeferredInstead()
    {
        var advice = Search.Of(OfferShortOnTitle().Preferred(3), StillInterviewing()).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldPropose("defer-offer", "acme");
    }

    [Fact]
    public void WithNothingElseInProcessThereIsNothingToWaitFor()
    {
        var advice = Search.Of(OfferShortOnTitle(),
            Opp.InStage("beta", Stage.Rejected).Preferred(2),
            Opp.Interviewing("zeta").Preferred(3).Called(Day.Ago(1), CallOutcome.TakeOtherOffer),
            Opp.Offer("omega", deadline: Day.In(5)).Preferred(4)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void APassedDeadlineLeavesNoTimeToAskFor()
    {
        var advice = Search.Of(OfferShortOnTitle().AnswerBy(Day.Yesterday), StillInterviewing()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ATimeRequestSettlesIt()
    {
        var advice = Search.Of(OfferShortOnTitle().Logged(EventKind.TimeRequest, Day.Ago(1)), StillInterviewing()).Advise();

        advice.ShouldNotPropose(Code);
    }
}
