namespace OfferDesk.Core.Tests.Moves;

public class AcceptOfferTests
{
    private const string Code = "accept-offer";

    private static Opportunity BestOffer(OfferStatus status = OfferStatus.Written) =>
        Opp.Offer("acme", status, deadline: Day.In(6)).Preferred(1).Starting(Day.In(40)).WouldSayYes();

    [Fact]
    public void AWrittenOfferAheadOfEverythingStillInPlayIsAccepted()
    {
        var advice = Search.Of(BestOffer(), Opp.Interviewing("beta").Preferred(2).InterviewScheduled(Day.In(2))).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void ASignedOfferCountsAsWritten()
    {
        var advice = Search.Of(BestOffer(OfferStatus.Signed)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AVerbalOfferIsNotYetAccepted()
    {
        var advice = Search.Of(BestOffer(OfferStatus.Verbal)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnOfferWithShortfallsIsNotAcceptedOutright()
    {
        var advice = Search.Of(BestOffer().FallingShortOn(Shortfall.Responsibility)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AMorePreferredCompanyStillInPlayComesFirst()
    {
        var advice = Search.Of(BestOffer().Preferred(2), Opp.Interviewing("zeta").Preferred(1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnUnrankedCompanyStillInPlayDoesNotOutrankARankedOffer()
    {
        var advice = Search.Of(BestOffer(), Opp.Applied("zeta").AppliedAt(Day.Ago(3))).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnUnrankedOfferIsNotAheadOfAnotherUnrankedCompany()
    {
        var acme = BestOffer();
        acme.Preference = null;
        var advice = Search.Of(acme, Opp.Applied("zeta").AppliedAt(Day.Ago(3))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void CompaniesNoLongerInPlayDoNotCount()
    {
        var advice = Search.Of(BestOffer().Preferred(4),
            Opp.InStage("zeta", Stage.Rejected).Preferred(1),
            Opp.Offer("omega", deadline: Day.Yesterday).Preferred(2)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnOfferPastItsDeadlineIsNotAccepted()
    {
        var advice = Search.Of(BestOffer().AnswerBy(Day.Yesterday)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnOfferDueTodayCanStillBeAccepted()
    {
        var advice = Search.Of(BestOffer().AnswerBy(Day.Today)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void OnceSomethingIsAcceptedNothingElseIsAccepted()
    {
        var advice = Search.Of(BestOffer(), Opp.Accepted("zeta", OfferStatus.Verbal).Preferred(2)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnUnemployedCandidateTakesTheFirstSolidOffer()
    {
        var advice = Search.Of(BestOffer().Preferred(2).FallingShortOn(Shortfall.Money),
            Opp.Interviewing("zeta").Preferred(1).Called(Day.Ago(1), CallOutcome.NoTimeline)).Unemployed().Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void AnUnemployedCandidateMakesThePreferredCallFirstAndAnswersByTheDeadline()
    {
        var advice = Search.Of(BestOffer().Preferred(2), Opp.Interviewing("zeta").Preferred(1)).Unemployed().Advise();

        advice.ShouldPropose("accelerate-preferred", "zeta");
        var move = advice.ShouldPropose(Code, "acme");
        move.Due.ShouldBe(Day.In(6));
        move.Why.ShouldContain("call");
    }

    [Fact]
    public void WithoutADeadlineTheUnemployedAcceptanceIsDueToday()
    {
        var advice = Search.Of(BestOffer().Preferred(2).AnswerBy(null), Opp.Interviewing("zeta").Preferred(1)).Unemployed().Advise();

        advice.ShouldPropose(Code, "acme").Due.ShouldBe(Day.Today);
    }

    [Fact]
    public void AnUnemployedCandidateSkipsAnOfferTheyWouldNotTake()
    {
        var advice = Search.Of(BestOffer().WouldSayYes(false),
            Opp.Offer("beta", deadline: Day.In(4)).Preferred(2)).Unemployed().Advise();

        advice.ShouldNotPropose(Code, "acme");
        advice.ShouldPropose(Code, "beta");
    }

    [Fact]
    public void AnUnemployedCandidateTakesOnlyTheMostPreferredSolidOffer()
    {
        var advice = Search.Of(BestOffer(), Opp.Offer("beta", deadline: Day.In(4)).Preferred(2)).Unemployed().Advise();

        advice.ShouldPropose(Code, "acme");
        advice.ShouldNotPropose(Code, "beta");
    }

    [Fact]
    public void AnUnemployedCandidateDoesNotAcceptAVerbalOffer()
    {
        var advice = Search.Of(BestOffer(OfferStatus.Verbal)).Unemployed().Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void WhenThePreferredCompanySaysTakeTheOtherOfferTakeIt()
    {
        // Short on title: not accepted without that answer. Written, as the offer taken on that answer must be (V16).
        var advice = Search.Of(BestOffer().Preferred(2).FallingShortOn(Shortfall.Title),
            Opp.Interviewing("zeta").Preferred(1).Called(Day.Ago(1), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void TakeTheOtherOfferDoesNotAcceptAVerbalOffer()
    {
        // V16: the offer taken on that answer is written or signed; a verbal one is asked for in writing first.
        var advice = Search.Of(BestOffer(OfferStatus.Verbal).Preferred(2).Paying(120000).FallingShortOn(Shortfall.Title),
            Opp.Interviewing("zeta").Preferred(1).Called(Day.Ago(1), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldPropose("get-offer-in-writing", "acme");
    }

    [Fact]
    public void TakeTheOtherOfferFromOneCompanyDoesNotOverrideAnotherStillInPlay()
    {
        var advice = Search.Of(BestOffer().Preferred(3).FallingShortOn(Shortfall.Title),
            Opp.Interviewing("zeta").Preferred(2).Called(Day.Ago(1), CallOutcome.TakeOtherOffer),
            Opp.Interviewing("omega").Preferred(1)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void TakeTheOtherOfferFromALessPreferredCompanyChangesNothing()
    {
        var advice = Search.Of(BestOffer().FallingShortOn(Shortfall.Title),
            Opp.Interviewing("zeta").Preferred(2).Called(Day.Ago(1), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldNotPropose(Code);
    }
}
