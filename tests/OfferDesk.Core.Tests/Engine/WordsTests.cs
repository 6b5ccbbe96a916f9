namespace OfferDesk.Core.Tests.Engine;

/// <summary>The words the rules use (PLAYBOOK section 2), as the situation works them out.</summary>
public class WordsTests
{
    [Fact]
    public void TheLatestAccelerateCallDecidesWhetherAProcessIsStillRunning()
    {
        var turnedAway = Opp.Interviewing("acme").Called(Day.Ago(9), CallOutcome.NoTimeline).Called(Day.Ago(2), CallOutcome.TakeOtherOffer);
        var cameBack = Opp.Interviewing("beta").Called(Day.Ago(2), CallOutcome.OfferMade).Called(Day.Ago(9), CallOutcome.TakeOtherOffer);

        var s = Search.Of(turnedAway, cameBack).Situation();

        s.IsInProcess(turnedAway).ShouldBeFalse();
        s.IsInProcess(cameBack).ShouldBeTrue();
    }

    [Fact]
    public void OnTheSameDayTheLaterCallInTheListIsTheLatest()
    {
        var lastSaysTakeIt = Opp.Interviewing("acme").Called(Day.Ago(2), CallOutcome.NoTimeline).Called(Day.Ago(2), CallOutcome.TakeOtherOffer);
        var lastSaysNoTimeline = Opp.Interviewing("beta").Called(Day.Ago(2), CallOutcome.TakeOtherOffer).Called(Day.Ago(2), CallOutcome.NoTimeline);

        var s = Search.Of(lastSaysTakeIt, lastSaysNoTimeline).Situation();

        s.IsInProcess(lastSaysTakeIt).ShouldBeFalse();
        s.IsInProcess(lastSaysNoTimeline).ShouldBeTrue();
        s.LatestAccelerateCall(lastSaysNoTimeline)!.Outcome.ShouldBe(CallOutcome.NoTimeline);
    }

    [Theory]
    [InlineData(Stage.Applied, true)]
    [InlineData(Stage.Interviewing, true)]
    [InlineData(Stage.Offer, false)]
    [InlineData(Stage.Accepted, false)]
    [InlineData(Stage.Declined, false)]
    [InlineData(Stage.Rejected, false)]
    [InlineData(Stage.Withdrawn, false)]
    public void OnlyAppliedAndInterviewingAreInProcess(Stage stage, bool inProcess)
    {
        var o = stage switch
        {
            Stage.Offer => Opp.Offer("acme"),
            Stage.Accepted => Opp.Accepted("acme"),
            _ => Opp.InStage("acme", stage),
        };

        Search.Of(o).Situation().IsInProcess(o).ShouldBe(inProcess);
    }

    [Fact]
    public void AHeldOfferIsCurrentUntilItsDeadlineHasPassed()
    {
        var dueToday = Opp.Offer("a", deadline: Day.Today);
        var dueYesterday = Opp.Offer("b", deadline: Day.Yesterday);
        var open = Opp.Offer("c");

        var s = Search.Of(dueToday, dueYesterday, open).Situation();

        s.IsCurrentHeldOffer(dueToday).ShouldBeTrue();
        s.IsCurrentHeldOffer(dueYesterday).ShouldBeFalse();
        s.IsCurrentHeldOffer(open).ShouldBeTrue();
        s.IsLive(dueYesterday).ShouldBeFalse();
        s.IsLive(dueToday).ShouldBeTrue();
    }

    [Fact]
    public void MorePreferredMeansARankAheadOrAnyRankOverNone()
    {
        var first = Opp.Applied("a").Preferred(1);
        var second = Opp.Applied("b").Preferred(2);
        var unranked = Opp.Applied("c");
        var alsoUnranked = Opp.Applied("d");

        Situation.IsMorePreferred(first, second).ShouldBeTrue();
        Situation.IsMorePreferred(second, first).ShouldBeFalse();
        Situation.IsMorePreferred(second, unranked).ShouldBeTrue();
        Situation.IsMorePreferred(unranked, second).ShouldBeFalse();
        Situation.IsMorePreferred(unranked, alsoUnranked).ShouldBeFalse();
        Situation.IsMorePreferred(first, first).ShouldBeFalse();
    }

    [Fact]
    public void TheMostPreferredIsTheSmallestRankElseTheFirstListed()
    {
        var c = Opp.Applied("c");
        var d = Opp.Applied("d");

        Situation.MostPreferred([c, Opp.Applied("b").Preferred(3), Opp.Applied("a").Preferred(2), d])!.Id.ShouldBe("a");
        Situation.MostPreferred([c, d])!.Id.ShouldBe("c");
        Situation.MostPreferred([]).ShouldBeNull();
    }

    [Fact]
    public void TheTopChoiceIsTheMostPreferredLiveOpportunity()
    {
        var s = Search.Of(
            Opp.InStage("a", Stage.Rejected).Preferred(1),
            Opp.Offer("b", deadline: Day.Yesterday).Preferred(2),
            Opp.Interviewing("c").Preferred(4),
            Opp.Offer("d", deadline: Day.In(3)).Preferred(3)).Situation();

        s.TopChoice!.Id.ShouldBe("d");
        Search.Of(Opp.Interviewing("a"), Opp.Offer("b")).Situation().TopChoice.ShouldBeNull();
    }

    [Fact]
    public void SilenceCountsFromTheLatestContactOnly()
    {
        var o = Opp.Interviewing("acme").AppliedAt(Day.Ago(40)).HeardFrom(Day.Ago(20))
            .Interviewed(Day.Ago(15)).InterviewScheduled(Day.Ago(3)).InterviewCancelled(Day.Ago(2))
            .Logged(EventKind.FollowUp, Day.Ago(11)).Logged(EventKind.ThankYou, Day.Ago(1));

        Search.Of(o).Situation().SilenceDays(o).ShouldBe(11);
        var quiet = Opp.Applied("x");
        Search.Of(quiet).Situation().SilenceDays(quiet).ShouldBeNull();
    }

    [Fact]
    public void CompletedStepsAreGivenElseCountedFromDoneInterviews()
    {
        var counted = Opp.Interviewing("a").Interviewed(Day.Ago(9)).Interviewed(Day.Ago(5)).InterviewCancelled(Day.Ago(3)).InterviewScheduled(Day.In(2));
        var given = Opp.Interviewing("b").Steps(total: 5, completed: 4).Interviewed(Day.Ago(5));

        var s = Search.Of(counted, given).Situation();

        s.CompletedSteps(counted).ShouldBe(2);
        s.CompletedSteps(given).ShouldBe(4);
        s.DoneInterviews(given).ShouldBe(1);
    }

    [Fact]
    public void TheFirstUpcomingInterviewIsTheEarliestScheduledFromToday()
    {
        var o = Opp.Interviewing("a").InterviewScheduled(Day.In(6)).InterviewScheduled(Day.Yesterday)
            .InterviewCancelled(Day.In(1)).InterviewScheduled(Day.In(2));

        Search.Of(o).Situation().FirstUpcomingInterview(o).ShouldBe(Day.In(2));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void WithinTwoDaysMeansTodayToTheDayAfterTomorrow(int days, bool within)
    {
        Search.Of().Situation().IsWithinTwoDays(Day.In(days)).ShouldBe(within);
    }
}
