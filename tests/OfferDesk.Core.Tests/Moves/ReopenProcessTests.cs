namespace OfferDesk.Core.Tests.Moves;

/// <summary>reopen-process (V11): an offer you counted on was withdrawn; call the companies you stepped away from.</summary>
public class ReopenProcessTests
{
    private const string Code = "reopen-process";

    /// <summary>The company whose accepted offer fell through: stage rejected, with the withdrawal on record.</summary>
    private static Opportunity Lost(int daysAgo) => Opp.InStage("lost", Stage.Rejected).Logged(EventKind.OfferWithdrawn, Day.Ago(daysAgo));

    /// <summary>A company you withdrew from, some days before the offer was withdrawn.</summary>
    private static Opportunity Left(int daysAgo) => Opp.InStage("beta", Stage.Withdrawn).Logged(EventKind.Withdrawal, Day.Ago(daysAgo));

    [Fact]
    public void AnOfferWithdrawn29DaysAgoReopensWhatYouLeftBeforeIt()
    {
        var advice = Search.Of(Lost(29), Left(40)).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        advice.ShouldNotPropose(Code, "lost");
    }

    [Fact]
    public void AnOfferWithdrawn31DaysAgoIsTooLongAgo()
    {
        var advice = Search.Of(Lost(31), Left(40)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(61, true)] // 60 days before the withdrawal of yesterday
    [InlineData(62, false)] // 61 days before
    [InlineData(0, false)] // after it: you left for another reason
    public void OnlyWhatYouLeftInTheSixtyDaysBeforeItCounts(int leftDaysAgo, bool reopened)
    {
        var advice = Search.Of(Lost(1), Left(leftDaysAgo)).Advise();

        if (reopened) advice.ShouldPropose(Code, "beta");
        else advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ForAnUnemployedCandidateItIsUrgent()
    {
        var advice = Search.Of(Lost(3), Left(10)).Unemployed().Advise();

        advice.ShouldPropose(Code, "beta").Priority.ShouldBe(Priority.Urgent);
    }

    [Fact]
    public void ADeclinedInterviewProcessAndACancelledInterviewCountAsLeavingToo()
    {
        var declined = Opp.InStage("carol", Stage.Declined).Interviewed(Day.Ago(30)).Logged(EventKind.Decline, Day.Ago(12));
        var cancelled = Opp.InStage("delta", Stage.Withdrawn).Logged(EventKind.CancelInterview, Day.Ago(12));

        var advice = Search.Of(Lost(5), declined, cancelled).Advise();

        advice.ShouldPropose(Code, "carol");
        advice.ShouldPropose(Code, "delta");
    }

    [Fact]
    public void TheScriptSaysPlainlyWhatHappenedAndAsksToPickUpTheApplication()
    {
        var script = Search.Of(Lost(5), Left(10).ForRole("Staff Engineer")).Advise().ShouldPropose(Code, "beta").Script;

        script.ShouldContain("has been withdrawn");
        script.ShouldContain("still very much like the Staff Engineer role at Beta Corp");
        script.ShouldContain("pick up my application");
        // 3.1 a: no done interview, so no "where we left off".
        script.ShouldNotContain("where we left off");
    }

    [Fact]
    public void AfterADoneInterviewItAsksToPickUpTheProcess()
    {
        var script = Search.Of(Lost(5), Left(10).Interviewed(Day.Ago(20))).Advise().ShouldPropose(Code, "beta").Script;

        script.ShouldContain("pick up the process where we left off");
    }

    [Fact]
    public void AnOfferYouTurnedDownIsOwnedAndAskedToBeRenewed()
    {
        var declined = Opp.Offer("beta").Interviewed(Day.Ago(30)).Logged(EventKind.Decline, Day.Ago(12));
        declined.Stage = Stage.Declined;

        var script = Search.Of(Lost(5), declined).Advise().ShouldPropose(Code, "beta").Script;

        script.ShouldContain("I turned down your offer for the role at Beta Corp on Thursday, February 26");
        script.ShouldContain("renewing your offer");
        script.ShouldNotContain("still", Case.Insensitive);
    }

    [Fact]
    public void ACheckInSinceTheWithdrawalSettlesItButOneBeforeDoesNot()
    {
        var after = Search.Of(Lost(5), Left(10).Logged(EventKind.StatusCheck, Day.Ago(5))).Advise();
        var before = Search.Of(Lost(5), Left(10).Logged(EventKind.FollowUp, Day.Ago(6))).Advise();

        after.ShouldNotPropose(Code);
        before.ShouldPropose(Code, "beta");
    }

    [Fact]
    public void WhileItIsProposedNoInterviewThereIsCancelledAndNoKeepInTouchIsDue()
    {
        // zeta is still live, so the search is not starting over (which would make carol's keep-in-touch due today).
        var advice = Search.Of(Lost(5), Left(10).InterviewScheduled(Day.In(2)),
            Opp.InStage("carol", Stage.Declined).Logged(EventKind.Decline, Day.Ago(12)),
            Opp.Interviewing("zeta").Steps(total: 4).InterviewScheduled(Day.In(3))).Advise();

        advice.ShouldPropose(Code, "beta");
        advice.ShouldNotPropose("cancel-interview", "beta");
        advice.ShouldPropose(Code, "carol").Carries.ShouldBeEmpty();
        // carol's keep-in-touch is not due for 90 days: it waits in upcoming.
        advice.ShouldHaveUpcoming("keep-in-touch", "carol");
    }

    [Fact]
    public void ADeclineWithNoKeepInTouchYetIsLeftToTheCall()
    {
        // A declined company's keep-in-touch is due today without a decline date; the call does its job.
        var declined = Opp.InStage("carol", Stage.Declined).Logged(EventKind.CancelInterview, Day.Ago(12));

        var advice = Search.Of(Lost(5), declined).Advise();

        advice.ShouldPropose(Code, "carol");
        advice.ShouldNotPropose("keep-in-touch", "carol");
    }

    [Fact]
    public void DoneLogsAStatusCheckThatSettlesIt()
    {
        var search = Search.Of(Lost(5), Left(10));

        Completion.Complete(search.Pipeline, Code, "beta", Day.Today).ShouldBeNull();

        search["beta"].Events.ShouldContain(e => e.Kind == EventKind.StatusCheck && e.On == Day.Today);
        search.Advise().ShouldNotPropose(Code);
    }
}
