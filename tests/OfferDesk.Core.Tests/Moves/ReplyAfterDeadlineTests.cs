namespace OfferDesk.Core.Tests.Moves;

/// <summary>reply-after-deadline (v2 change 4): own the delay and answer a lapsed offer today.</summary>
public class ReplyAfterDeadlineTests
{
    private const string Code = "reply-after-deadline";

    [Fact]
    public void ADeadlineYesterdayOnAnOfferYouWantIsAnUrgentCall()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Yesterday).WouldSayYes().WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100")).Advise();

        var move = advice.ShouldPropose(Code, "acme").ShouldBe(Priority.Urgent, Day.Today, Channel.Phone);
        // V5: the other side hears the date, not "yesterday"; V6: a plain yes, no more days.
        move.Script.ShouldContain("missed your deadline of Monday, March 9");
        move.Script.ShouldNotContain("yesterday", Case.Insensitive);
        move.Script.ShouldContain("I would like to accept it");
        move.Script.ShouldNotContain("more days", Case.Insensitive);
        advice.ShouldWarn("deadline-passed", "acme");
        advice.ShouldNotPropose("accept-offer");
        advice.ShouldNotPropose("decide-on-offer");
    }

    [Fact]
    public void ADeadlineTodayIsNotYetLate()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Today).WouldSayYes()).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldNotWarn("deadline-passed");
        advice.ShouldPropose("accept-offer", "acme").Priority.ShouldBe(Priority.Urgent);
    }

    [Fact]
    public void AStatusCheckOnOrAfterTheDeadlineSettlesIt()
    {
        var asked = Search.Of(Opp.Offer("acme", deadline: Day.Ago(3)).WouldSayYes().Logged(EventKind.StatusCheck, Day.Ago(3))).Advise();
        var before = Search.Of(Opp.Offer("acme", deadline: Day.Ago(3)).WouldSayYes().Logged(EventKind.StatusCheck, Day.Ago(4))).Advise();

        asked.ShouldNotPropose(Code);
        before.ShouldPropose(Code, "acme");
    }

    [Fact]
    public void WithSomethingYouPreferStillLiveTheMissedDeadlineIsAPlainYesNotMoreDays()
    {
        // V6 (v2 asked for a few more days here): zeta gave no date and has no interview by the next working day.
        var advice = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes()).Advise();

        var script = advice.ShouldPropose(Code, "acme").Script;
        script.ShouldContain("I would like to accept it");
        script.ShouldNotContain("more days", Case.Insensitive);
        script.ShouldNotContain("I can confirm by");
    }

    [Fact]
    public void AVerbalOfferIsAskedForInWritingWhenItStillStands()
    {
        var advice = Search.Of(Opp.Offer("acme", OfferStatus.Verbal, deadline: Day.Yesterday).WouldSayYes()).Advise();

        advice.ShouldPropose(Code, "acme").Script.ShouldContain("send it to me in writing");
        advice.ShouldNotPropose("get-offer-in-writing");
    }

    [Theory]
    [InlineData(2, Channel.Email)]
    [InlineData(3, Channel.Phone)]
    public void AnOfferYouWouldRefuseGetsAGraciousNoLikeADecline(int interviews, Channel channel)
    {
        var o = Opp.Offer("acme", deadline: Day.Ago(4)).WouldSayYes(false);
        for (var i = 0; i < interviews; i++) o.Interviewed(Day.Ago(20 + i));

        var move = Search.Of(o).Advise().ShouldPropose(Code, "acme");

        move.Channel.ShouldBe(channel);
        move.Script.ShouldContain("must decline");
        move.Script.ShouldContain("Friday, March 6");
    }
}
