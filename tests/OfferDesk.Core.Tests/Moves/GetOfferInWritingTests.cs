namespace OfferDesk.Core.Tests.Moves;

public class GetOfferInWritingTests
{
    private const string Code = "get-offer-in-writing";

    [Fact]
    public void AVerbalOfferIsAskedForInWriting()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal, deadline: Day.In(7))).Advise();

        advice.ShouldPropose(Code, "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Fact]
    public void AVerbalOfferPastItsDeadlineIsAnsweredBeforeAnyPaperwork()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal, deadline: Day.Yesterday)).Advise();

        advice.ShouldPropose("reply-after-deadline", "acme");
        advice.ShouldNotPropose(Code, "acme");
    }

    [Fact]
    public void AVerbalAcceptanceIsAskedForInWriting()
    {
        var advice = Search.Of(Opp.Accepted("acme", OfferStatus.Verbal)).Advise();

        advice.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void AnAcceptanceWithoutAStartDateIsAskedToConfirmIt()
    {
        var advice = Search.Of(Opp.Accepted("acme", OfferStatus.Signed, withStartDate: false)).Advise();

        var move = advice.ShouldPropose(Code, "acme");
        move.Summary.ShouldContain("start date");
    }

    [Theory]
    [InlineData(OfferStatus.Written)]
    [InlineData(OfferStatus.Signed)]
    public void AHeldWrittenOfferNeedsNoStartDateYet(OfferStatus status)
    {
        var advice = Search.Of(Opp.Offer("acme", status, deadline: Day.In(7))).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void ASolidAcceptanceNeedsNothingMore()
    {
        var advice = Search.Of(Opp.Accepted("acme", OfferStatus.Written)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnExpectedOfferIsNotYetAnOfferToGetInWriting()
    {
        var advice = Search.Of(Opp.Interviewing("acme").OfferExpected()).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Theory]
    [InlineData(Stage.Declined)]
    [InlineData(Stage.Withdrawn)]
    public void AVerbalOfferYouTurnedDownIsLeftAlone(Stage stage)
    {
        var o = Opp.InStage("acme", stage);
        o.Offer = new Offer { Status = OfferStatus.Verbal };
        var advice = Search.Of(o).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AnOfferRequestSettlesIt()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal).Logged(EventKind.OfferRequest, Day.Ago(2))).Advise();

        advice.ShouldNotPropose(Code);
    }
}
