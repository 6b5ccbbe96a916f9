namespace OfferDesk.Core.Tests.Moves;

public class AskAboutProcessTests
{
    private const string Code = "ask-about-process";

    [Fact]
    public void AfterAnInterviewWithNoKnownStepsAskHowManyRemain()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2))).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Low, Day.Today, Channel.Either);
    }

    [Fact]
    public void AnUpcomingInterviewMoreThanAWeekAheadIsEnoughToAsk()
    {
        // A nearer one holds the question for its close (V17).
        var advice = Search.Of(Opp.Interviewing("acme").InterviewScheduled(Day.In(8))).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void WithNoInterviewDoneOrComingThereIsNothingToAskAbout()
    {
        var advice = Search.Of(Opp.Interviewing("acme").InterviewCancelled(Day.In(2)).InterviewScheduled(Day.Ago(1))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void KnownTotalStepsNeedNoQuestion()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Steps(total: 4)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void KnowingOnlyTheCompletedStepsStillLeavesTheQuestion()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Steps(total: null, completed: 1)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnApplicationStillWaitingIsNotAskedAbout()
    {
        var advice = Search.Of(Opp.Applied("acme").InterviewScheduled(Day.In(4))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void NotAskedOnceTheyHaveSaidTakeTheOtherOffer()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Called(Day.Ago(1), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AStatusCheckSettlesIt()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Logged(EventKind.StatusCheck, Day.Ago(30))).Advise();

        advice.ShouldNotPropose(Code);
    }
}
