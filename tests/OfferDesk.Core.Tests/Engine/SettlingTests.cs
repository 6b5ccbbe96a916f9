namespace OfferDesk.Core.Tests.Engine;

/// <summary>A move stops once its opportunity has the settling event, whenever it is dated.</summary>
public class SettlingTests
{
    private static Search DeferralCase(params (EventKind Kind, DateOnly On)[] events)
    {
        var beta = Opp.Offer("beta", deadline: Day.In(5)).Preferred(2);
        foreach (var (kind, on) in events) beta.Logged(kind, on);
        return Search.Of(Opp.Interviewing("acme").Preferred(1).InterviewScheduled(Day.In(3)), beta);
    }

    [Theory]
    [InlineData(-400)]
    [InlineData(0)]
    [InlineData(30)]
    public void TheSettlingEventCountsAtAnyDate(int daysFromToday)
    {
        var advice = DeferralCase((EventKind.DeferralNotice, Day.In(daysFromToday))).Advise();

        advice.ShouldNotPropose("defer-offer");
    }

    [Fact]
    public void OtherEventKindsDoNotSettleIt()
    {
        // offer-withdrawn is allowed only on stage rejected (V10), so it cannot sit on this held offer.
        var kinds = Enum.GetValues<EventKind>()
            .Where(k => k is not (EventKind.DeferralNotice or EventKind.OfferWithdrawn)).Select(k => (k, Day.Ago(1))).ToArray();

        var advice = DeferralCase(kinds).Advise();

        advice.ShouldPropose("defer-offer", "beta");
    }

    [Fact]
    public void AnEventOnAnotherOpportunityDoesNotSettleIt()
    {
        var search = DeferralCase();
        search["acme"].Logged(EventKind.DeferralNotice, Day.Ago(1));

        search.Advise().ShouldPropose("defer-offer", "beta");
    }

    [Fact]
    public void SettlingOneMoveLeavesTheOthersOfTheSameOpportunity()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1),
            Opp.Offer("beta", OfferStatus.Verbal, deadline: Day.In(5)).Preferred(2).Logged(EventKind.DeferralNotice, Day.Ago(1))).Advise();

        advice.ShouldNotPropose("defer-offer");
        advice.ShouldPropose("get-offer-in-writing", "beta");
        advice.ShouldPropose("accelerate-preferred", "acme");
    }
}
