using System.Xml.Linq;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;
using OfferDesk.Core.Tests.Support;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Core.Tests.Timeline;

/// <summary>The endgame's clocks on one line (issue 21): rows, clashes, words, the picture and the email's lines.</summary>
public sealed class SearchTimelineTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Bluebird's written offer is due in 3 days; Northwind, preferred, decides in 10; Contoso, less preferred, interviews in 6.</summary>
    private static Search Endgame(DateOnly? northwindDecides = null) => Search.Of(
        Opp.Interviewing("northwind").Preferred(1).Interviewed(Day.Ago(5)).InterviewScheduled(Day.In(2)).DecidingBy(northwindDecides ?? Day.In(10)),
        Opp.Offer("bluebird", deadline: Day.In(3)).Preferred(2).Starting(Day.In(40)).Paying(120000),
        Opp.Interviewing("contoso").Preferred(3).Interviewed(Day.Ago(3)).InterviewScheduled(Day.In(6)),
        Opp.Applied("fabrikam").AppliedAt(Day.Ago(4)));

    private static SearchTimeline Of(Search s, DateOnly? today = null) => SearchTimeline.For(s.Pipeline, today ?? Day.Today);

    [Fact]
    public void Rows_are_the_live_companies_with_dates_most_preferred_first_and_the_rest_are_named()
    {
        var t = Of(Endgame());

        t.Rows.Select(r => r.OpportunityId).ShouldBe(["northwind", "bluebird", "contoso"]);
        t.NoDates.ShouldBe(["Fabrikam Corp"]);
        t.Rows[0].Marks.ShouldBe([new TimelineMark(MarkKind.Interview, Day.In(2)), new TimelineMark(MarkKind.DecisionBy, Day.In(10))]);
        t.Rows[1].Marks.ShouldBe([new TimelineMark(MarkKind.Deadline, Day.In(3)), new TimelineMark(MarkKind.Start, Day.In(40))]);
        t.OfferLive.ShouldBeTrue();
        t.End.ShouldBe(Day.In(40));
    }

    [Fact]
    public void Dates_before_today_and_closed_companies_are_left_out()
    {
        var s = Search.Of(
            Opp.Interviewing("northwind").Preferred(1).Interviewed(Day.Ago(5)).InterviewAt(InterviewTime.OnDate(Day.Ago(1)), InterviewStatus.Scheduled).DecidingBy(Day.Ago(2)),
            Opp.InStage("globex", Stage.Rejected).Preferred(2),
            Opp.Interviewing("acme").Preferred(3).InterviewCancelled(Day.In(4)));

        var t = Of(s);

        t.Rows.ShouldBeEmpty();
        t.NoDates.ShouldBe(["Northwind Corp", "Acme Corp"]);
        t.OfferLive.ShouldBeFalse();
        t.End.ShouldBe(Day.In(SearchTimeline.ShortestSpan));
    }

    [Fact]
    public void An_offer_due_before_a_preferred_company_decides_is_a_clash_marked_on_both_rows()
    {
        var t = Of(Endgame());

        var clash = t.Clashes.ShouldHaveSingleItem();
        clash.Offer.OpportunityId.ShouldBe("bluebird");
        clash.Other.OpportunityId.ShouldBe("northwind");
        clash.Kind.ShouldBe(ClashKind.Decision);
        clash.DaysBefore.ShouldBe(7);
        clash.Words.ShouldBe("Bluebird Corp's offer must be answered 7 days before Northwind Corp expects to decide.");
        t.Rows.Where(r => r.Clash).Select(r => r.OpportunityId).ShouldBe(["northwind", "bluebird"], ignoreOrder: true);
    }

    [Fact]
    public void A_company_deciding_on_the_deadline_decides_in_time_as_V8_reads_it()
    {
        Of(Endgame(northwindDecides: Day.In(3))).Clashes.ShouldBeEmpty();
        Of(Endgame(northwindDecides: Day.In(4))).Clashes.ShouldHaveSingleItem().Words.ShouldBe(
            "Bluebird Corp's offer must be answered 1 day before Northwind Corp expects to decide.");
    }

    [Fact]
    public void Without_a_decision_date_the_next_interview_after_the_deadline_is_the_clash()
    {
        var s = Search.Of(
            Opp.Interviewing("northwind").Preferred(1).Interviewed(Day.Ago(5)).InterviewScheduled(Day.In(5)).InterviewScheduled(Day.In(9)),
            Opp.Offer("bluebird", deadline: Day.In(3)).Preferred(2));

        var clash = Of(s).Clashes.ShouldHaveSingleItem();

        clash.Kind.ShouldBe(ClashKind.Interview);
        clash.TheirDate.ShouldBe(Day.In(5));
        clash.Words.ShouldBe("Bluebird Corp's offer must be answered 2 days before your next interview with Northwind Corp.");
    }

    [Fact]
    public void An_interview_before_the_deadline_is_no_clash()
    {
        var s = Search.Of(
            Opp.Interviewing("northwind").Preferred(1).Interviewed(Day.Ago(5)).InterviewScheduled(Day.In(2)),
            Opp.Offer("bluebird", deadline: Day.In(3)).Preferred(2));

        Of(s).Clashes.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_more_preferred_company_still_in_process_can_clash_with_an_offer_you_would_take()
    {
        // Contoso (less preferred) interviews after the deadline: no clash.
        Of(Endgame()).Clashes.ShouldNotContain(c => c.Other.OpportunityId == "contoso");

        // An offer you said you would refuse competes with nothing.
        var refused = Endgame();
        refused["bluebird"].WouldSayYes(false);
        Of(refused).Clashes.ShouldBeEmpty();

        // Northwind said to take the other offer: it is out of the process.
        var toldOff = Endgame();
        toldOff["northwind"].Called(Day.Ago(1), CallOutcome.TakeOtherOffer);
        Of(toldOff).Clashes.ShouldBeEmpty();

        // An offer with no deadline has no clock.
        var open = Endgame();
        open["bluebird"].AnswerBy(null);
        Of(open).Clashes.ShouldBeEmpty();
    }

    [Fact]
    public void Clashes_come_in_the_order_of_the_deadlines()
    {
        var s = Search.Of(
            Opp.Interviewing("northwind").Preferred(1).Interviewed(Day.Ago(5)).DecidingBy(Day.In(20)),
            Opp.Offer("bluebird", deadline: Day.In(9)).Preferred(2),
            Opp.Offer("contoso", deadline: Day.In(4)).Preferred(3));

        Of(s).Clashes.Select(c => c.Offer.OpportunityId).ShouldBe(["contoso", "bluebird"]);
    }

    [Fact]
    public void The_answer_to_a_clash_is_the_days_first_move_at_either_company()
    {
        var s = Endgame();
        var advice = s.Advise();
        var clash = Of(s).Clashes.Single();

        var answer = clash.Answer(advice).ShouldNotBeNull();

        answer.ShouldBe(advice.Moves.First(m => m.Opportunity is "northwind" or "bluebird"));
    }

    [Fact]
    public void Every_date_is_written_out_with_how_far_away_it_is()
    {
        var t = Of(Endgame());

        TimelineWords.Dates(t.Rows[1], t.Today).ShouldBe([
            "answer their offer by Friday, March 13 (3 days left)",
            "the job would start on Sunday, April 19",
        ]);
        TimelineWords.Dates(t.Rows[0], t.Today).ShouldBe([
            "interview on Thursday, March 12 (in 2 days)",
            "they said they would decide by Friday, March 20 (in 10 days)",
        ]);
        TimelineWords.Name(t.Rows[0]).ShouldBe("Northwind Corp (#1 choice)");
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(3, "3 days left to answer Bluebird Corp.")]
    [InlineData(2, "2 days left to answer Bluebird Corp.")]
    [InlineData(1, "1 day left to answer Bluebird Corp.")]
    [InlineData(0, "Today is the last day to answer Bluebird Corp.")]
    public void The_countdown_starts_three_days_before_a_deadline(int daysLeft, string? expected)
    {
        var s = Search.Of(Opp.Offer("bluebird", deadline: Day.In(daysLeft)).Preferred(1));

        TimelineWords.Countdown(Of(s).Rows.Single(), Day.Today).ShouldBe(expected);
    }

    [Fact]
    public void The_morning_email_has_the_countdown_and_one_line_for_the_clash()
    {
        var s = Endgame();

        var message = MorningDigest.Compose(s.Pipeline, s.Advise()).ShouldNotBeNull();

        message.Text.ShouldContain(" ! 3 days left to answer Bluebird Corp.\n");
        message.Text.ShouldContain(" ! Bluebird Corp's offer must be answered 7 days before Northwind Corp expects to decide.\n");
        message.Html.ShouldContain("<li>3 days left to answer Bluebird Corp.</li>");
        MorningDigest.Clocks(s.Pipeline, Day.In(-2)).ShouldNotContain(l => l.Contains("left to answer"));
    }

    [Fact]
    public void A_day_with_nothing_due_still_gets_its_countdown()
    {
        var s = Search.Of(Opp.Offer("bluebird", deadline: Day.In(2)).Preferred(1));
        var nothingDue = new Advice(Day.Today, [], [], []);

        var message = MorningDigest.Compose(s.Pipeline, nothingDue).ShouldNotBeNull();

        message.Subject.ShouldBe("One thing to watch in your job search today");
        message.Text.ShouldContain(" ! 2 days left to answer Bluebird Corp.\n");
        MorningDigest.Compose(Search.Of(Opp.Offer("bluebird", deadline: Day.In(4)).Preferred(1)).Pipeline, nothingDue).ShouldBeNull();
    }

    [Fact]
    public void The_picture_marks_each_clash_on_both_rows_and_draws_its_gap()
    {
        var t = Of(Endgame());

        foreach (var narrow in new[] { false, true })
        {
            var root = XElement.Parse(TimelineChart.Svg(t, narrow));
            root.Attribute("role")!.Value.ShouldBe("img");
            root.Element(Svg + "title")!.Value.ShouldBe(TimelineChart.Title);
            root.Element(Svg + "desc")!.Value.ShouldContain("One clash: Bluebird Corp's offer must be answered 7 days before Northwind Corp expects to decide.");
            var rows = root.Elements(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("row") == true).ToList();
            rows.Select(g => (string)g.Attribute("data-opportunity")!).ShouldBe(["northwind", "bluebird", "contoso"]);
            rows.Where(g => g.Attribute("class")!.Value == "row clash").Select(g => (string)g.Attribute("data-opportunity")!).ShouldBe(["northwind", "bluebird"]);
            var gap = root.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") == "clash-gap");
            double.Parse(gap.Attribute("x2")!.Value, System.Globalization.CultureInfo.InvariantCulture)
                .ShouldBeGreaterThan(double.Parse(gap.Attribute("x1")!.Value, System.Globalization.CultureInfo.InvariantCulture));
            root.Descendants().ShouldNotContain(e => e.Name.LocalName == "script");
        }
        XElement.Parse(TimelineChart.Svg(t)).Attribute("aria-labelledby")!.Value
            .ShouldNotBe(XElement.Parse(TimelineChart.Svg(t, narrow: true)).Attribute("aria-labelledby")!.Value);
    }

    [Fact]
    public void Later_dates_sit_further_right()
    {
        var root = XElement.Parse(TimelineChart.Svg(Of(Endgame())));
        var northwind = root.Elements(Svg + "g").Single(g => (string?)g.Attribute("data-opportunity") == "northwind");
        var marks = northwind.Elements().Where(e => ((string?)e.Attribute("class"))?.StartsWith("mark") == true).ToList();

        marks.Count.ShouldBe(2);
        X(marks[1]).ShouldBeGreaterThan(X(marks[0]));
    }

    [Fact]
    public void A_large_search_draws_twelve_rows_keeping_every_clash_and_lists_them_all()
    {
        var many = Enumerable.Range(1, 300).Select(i => Opp.Interviewing($"c{i:000}").Preferred(i + 1).Interviewed(Day.Ago(5)).InterviewScheduled(Day.In(i % 20)))
            .Append(Opp.Offer("late", deadline: Day.In(1)).Preferred(302))
            .ToArray();
        var t = Of(Search.Of(many));

        var drawn = TimelineChart.Drawn(t);

        t.Rows.Count.ShouldBe(301);
        drawn.Count.ShouldBe(TimelineChart.MostRows);
        drawn.ShouldContain(r => r.OpportunityId == "late");
        drawn.Where(r => r.OpportunityId != "late").All(r => r.Clash).ShouldBeTrue();
        XElement.Parse(TimelineChart.Svg(t)).Element(Svg + "desc")!.Value.ShouldContain($"The picture shows 12 of {t.Rows.Count}");
    }

    private static double X(XElement mark) => mark.Name.LocalName switch
    {
        "circle" => double.Parse(mark.Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture),
        "rect" => double.Parse(mark.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => double.Parse(mark.Attribute("points")!.Value.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture),
    };
}
