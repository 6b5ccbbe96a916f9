namespace OfferDesk.Core.Tests.Moves;

public class CancelInterviewTests
{
    private const string Code = "cancel-interview";

    [Fact]
    public void AfterASolidAcceptanceCancelTheOtherInterviews()
    {
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1), Opp.Interviewing("beta").Preferred(2).InterviewScheduled(Day.In(5))).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Theory]
    [InlineData(0, Priority.Urgent)]
    [InlineData(2, Priority.Urgent)]
    [InlineData(3, Priority.High)]
    public void AnInterviewWithinTwoDaysIsUrgentToCancel(int daysAway, Priority priority)
    {
        var advice = Search.Of(Opp.Accepted("acme"), Opp.Interviewing("beta").InterviewScheduled(Day.In(daysAway))).Advise();

        advice.ShouldPropose(Code, "beta").Priority.ShouldBe(priority);
    }

    [Fact]
    public void TheEarliestInterviewSetsTheUrgency()
    {
        var advice = Search.Of(Opp.Accepted("acme"),
            Opp.Interviewing("beta").InterviewScheduled(Day.In(9)).InterviewScheduled(Day.In(1))).Advise();

        var move = advice.ShouldPropose(Code, "beta");
        move.Priority.ShouldBe(Priority.Urgent);
        move.Summary.ShouldContain("Wednesday, March 11");
    }

    [Theory]
    [InlineData(Stage.Withdrawn)]
    [InlineData(Stage.Declined)]
    public void AnInterviewWhereYouAreNoLongerPursuingIsCancelled(Stage stage)
    {
        var advice = Search.Of(Opp.InStage("beta", stage).InterviewScheduled(Day.In(4))).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void ARejectionNeedsNoCancellation()
    {
        var advice = Search.Of(Opp.InStage("beta", Stage.Rejected).InterviewScheduled(Day.In(4))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WithoutASolidAcceptanceInterviewsStand()
    {
        Search.Of(Opp.Interviewing("beta").InterviewScheduled(Day.In(4))).Advise().ShouldNotPropose(Code);
        Search.Of(Opp.Accepted("acme", OfferStatus.Verbal), Opp.Interviewing("beta").InterviewScheduled(Day.In(4))).Advise()
            .ShouldNotPropose(Code);
    }

    [Fact]
    public void OnlyUpcomingScheduledInterviewsAreCancelled()
    {
        var advice = Search.Of(Opp.Accepted("acme"),
            Opp.Interviewing("beta").InterviewCancelled(Day.In(3)).InterviewScheduled(Day.Yesterday).Interviewed(Day.Ago(5))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void TheAcceptedCompanysOwnInterviewIsKept()
    {
        var advice = Search.Of(Opp.Accepted("acme").InterviewScheduled(Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ACancelInterviewEventSettlesIt()
    {
        var advice = Search.Of(Opp.Accepted("acme"),
            Opp.Interviewing("beta").InterviewScheduled(Day.In(3)).Logged(EventKind.CancelInterview, Day.Today)).Advise();

        advice.ShouldNotPropose(Code);
    }
}
