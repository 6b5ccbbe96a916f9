namespace OfferDesk.Core.Tests.Moves;

public class FollowUpTests
{
    private const string Code = "follow-up";

    /// <summary>
    /// An opportunity with a done interview long ago and its process known: silence is what the test
    /// says, and the follow-up is not a cold application's (low whatever the silence, V3).
    /// </summary>
    private static Opportunity Met(string id) => Opp.Interviewing(id).Steps(total: 4).Interviewed(Day.Ago(40));

    [Fact]
    public void FollowUpWaitsForFiveQuietDays()
    {
        var advice = Search.Of(Met("acme").HeardFrom(Day.Ago(5))).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Normal, Day.Today, Channel.Either);
    }

    [Fact]
    public void FourQuietDaysAreTooSoon()
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(4))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(9, Priority.Normal)]
    [InlineData(10, Priority.High)]
    [InlineData(30, Priority.High)]
    public void AfterAnInterviewTenQuietDaysMakeItHighPriority(int days, Priority priority)
    {
        var advice = Search.Of(Met("acme").HeardFrom(Day.Ago(days))).Advise();

        advice.ShouldPropose(Code, "acme").Priority.ShouldBe(priority);
    }

    [Fact]
    public void AnApplicationWithNoReplyIsFollowedUp()
    {
        var advice = Search.Of(Opp.Applied("acme").AppliedAt(Day.Ago(6))).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void NoDateToCountFromMeansNoSilence()
    {
        var advice = Search.Of(Opp.Applied("acme")).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnUpcomingInterviewNeedsNoFollowUp()
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(12)).InterviewScheduled(Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnInterviewScheduledForTodayIsStillUpcoming()
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(12)).InterviewScheduled(Day.Today)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ACancelledOrPastInterviewIsNotUpcoming()
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(12))
            .InterviewCancelled(Day.In(3))
            .InterviewScheduled(Day.Yesterday)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Theory]
    [InlineData(Stage.Offer)]
    [InlineData(Stage.Accepted)]
    [InlineData(Stage.Declined)]
    [InlineData(Stage.Rejected)]
    [InlineData(Stage.Withdrawn)]
    public void OnlyAnOpportunityInProcessIsFollowedUp(Stage stage)
    {
        var o = stage switch
        {
            Stage.Offer => Opp.Offer("acme"),
            Stage.Accepted => Opp.Accepted("acme"),
            _ => Opp.InStage("acme", stage),
        };
        var advice = Search.Of(o.HeardFrom(Day.Ago(12))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ACompanyThatSaidTakeTheOtherOfferIsNotFollowedUp()
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(20)).Called(Day.Ago(8), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(EventKind.FollowUp)]
    [InlineData(EventKind.StatusCheck)]
    [InlineData(EventKind.AccelerateCall)]
    public void ARecentCheckInRestartsTheSilence(EventKind kind)
    {
        var advice = Search.Of(Opp.Interviewing("acme").HeardFrom(Day.Ago(20)).Logged(kind, Day.Ago(4))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AFollowUpEventRestartsTheClockRatherThanSettlingForGood()
    {
        var advice = Search.Of(Met("acme").HeardFrom(Day.Ago(20)).Logged(EventKind.FollowUp, Day.Ago(6))).Advise();

        var move = advice.ShouldPropose(Code, "acme");
        move.Priority.ShouldBe(Priority.Normal);
        move.Summary.ShouldContain("6 days");
    }

    [Fact]
    public void OtherEventsDoNotCountAsContact()
    {
        var advice = Search.Of(Met("acme").HeardFrom(Day.Ago(12))
            .Logged(EventKind.Note, Day.Ago(1))
            .Logged(EventKind.ThankYou, Day.Ago(1))).Advise();

        advice.ShouldPropose(Code, "acme").Priority.ShouldBe(Priority.High);
    }

    [Fact]
    public void SilenceCountsFromTheLatestOfAllItsDates()
    {
        var advice = Search.Of(Opp.Interviewing("acme")
            .AppliedAt(Day.Ago(30))
            .HeardFrom(Day.Ago(25))
            .Interviewed(Day.Ago(7))
            .Logged(EventKind.StatusCheck, Day.Ago(15))).Advise();

        advice.ShouldPropose(Code, "acme").Summary.ShouldContain("7 days");
    }

    [Fact]
    public void NoFollowUpWhereTheAccelerateCallIsProposed()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).HeardFrom(Day.Ago(12)),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldPropose("accelerate-preferred", "acme");
        advice.ShouldNotPropose(Code, "acme");
    }

    [Fact]
    public void AfterANoTimelineCallTheFollowUpIsBack()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).HeardFrom(Day.Ago(12)).Called(Day.Ago(5), CallOutcome.NoTimeline),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldNotPropose("accelerate-preferred");
        advice.ShouldPropose(Code, "acme").Priority.ShouldBe(Priority.Normal);
    }
}
