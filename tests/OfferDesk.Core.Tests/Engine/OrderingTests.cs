namespace OfferDesk.Core.Tests.Engine;

/// <summary>Moves come sorted by priority, then due date, then company (ordinal), then code, then id.</summary>
public class OrderingTests
{
    [Fact]
    public void UrgentComesBeforeHighBeforeNormalBeforeLow()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Steps(total: null).HeardFrom(Day.Ago(2)),
            Opp.Interviewing("beta").HeardFrom(Day.Ago(6)),
            Opp.Offer("carol", deadline: Day.Tomorrow),
            Opp.Interviewing("delta").HeardFrom(Day.Ago(12))).Advise();

        advice.Moves.Select(m => (m.Priority, m.Code, m.Opportunity)).ShouldBe(
        [
            (Priority.Urgent, "decide-on-offer", "carol"),
            (Priority.High, "follow-up", "delta"),
            (Priority.Normal, "follow-up", "beta"),
            (Priority.Low, "ask-about-process", "acme"),
        ]);
    }

    [Fact]
    public void WithinAPriorityTheEarlierDueDateComesFirst()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Interviewed(Day.Ago(1), thanked: false).Steps(total: 3),
            Opp.Interviewing("beta").Interviewed(Day.Ago(5), thanked: false).Steps(total: 3).HeardFrom(Day.Ago(1)),
            Opp.Offer("carol", OfferStatus.Verbal)).Advise();

        advice.Moves.Select(m => (m.Due, m.Code, m.Opportunity)).ShouldBe(
        [
            (Day.Ago(4), "send-thank-you", "beta"),
            (Day.Today, "send-thank-you", "acme"),
            (Day.Today, "get-offer-in-writing", "carol"),
        ]);
    }

    [Fact]
    public void SameDueDateIsOrderedByCompanyOrdinally()
    {
        var lower = Opp.Interviewing("lower").HeardFrom(Day.Ago(6));
        lower.Company = "alpha labs";
        var upper = Opp.Interviewing("upper").HeardFrom(Day.Ago(6));
        upper.Company = "Zulu Systems";

        var advice = Search.Of(lower, upper).Advise();

        // Ordinal: every capital letter sorts before every small one.
        advice.Moves.Select(m => m.Company).ShouldBe(["Zulu Systems", "alpha labs"]);
    }

    [Fact]
    public void SameCompanyIsOrderedByCodeThenId()
    {
        var a = Opp.Interviewing("a-team").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2).HeardFrom(Day.Ago(6));
        var b = Opp.Interviewing("b-team").Preferred(2).HeardFrom(Day.Ago(6));
        a.Company = b.Company = "Acme Corp";

        var advice = Search.Of(b, a).Advise();

        advice.Moves.Select(m => (m.Priority, m.Code, m.Opportunity)).ShouldBe(
        [
            (Priority.Normal, "follow-up", "a-team"),
            (Priority.Normal, "follow-up", "b-team"),
            (Priority.Normal, "signal-commitment", "a-team"),
        ]);
    }

    [Fact]
    public void ABusySearchIsSortedByEveryKey()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2).Interviewed(Day.Ago(3), thanked: false),
            Opp.Offer("beta", OfferStatus.Verbal, deadline: Day.In(2)).Preferred(2).FallingShortOn(Shortfall.Money).Paying(90000),
            Opp.Offer("carol", deadline: Day.In(8)).Preferred(3).Paying(120000),
            Opp.Interviewing("delta").Preferred(4).InterviewScheduled(Day.In(1)),
            Opp.Applied("echo").AppliedAt(Day.Ago(20)),
            Opp.InStage("fox", Stage.Declined)).Advise();

        advice.Moves.Count.ShouldBeGreaterThan(8);
        var sorted = advice.Moves
            .OrderBy(m => m.Priority).ThenBy(m => m.Due)
            .ThenBy(m => m.Company, StringComparer.Ordinal).ThenBy(m => m.Code, StringComparer.Ordinal)
            .ThenBy(m => m.Opportunity, StringComparer.Ordinal).ToList();
        advice.Moves.ShouldBe(sorted);
    }
}
