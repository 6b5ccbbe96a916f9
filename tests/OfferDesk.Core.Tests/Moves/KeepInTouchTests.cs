namespace OfferDesk.Core.Tests.Moves;

public class KeepInTouchTests
{
    private const string Code = "keep-in-touch";

    [Fact]
    public void ACompanyYouDeclinedHearsAKindWordToday()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined)).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Low, Day.Today, Channel.Either);
    }

    [Fact]
    public void OnTheNinetiethDayAfterTheDeclineTheNoteIsDue()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(90))).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Today);
        advice.Upcoming.ShouldBeEmpty();
    }

    [Fact]
    public void OnTheEightyNinthDayTheNoteIsStillUpcoming()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(89)), StillSearching()).Advise();

        advice.ShouldHaveUpcoming(Code, "acme").ShouldBe(Priority.Low, Day.Tomorrow, Channel.Either);
        advice.Moves.ShouldBeEmpty();
    }

    [Fact]
    public void AnOverdueNoteKeepsItsDueDate()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(100))).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Ago(10));
    }

    [Fact]
    public void AKeepInTouchNoteRestartsTheClock()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined)
            .Logged(EventKind.Decline, Day.Ago(200))
            .Logged(EventKind.KeepInTouch, Day.Ago(30))
            .Logged(EventKind.KeepInTouch, Day.Ago(110))).Advise();

        advice.ShouldHaveUpcoming(Code, "acme").Due.ShouldBe(Day.In(60));
    }

    [Fact]
    public void OtherEventsDoNotMoveTheClock()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined)
            .Logged(EventKind.Decline, Day.Ago(95))
            .Logged(EventKind.Note, Day.Ago(2))
            .Logged(EventKind.FollowUp, Day.Ago(2))).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Ago(5));
    }

    [Theory]
    [InlineData(Stage.Rejected)]
    [InlineData(Stage.Withdrawn)]
    [InlineData(Stage.Interviewing)]
    public void OnlyACompanyYouDeclinedIsKeptWarm(Stage stage)
    {
        var advice = Search.Of(Opp.InStage("acme", stage).Logged(EventKind.Decline, Day.Ago(90))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void UpcomingNotesAreSortedByDueDate()
    {
        var advice = Search.Of(
            Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(10)),
            Opp.InStage("beta", Stage.Declined).Logged(EventKind.Decline, Day.Ago(50)),
            Opp.InStage("zeta", Stage.Declined).Logged(EventKind.KeepInTouch, Day.Ago(30)), StillSearching()).Advise();

        advice.Upcoming.Select(m => m.Opportunity).ShouldBe(["beta", "zeta", "acme"]);
        advice.Upcoming.Select(m => m.Due).ShouldBe([Day.In(40), Day.In(60), Day.In(80)]);
    }

    /// <summary>A live process elsewhere, so the search is not "searching again" and notes keep their 90 days.</summary>
    private static Opportunity StillSearching() => Opp.Interviewing("live").Steps(total: 3).HeardFrom(Day.Yesterday);

    [Fact]
    public void SearchingAgainTheDeclinedCompanyIsALeadToday()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(20)), Opp.InStage("beta", Stage.Rejected)).Advise();

        var move = advice.ShouldPropose(Code, "acme");
        move.Due.ShouldBe(Day.Today);
        move.Script.ShouldContain("next role");
    }

    [Fact]
    public void SearchingAgainAKeepInTouchTheSameDayAsTheDeclineKeepsTheClock()
    {
        var advice = Search.Of(Opp.InStage("acme", Stage.Declined).Logged(EventKind.Decline, Day.Ago(20)).Logged(EventKind.KeepInTouch, Day.Ago(20))).Advise();

        advice.ShouldHaveUpcoming(Code, "acme").Due.ShouldBe(Day.In(70));
    }
}
