namespace OfferDesk.Core.Tests.Engine;

/// <summary>Once an acceptance is solid, the rest of the search is only closed down, kindly.</summary>
public class SolidAcceptanceTests
{
    private static readonly string[] Closing = ["cancel-interview", "withdraw-application", "decline-offer", "weigh-late-offer", "keep-in-touch"];

    /// <summary>A busy search that, without the acceptance, would get nearly every kind of move.</summary>
    private static Search BusySearch(Opportunity accepted) => Search.Of(
        accepted.Preferred(2),
        Opp.Interviewing("beta").Preferred(3).HeardFrom(Day.Ago(12)).Interviewed(Day.Ago(2), thanked: false),
        Opp.Interviewing("carol").Preferred(4).WouldSayYes().Steps(total: 3, completed: 2).InterviewScheduled(Day.In(3)),
        Opp.Offer("delta", OfferStatus.Verbal, deadline: Day.In(1)).Preferred(5).FallingShortOn(Shortfall.Money).Paying(100000),
        Opp.Offer("echo", deadline: Day.In(9)).Preferred(6).Paying(130000),
        Opp.Offer("fox", deadline: Day.In(9)).Preferred(1),
        Opp.InStage("golf", Stage.Declined).InterviewScheduled(Day.In(4)));

    [Fact]
    public void OnlyClosingMovesAreProposedForTheOthers()
    {
        var advice = BusySearch(Opp.Accepted("acme")).Advise();

        // What one conversation carries counts too (V1).
        advice.Moves.Concat(advice.Upcoming).Where(m => m.Opportunity != "acme").SelectMany(m => m.Carries.Prepend(m.Code))
            .Select(Wording.Code).Distinct().ShouldBe(Closing, ignoreOrder: true);
        advice.ShouldPropose("withdraw-application", "beta");
        advice.ShouldPropose("cancel-interview", "carol");
        advice.ShouldPropose("decline-offer", "delta");
        advice.ShouldPropose("decline-offer", "echo");
        advice.ShouldPropose("weigh-late-offer", "fox");
        // The call that cancels golf's interview also keeps in touch: one conversation (V1).
        advice.ShouldPropose("cancel-interview", "golf").Carries.ShouldBe([MoveCode.KeepInTouch]);
    }

    [Fact]
    public void AnAcceptanceThatIsNotSolidFiltersNothing()
    {
        var advice = BusySearch(Opp.Accepted("acme", OfferStatus.Written, withStartDate: false)).Advise();

        // One message: the thank-you also asks about the process.
        advice.ShouldPropose("send-thank-you", "beta").Carries.ShouldContain(MoveCode.AskAboutProcess);
        // One conversation (V1): the negotiation, first in step order, also defers and asks for the offer in writing.
        advice.ShouldPropose("negotiate-with-offer", "delta").Carries.ShouldBe([MoveCode.GetOfferInWriting, MoveCode.DeferOffer]);
        advice.ShouldPropose("decide-on-offer", "delta");
        advice.ShouldPropose("keep-interviewing", "acme");
        advice.ShouldPropose("weigh-late-offer", "fox");
        advice.ShouldNotPropose("withdraw-application");
        advice.ShouldNotPropose("decline-offer");
        advice.ShouldNotPropose("cancel-interview", "carol");
    }

    [Theory]
    [InlineData(OfferStatus.Verbal, true)]
    [InlineData(OfferStatus.Written, false)]
    [InlineData(OfferStatus.Signed, false)]
    public void OnlyAWrittenOfferWithAStartDateIsSolid(OfferStatus status, bool withStartDate)
    {
        var situation = Search.Of(Opp.Accepted("acme", status, withStartDate)).Situation();

        situation.SolidAcceptance.ShouldBeNull();
        situation.Accepted.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(OfferStatus.Written)]
    [InlineData(OfferStatus.Signed)]
    public void AWrittenOrSignedOfferWithAStartDateIsSolid(OfferStatus status)
    {
        var situation = Search.Of(Opp.Accepted("acme", status)).Situation();

        situation.SolidAcceptance.ShouldNotBeNull().Id.ShouldBe("acme");
    }
}
