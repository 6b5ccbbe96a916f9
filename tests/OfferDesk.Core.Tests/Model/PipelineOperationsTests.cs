using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Core.Tests.Model;

/// <summary>The named edits the board and the "log what happened" forms make, each keeping the document rules.</summary>
public sealed class PipelineOperationsTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static Pipeline Search() => ExampleSearch.Create(Today);

    [Fact]
    public void MovingToOffersOrAcceptedWithoutAnOfferAsksForItAndChangesNothing()
    {
        foreach (var stage in new[] { Stage.Offer, Stage.Accepted })
        {
            var p = Search();
            var before = PipelineJson.Serialize(p);
            var problem = p.MoveTo(p.Find("contoso")!, stage, Today);
            problem!.Path.ShouldBe("offer");
            PipelineJson.Serialize(p).ShouldBe(before);
        }
    }

    [Fact]
    public void AnOfferInHandCannotGoBackToInterviewing()
    {
        var p = Search();
        p.MoveTo(p.Find("bluebird")!, Stage.Interviewing, Today)!.Message.ShouldContain("has an offer in hand");
        p.Find("bluebird")!.Stage.ShouldBe(Stage.Offer);
    }

    [Fact]
    public void ClosingRecordsHowAndEveryMoveKeepsTheRules()
    {
        var p = Search();
        p.MoveTo(p.Find("fabrikam")!, Stage.Withdrawn, Today).ShouldBeNull();
        p.MoveTo(p.Find("contoso")!, Stage.Rejected, Today).ShouldBeNull();
        p.MoveTo(p.Find("northwind")!, Stage.Declined, Today)!.Message.ShouldContain("no offer to turn down");
        p.MoveTo(p.Find("bluebird")!, Stage.Accepted, Today).ShouldBeNull();
        p.Find("fabrikam")!.Events.Last().Kind.ShouldBe(EventKind.Withdrawal);
        p.Find("contoso")!.Stage.ShouldBe(Stage.Rejected);
        p.Find("contoso")!.Interviews.ShouldAllBe(i => i.Status == InterviewStatus.Cancelled);
        p.Find("bluebird")!.Stage.ShouldBe(Stage.Accepted);
        PipelineRules.Check(p).ShouldBeEmpty();
    }

    [Fact]
    public void RecordingAnOfferMakesItAnOfferAndKeepsTermsNotGiven()
    {
        var p = Search();
        var northwind = p.Find("northwind")!;
        northwind.RecordOffer(OfferStatus.Expected, null, null, null, Today)!.Path.ShouldBe("status");
        northwind.Stage.ShouldBe(Stage.Interviewing);

        northwind.RecordOffer(OfferStatus.Verbal, Today.AddDays(7), 150000m, "usd", Today).ShouldBeNull();
        northwind.RecordOffer(OfferStatus.Written, null, null, null, Today).ShouldBeNull();
        northwind.Stage.ShouldBe(Stage.Offer);
        northwind.Offer!.Status.ShouldBe(OfferStatus.Written);
        northwind.Offer.BaseSalary.ShouldBe(150000m);
        northwind.Offer.Currency.ShouldBe("USD");
        northwind.Offer.Deadline.ShouldBe(Today.AddDays(7));
        northwind.LastHeardFrom.ShouldBe(Today);
        PipelineRules.Check(p).ShouldBeEmpty();
    }

    [Fact]
    public void HadTheInterviewMarksTheScheduledOneDoneOrAddsOne()
    {
        var p = Search();
        var contoso = p.Find("contoso")!;
        contoso.InterviewHeld(Today.AddDays(3), Today)!.Path.ShouldBe("on");
        contoso.InterviewHeld(Today, Today).ShouldBeNull();
        contoso.Interviews.Count.ShouldBe(2, "the one still to come stays scheduled; a done one is added for today");
        contoso.Interviews.Count(i => i.Status == InterviewStatus.Done && i.At.Date == Today).ShouldBe(1);

        var fabrikam = p.Find("fabrikam")!;
        fabrikam.ScheduleInterview(InterviewTime.OnDate(Today.AddDays(-1)), "phone", Today).ShouldBeNull();
        fabrikam.Stage.ShouldBe(Stage.Interviewing);
        fabrikam.InterviewHeld(Today, Today).ShouldBeNull();
        fabrikam.Interviews.Single().Status.ShouldBe(InterviewStatus.Done, "the scheduled one is the one held");
    }

    [Fact]
    public void SayingTheInterviewHappenedTwiceRecordsItOnce()
    {
        var p = Search();
        var fabrikam = p.Find("fabrikam")!;
        fabrikam.ScheduleInterview(InterviewTime.OnDate(Today.AddDays(-1)), "onsite", Today).ShouldBeNull();

        fabrikam.InterviewHeld(Today.AddDays(-1), Today, "onsite").ShouldBeNull();
        fabrikam.InterviewHeld(Today.AddDays(-1), Today, "onsite").ShouldBeNull();
        fabrikam.InterviewHeld(Today.AddDays(-1), Today).ShouldBeNull();

        fabrikam.Interviews.ShouldHaveSingleItem().Status.ShouldBe(InterviewStatus.Done);
        // Another kind that day is another interview.
        fabrikam.InterviewHeld(Today.AddDays(-1), Today, "phone screen").ShouldBeNull();
        fabrikam.Interviews.Count.ShouldBe(2);
    }

    [Fact]
    public void AClosedCompanyTakesNoNewInterview()
    {
        var p = Search();
        var fabrikam = p.Find("fabrikam")!;
        fabrikam.Withdraw(Today);
        fabrikam.ScheduleInterview(InterviewTime.OnDate(Today.AddDays(2)), null, Today)!.Path.ShouldBe("stage");
        fabrikam.Interviews.ShouldBeEmpty();
    }

    [Fact]
    public void HearingBackNeverMovesTheDateBack()
    {
        var p = Search();
        var bluebird = p.Find("bluebird")!;
        bluebird.HeardBack(Today.AddDays(-5), "old news");
        bluebird.LastHeardFrom.ShouldBe(Today.AddDays(-1));
        bluebird.Events.Last().Note.ShouldBe("old news");
    }
}
