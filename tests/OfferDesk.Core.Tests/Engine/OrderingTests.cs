namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// Moves come sorted by priority, then stakes (an opportunity holding an offer, the top choice, or an
/// offer a move cites first), then preference (none last), then due date, then step order, then
/// company (ordinal), then id (contract v3, V2).
/// </summary>
public class OrderingTests
{
    /// <summary>
    /// The day's order worked out key by key, apart from the engine. Every offer a move cites (the
    /// leverage offer, a negotiation's competing offer) is a held offer, so stakes are the offers and the top choice.
    /// </summary>
    private static List<Move> SortedByEveryKey(Search search, IEnumerable<Move> moves)
    {
        var top = search.Situation().TopChoice;
        bool Stakes(Move m) => search[m.Opportunity] is var o && (o.Stage is Stage.Offer or Stage.Accepted || o == top);
        return moves
            .OrderBy(m => m.Priority).ThenBy(m => Stakes(m) ? 0 : 1)
            .ThenBy(m => search[m.Opportunity].Preference ?? int.MaxValue).ThenBy(m => m.Due)
            .ThenBy(m => (int)m.Code).ThenBy(m => m.Company, StringComparer.Ordinal)
            .ThenBy(m => m.Opportunity, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void UrgentComesBeforeHighBeforeNormalBeforeLow()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Interviewed(Day.Ago(2)).Steps(total: null).HeardFrom(Day.Ago(2)),
            // Interviewed long ago: a cold application's follow-up would be low whatever the silence (V3).
            Opp.Interviewing("beta").Steps(total: 4).Interviewed(Day.Ago(30)).HeardFrom(Day.Ago(6)),
            Opp.Offer("carol", deadline: Day.Tomorrow),
            Opp.Interviewing("delta").Steps(total: 4).Interviewed(Day.Ago(30)).HeardFrom(Day.Ago(12))).Advise();

        advice.Moves.Select(m => (m.Priority, m.CodeText, m.Opportunity)).ShouldBe(
        [
            (Priority.Urgent, "decide-on-offer", "carol"),
            (Priority.High, "follow-up", "delta"),
            (Priority.Normal, "follow-up", "beta"),
            (Priority.Low, "ask-about-process", "acme"),
        ]);
    }

    [Fact]
    public void WithinAPriorityAndStakesTheEarlierDueDateComesFirst()
    {
        // Nobody ranked and no offer held, so nothing has stakes: carol was told an offer is coming.
        var advice = Search.Of(
            Opp.Interviewing("acme").Interviewed(Day.Ago(1), thanked: false).Steps(total: 3),
            Opp.Interviewing("beta").Interviewed(Day.Ago(5), thanked: false).Steps(total: 3).HeardFrom(Day.Ago(1)),
            Opp.Interviewing("carol").Steps(total: 3).Called(Day.Ago(1), CallOutcome.OfferMade)).Advise();

        advice.Moves.Select(m => (m.Due, m.CodeText, m.Opportunity)).ShouldBe(
        [
            (Day.Ago(4), "send-thank-you", "beta"),
            (Day.Today, "get-offer-in-writing", "carol"),
            (Day.Today, "send-thank-you", "acme"),
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
    public void SameCompanyIsOrderedByStepThenId()
    {
        // Unranked, all high and due today: only the step and the id tell them apart.
        var a = Opp.Interviewing("a-team").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12));
        var b = Opp.Interviewing("b-team").Steps(total: 4).Interviewed(Day.Yesterday, thanked: false);
        var c = Opp.Interviewing("c-team").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(11));
        a.Company = b.Company = c.Company = "Acme Corp";

        var advice = Search.Of(c, b, a).Advise();

        advice.Moves.Select(m => (m.Priority, m.CodeText, m.Opportunity)).ShouldBe(
        [
            (Priority.High, "send-thank-you", "b-team"),
            (Priority.High, "follow-up", "a-team"),
            (Priority.High, "follow-up", "c-team"),
        ]);
    }

