namespace OfferDesk.Core.Tests.Moves;

public class KeepInterviewingTests
{
    private const string Code = "keep-interviewing";

    private static Opportunity OtherWithAnInterview() => Opp.Interviewing("zeta").InterviewScheduled(Day.In(3));

    [Fact]
    public void AnOfferOnItsWayIsNoReasonToStopInterviewing()
    {
        var advice = Search.Of(Opp.Interviewing("acme").OfferExpected(), OtherWithAnInterview()).Advise();

        var move = advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Low, Day.Today, Channel.None);
        move.Script.ShouldBeEmpty();
    }

    [Fact]
    public void AVerbalOfferIsNoReasonToStopInterviewing()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal), OtherWithAnInterview()).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnOfferThatFallsShortIsNoReasonToStopInterviewing()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(5)).FallingShortOn(Shortfall.Location), OtherWithAnInterview()).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AShortOfferPastItsDeadlineIsNotHeldAnyMore()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Yesterday).FallingShortOn(Shortfall.Location), OtherWithAnInterview()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnAcceptanceThatIsNotSolidIsNoReasonToStopInterviewing()
    {
        Search.Of(Opp.Accepted("acme", OfferStatus.Written, withStartDate: false), OtherWithAnInterview()).Advise()
            .ShouldPropose(Code, "acme");
        Search.Of(Opp.Accepted("acme", OfferStatus.Verbal), OtherWithAnInterview()).Advise()
            .ShouldPropose(Code, "acme");
    }

    [Fact]
    public void ASolidOfferWithNothingMissingNeedsNoReminder()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.In(5)), OtherWithAnInterview()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void OnceTheAcceptanceIsSolidTheReminderStops()
    {
        var advice = Search.Of(Opp.Accepted("acme"), OtherWithAnInterview()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WithNoOtherInterviewComingThereIsNothingToKeep()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal).InterviewScheduled(Day.In(2)),
            Opp.Interviewing("zeta").Interviewed(Day.Ago(3)).InterviewCancelled(Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnInterviewAtAClosedOpportunityIsNotOneToKeep()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal), Opp.InStage("zeta", Stage.Withdrawn).InterviewScheduled(Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
    }
}
