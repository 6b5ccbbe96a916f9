namespace OfferDesk.Core.Tests.Moves;

public class SignalCommitmentTests
{
    private const string Code = "signal-commitment";

    private static Opportunity TopChoiceNearTheEnd() =>
        Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 4, completed: 3).InterviewScheduled(Day.In(5));

    [Fact]
    public void AtTheLastStepOfTheTopChoiceSayYouWouldAcceptWithHighPriority()
    {
        var advice = Search.Of(TopChoiceNearTheEnd(), Opp.Interviewing("beta").Preferred(2)).Advise();

        // V2: the note that can decide the week is high.
        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void AllStepsDoneStillCounts()
    {
        var advice = Search.Of(TopChoiceNearTheEnd().Steps(total: 4, completed: 4)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void TwoStepsLeftIsTooEarly()
    {
        var advice = Search.Of(TopChoiceNearTheEnd().Steps(total: 4, completed: 2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void FewerThanTwoStepsDoneIsTooEarlyEvenInAShortProcess()
    {
        var advice = Search.Of(TopChoiceNearTheEnd().Steps(total: 2, completed: 1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WithoutTheTotalStepsThereIsNoLastStep()
    {
        var advice = Search.Of(TopChoiceNearTheEnd().Steps(total: null, completed: 3)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void CompletedStepsDefaultToTheDoneInterviews()
    {
        var twoDone = Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 3)
            .Interviewed(Day.Ago(10)).Interviewed(Day.Ago(3));
        var oneDone = Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 2)
            .Interviewed(Day.Ago(3));

        Search.Of(twoDone).Advise().ShouldPropose(Code, "acme");
        Search.Of(oneDone).Advise().ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void NeverWithoutAnHonestYes(bool? wouldAccept)
    {
        var advice = Search.Of(TopChoiceNearTheEnd().WouldSayYes(wouldAccept)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void OnlyTheTopChoiceSignals()
    {
        var advice = Search.Of(
            TopChoiceNearTheEnd().Preferred(2),
            Opp.Interviewing("zeta").Preferred(1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AMorePreferredCompanyThatIsNoLongerLiveDoesNotStandInTheWay()
    {
        var advice = Search.Of(
            TopChoiceNearTheEnd().Preferred(2),
            Opp.InStage("zeta", Stage.Rejected).Preferred(1),
            Opp.Offer("omega", deadline: Day.Ago(1)).Preferred(3)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void WithNoPreferencesThereIsNoTopChoice()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").WouldSayYes().Steps(total: 4, completed: 3).InterviewScheduled(Day.In(5))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnApplicationIsNotAtItsLastStep()
    {
        var o = Opp.Applied("acme").Preferred(1).WouldSayYes().Steps(total: 4, completed: 3);
        var advice = Search.Of(o.AppliedAt(Day.Ago(2))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ACommitmentSignalSettlesIt()
    {
        var advice = Search.Of(TopChoiceNearTheEnd().Logged(EventKind.CommitmentSignal, Day.Ago(20))).Advise();

        advice.ShouldNotPropose(Code);
    }
}
