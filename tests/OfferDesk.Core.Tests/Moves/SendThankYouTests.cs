namespace OfferDesk.Core.Tests.Moves;

public class SendThankYouTests
{
    private const string Code = "send-thank-you";

    [Fact]
    public void ThankYouIsDueTheDayAfterAnUnthankedInterview()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2), thanked: false)).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Ago(1), Channel.Email);
    }

    [Fact]
    public void AnInterviewWithNoWordOnThanksStillOwesOne()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(1), thanked: null)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnInterviewTodayIsThankedByTomorrow()
    {
        // The steps are known, so no process question due today rides along and moves the thanks to today (V19 6).
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Today, thanked: false)).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Tomorrow);
    }

    [Fact]
    public void SevenDaysAfterTheInterviewIsStillInTheWindow()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(7), thanked: false)).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Ago(6));
    }

    [Fact]
    public void EightDaysAfterTheInterviewTheWindowHasClosed()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(8), thanked: false)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void TheWindowCountsTheInterviewsOwnCalendarDateNotUtc()
    {
        // 23:30 at -08:00 on March 2 is already March 3 in UTC; the rule reads March 2, eight days ago.
        var late = InterviewTime.At(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(-8)));
        var early = InterviewTime.At(new DateTimeOffset(2026, 3, 3, 0, 30, 0, TimeSpan.FromHours(9)));

        Search.Of(Opp.Interviewing("acme").InterviewAt(late, InterviewStatus.Done, thanked: false)).Advise()
            .ShouldNotPropose(Code);
        Search.Of(Opp.Interviewing("acme").InterviewAt(early, InterviewStatus.Done, thanked: false)).Advise()
            .ShouldPropose(Code, "acme").Due.ShouldBe(Day.Parse("2026-03-04"));
    }

    [Fact]
    public void DueDateIsTheWorkingDayAfterTheEarliestUnthankedInterview()
    {
        var advice = Search.Of(Opp.Interviewing("acme")
            .Interviewed(Day.Ago(1), thanked: false)
            .Interviewed(Day.Ago(4), thanked: false)
            .Interviewed(Day.Ago(6), thanked: true)).Advise();

        // Friday, March 6 is thanked on Monday, March 9 (V18), not on the Saturday.
        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Ago(1));
    }

    [Fact]
    public void AThankedInterviewOwesNothing()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2), thanked: true)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(InterviewStatus.Scheduled)]
    [InlineData(InterviewStatus.Cancelled)]
    public void OnlyADoneInterviewOwesThanks(InterviewStatus status)
    {
        var advice = Search.Of(Opp.Interviewing("acme").InterviewAt(InterviewTime.OnDate(Day.Ago(2)), status, thanked: false)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(Stage.Accepted)]
    [InlineData(Stage.Declined)]
    [InlineData(Stage.Rejected)]
    [InlineData(Stage.Withdrawn)]
    public void OnlyAnOpenOpportunityIsThanked(Stage stage)
    {
        var o = stage == Stage.Accepted ? Opp.Accepted("acme") : Opp.InStage("acme", stage);
        var advice = Search.Of(o.Interviewed(Day.Ago(2), thanked: false)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(Stage.Applied)]
    [InlineData(Stage.Interviewing)]
    [InlineData(Stage.Offer)]
    public void EveryOpenStageIsThanked(Stage stage)
    {
        // An offer short on title: nothing is accepted today, whose call would carry the thanks (V1, V13).
        var o = stage == Stage.Offer ? Opp.Offer("acme").FallingShortOn(Shortfall.Title) : Opp.InStage("acme", stage);
        var advice = Search.Of(o.Interviewed(Day.Ago(2), thanked: false)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void AThankYouEventOnOrAfterTheInterviewSettlesIt(int daysAfter)
    {
        var advice = Search.Of(Opp.Interviewing("acme")
            .Interviewed(Day.Ago(3), thanked: false)
            .Logged(EventKind.ThankYou, Day.Ago(3 - daysAfter))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AThankYouForAnEarlierInterviewDoesNotSettleALaterOne()
    {
        var advice = Search.Of(Opp.Interviewing("acme")
            .Logged(EventKind.ThankYou, Day.Ago(4))
            .Interviewed(Day.Ago(2), thanked: false)).Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Ago(1));
    }
}
