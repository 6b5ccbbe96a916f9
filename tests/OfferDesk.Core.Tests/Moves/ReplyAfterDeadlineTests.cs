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
        move.Script.ShouldContain("missed your deadline of yesterday");
        move.Script.ShouldContain("I would like to accept it");
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
    public void WithSomethingYouPreferStillLiveItAsksForAFewNamedDays()
    {
        var advice = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes()).Advise();

        var script = advice.ShouldPropose(Code, "acme").Script;
        script.ShouldContain("a few more days, until Friday, March 13");
        script.ShouldNotContain("I would like to accept");
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
