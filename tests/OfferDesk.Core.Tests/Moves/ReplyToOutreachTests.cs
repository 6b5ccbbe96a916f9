namespace OfferDesk.Core.Tests.Moves;

/// <summary>reply-to-outreach (V12): a company you parted from wrote to you since; answer them, gladly.</summary>
public class ReplyToOutreachTests
{
    private const string Code = "reply-to-outreach";

    /// <summary>A company you declined on some day, that wrote to you on another.</summary>
    private static Opportunity Declined(int declinedDaysAgo, DateOnly heard) =>
        Opp.InStage("beta", Stage.Declined).Logged(EventKind.Decline, Day.Ago(declinedDaysAgo)).HeardFrom(heard);

    [Fact]
    public void AMessageYesterdayIsAnsweredTheNextWorkingDayThatIsToday()
    {
        var advice = Search.Of(Declined(30, Day.Yesterday)).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Theory]
    [InlineData("2026-03-06", "2026-03-09")] // Friday: Monday, overdue today
    [InlineData("2026-03-07", "2026-03-09")] // Saturday: Monday
    [InlineData("2026-03-10", "2026-03-11")] // today: tomorrow
    public void ItIsDueTheWorkingDayAfterTheyWrote(string heard, string due)
    {
        var advice = Search.Of(Declined(30, Day.Parse(heard))).Advise();

        advice.ShouldPropose(Code, "beta").Due.ShouldBe(Day.Parse(due));
    }

    [Fact]
    public void ARejectionAloneIsNoParting()
    {
        var advice = Search.Of(Opp.InStage("beta", Stage.Rejected).HeardFrom(Day.Yesterday)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AWithdrawnOfferIsAParting()
    {
        var advice = Search.Of(Opp.InStage("beta", Stage.Rejected).Logged(EventKind.OfferWithdrawn, Day.Ago(10)).HeardFrom(Day.Yesterday)).Advise();

        advice.ShouldPropose(Code, "beta");
    }

    [Theory]
    [InlineData(EventKind.Withdrawal)]
    [InlineData(EventKind.KeepInTouch)]
    public void AWithdrawalOrAKeepInTouchIsAParting(EventKind kind)
    {
        var o = Opp.InStage("beta", Stage.Withdrawn).Logged(kind, Day.Ago(10)).HeardFrom(Day.Yesterday);

        Search.Of(o).Advise().ShouldPropose(Code, "beta");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1)]
    public void AMessageOnOrBeforeThePartingIsNotOutreach(int declinedDaysAgo)
    {
        var advice = Search.Of(Declined(declinedDaysAgo, Day.Ago(10))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void NoKeepInTouchWhileItIsProposed()
    {
        // Declined 100 days ago: keep-in-touch would be due.
        var advice = Search.Of(Declined(100, Day.Yesterday)).Advise();

        advice.ShouldPropose(Code, "beta");
        advice.ShouldNotPropose("keep-in-touch");
    }

    [Fact]
    public void NoCancellationThereUnlessAnAcceptanceIsSolid()
    {
        var open = Search.Of(Declined(30, Day.Yesterday).InterviewScheduled(Day.In(3))).Advise();
        var solid = Search.Of(Opp.Accepted("acme").Preferred(1), Declined(30, Day.Yesterday).InterviewScheduled(Day.In(3))).Advise();

        open.ShouldNotPropose("cancel-interview", "beta");
        open.ShouldPropose(Code, "beta");
        // Beside a solid acceptance both stand, in one conversation (V1).
        solid.ShouldDo(Code, "beta");
        solid.ShouldDo("cancel-interview", "beta");
    }

    [Fact]
    public void ItThanksThemAndProposesWorkingDaysForACall()
    {
        // Advised on a Friday: Monday and Tuesday, not the weekend.
        var friday = Day.In(3);
        var script = Search.Of(Declined(30, friday.AddDays(-1))).AdviseOn(friday).ShouldPropose(Code, "beta").Script;

        script.ShouldContain("Thank you for getting in touch");
        script.ShouldContain("I would be glad to talk");
        script.ShouldContain("Monday, March 16 or Tuesday, March 17");
        script.ShouldNotContain("Saturday");
    }

    [Theory]
    [InlineData("They have a new staff position", true)]
    [InlineData("Opening on the platform team", true)]
    [InlineData("Asked how I am doing", false)]
    public void ANoteAboutARoleMakesItAboutTheNewRole(string note, bool role)
    {
        var beta = Declined(30, Day.Yesterday);
        beta.Events.Add(new Event { On = Day.Yesterday, Kind = EventKind.Note, Note = note });

        var script = Search.Of(beta).Advise().ShouldPropose(Code, "beta").Script;

        if (role) script.ShouldContain("the new role");
        else script.ShouldNotContain("the new role");
    }

    [Fact]
    public void ANoteOnTheDayOfThePartingIsNotAboutANewRole()
    {
        // V12: only a note dated after the parting speaks of what they wrote about since.
        var beta = Declined(30, Day.Yesterday);
        beta.Events.Add(new Event { On = Day.Ago(30), Kind = EventKind.Note, Note = "Declined: the role was too far away" });

        var script = Search.Of(beta).Advise().ShouldPropose(Code, "beta").Script;

        script.ShouldNotContain("the new role");
        script.ShouldContain("I would be glad to talk");
    }

    [Theory]
    [InlineData(EventKind.FollowUp, 0, false)]
    [InlineData(EventKind.KeepInTouch, 0, false)]
    [InlineData(EventKind.FollowUp, -1, true)]
    public void ACheckInOnOrAfterTheirMessageSettlesIt(EventKind kind, int daysAfterTheirMessage, bool proposed)
    {
        var beta = Declined(30, Day.Ago(2)).Logged(kind, Day.Ago(2 - daysAfterTheirMessage));

        var advice = Search.Of(beta).Advise();

        if (proposed) advice.ShouldPropose(Code, "beta");
        else advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void DoneLogsAFollowUpThatSettlesIt()
    {
        var search = Search.Of(Declined(30, Day.Yesterday));

        Completion.Complete(search.Pipeline, Code, "beta", Day.Today).ShouldBeNull();

        search.Advise().ShouldNotPropose(Code);
    }
}