    [Fact]
    public void ABusySearchIsSortedByEveryKey()
    {
        var search = Search.Of(
            Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2).Interviewed(Day.Ago(3), thanked: false),
            Opp.Offer("beta", OfferStatus.Verbal, deadline: Day.In(2)).Preferred(2).FallingShortOn(Shortfall.Money).Paying(90000),
            Opp.Offer("carol", deadline: Day.In(8)).Preferred(3).Paying(120000),
            Opp.Interviewing("delta").Preferred(4).InterviewScheduled(Day.In(1)),
            Opp.Applied("echo").AppliedAt(Day.Ago(20)),
            Opp.InStage("fox", Stage.Declined));
        var advice = search.Advise();

        // One conversation per opportunity per day (V1) folds some of them together.
        advice.Moves.Count.ShouldBeGreaterThan(6);
        advice.Moves.ShouldBe(SortedByEveryKey(search, advice.Moves));
    }

    /// <summary>
    /// The advisor sorts by a packed number (priority, due day, step) and compares names only within
    /// ties. A long day with large runs of ties, companies that repeat or differ only in case, and
    /// due days a week apart must come out exactly as sorting by every key in turn.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ALongDayWithManyTiesIsSortedByEveryKey(int seed)
    {
        var r = new Random(seed);
        string[] companies = ["Acme", "acme", "Beta", "Acme Labs", "Zulu", "beta", "Ä Corp"];
        var opportunities = new List<Opportunity>();
        for (var i = 0; i < 400; i++)
        {
            var id = $"o{r.Next(100000)}-{i}";
            var o = r.Next(5) switch
            {
                // Short on title, so none is accepted: an acceptance would make a quiet day of the rest (V13).
                0 => Opp.Offer(id, deadline: Day.In(r.Next(0, 3) * 3650)).Preferred(i + 1).FallingShortOn(Shortfall.Title),
                1 => Opp.InStage(id, Stage.Declined).Logged(EventKind.Decline, Day.Ago(r.Next(0, 200))),
                2 => Opp.Interviewing(id).Interviewed(Day.Ago(r.Next(1, 8)), thanked: false).Steps(total: 4),
                _ => Opp.Interviewing(id).HeardFrom(Day.Ago(r.Next(5, 15))),
            };
            o.Company = companies[r.Next(companies.Length)];
            opportunities.Add(o);
        }

        var search = Search.Of([.. opportunities]);
        var advice = search.Advise();

        advice.Moves.Count.ShouldBeGreaterThan(200);
        advice.Moves.Select(m => m.Due).Distinct().Count().ShouldBeGreaterThan(3);
        advice.Moves.ShouldBe(SortedByEveryKey(search, advice.Moves));
        var upcoming = advice.Upcoming
            .OrderBy(m => m.Due).ThenBy(m => m.Priority)
            .ThenBy(m => (int)m.Code).ThenBy(m => m.Company, StringComparer.Ordinal)
            .ThenBy(m => m.Opportunity, StringComparer.Ordinal).ToList();
        advice.Upcoming.ShouldBe(upcoming);
    }

    [Fact]
    public void TheCallComesBeforeTheDecisionItInforms()
    {
        // Alphabetical order would put "decide" before the call that should come first.
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(9)),
            Opp.Offer("acme", deadline: Day.Tomorrow).Preferred(2).WouldSayYes()).Advise();

        advice.Moves.Select(m => (m.CodeText, m.Opportunity)).ShouldBe(
        [
            ("accelerate-preferred", "zeta"),
            ("defer-offer", "acme"),
            ("decide-on-offer", "acme"),
        ]);
    }

    [Fact]
    public void TwoUnrankedOffersDueTheSameDayAreOrderedByStepThenCompany()
    {
        // Unranked: ranked offers would be ordered by preference first (V2).
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(9)),
            Opp.Offer("beta", deadline: Day.Tomorrow).WouldSayYes(),
            Opp.Offer("acme", deadline: Day.Tomorrow).WouldSayYes()).Advise();

        advice.Moves.Select(m => (m.CodeText, m.Opportunity)).ShouldBe(
        [
            ("accelerate-preferred", "zeta"),
            ("defer-offer", "acme"),
            ("defer-offer", "beta"),
            ("decide-on-offer", "acme"),
            ("decide-on-offer", "beta"),
        ]);
    }
}
