namespace OfferDesk.Core.Tests.Engine;

/// <summary>The other rules contract v2 adds or changes, each at its boundaries.</summary>
public class ContractV2Tests
{
    private static readonly DateOnly December1 = new(2026, 12, 1), December31 = new(2026, 12, 31), November30 = new(2026, 11, 30);

    [Theory]
    [InlineData(2026, 12, 1)]
    [InlineData(2026, 12, 31)]
    public void InTheSlowSeasonAFollowUpAfterAnInterviewIsHighAndNamesTheHolidays(int y, int m, int d)
    {
        var day = new DateOnly(y, m, d);
        // A done interview: a cold application's follow-up stays low whatever the season (V3).
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(day.AddDays(-8)).HeardFrom(day.AddDays(-6))).AdviseOn(day);

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Priority.ShouldBe(Priority.High);
        move.Script.ShouldContain("holidays");
    }

    [Fact]
    public void OnNovemberThirtiethAWeekOfSilenceAfterAnInterviewIsStillNormal()
    {
        var move = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(November30.AddDays(-8)).HeardFrom(November30.AddDays(-6)))
            .AdviseOn(November30).ShouldPropose("follow-up", "acme");

        move.Priority.ShouldBe(Priority.Normal);
        move.Script.ShouldNotContain("holidays");
    }

    [Fact]
    public void InTheSlowSeasonTheProcessQuestionIsHighAndAThankYouThatCarriesItNamesTheHolidays()
    {
        // The interview is eight days ahead: a nearer one would hold the question for its close (V17).
        var asked = Search.Of(Opp.Interviewing("acme").InterviewScheduled(December1.AddDays(8))).AdviseOn(December1);
        var thanked = Search.Of(Opp.Interviewing("acme").Interviewed(December1.AddDays(-1), thanked: false)).AdviseOn(December1);

        asked.ShouldPropose("ask-about-process", "acme").Priority.ShouldBe(Priority.High);
        var thankYou = thanked.ShouldPropose("send-thank-you", "acme");
        thankYou.Carries.ShouldBe([MoveCode.AskAboutProcess]);
        thankYou.Script.ShouldContain("remaining steps");
        thankYou.Script.ShouldContain("holidays");
        thanked.ShouldNotPropose("ask-about-process");
    }

    [Fact]
    public void AnOfferYouWouldRefuseIsDeclinedTodayUnlessANegotiationCitesIt()
    {
        var alone = Search.Of(Opp.Offer("acme", deadline: Day.In(6)).WouldSayYes(false)).Advise();
        var cited = Search.Of(
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(1).Paying(100000).FallingShortOn(Shortfall.Money).WouldSayYes(),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).Paying(130000).WouldSayYes(false)).Advise();

        alone.ShouldPropose("decline-offer", "acme").ShouldBe(Priority.High, Day.Today, Channel.Email);
        alone.ShouldPropose("decline-offer", "acme").Script.ShouldNotContain("accepted another");
        alone.ShouldNotPropose("accept-offer");
        cited.ShouldPropose("negotiate-with-offer", "beta");
        cited.ShouldNotPropose("decline-offer", "acme");
    }

    [Fact]
    public void AnOfferMadeOnTheCallIsAskedForInWriting()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(6)).Called(Day.Yesterday, CallOutcome.OfferMade),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(2).WouldSayYes().Logged(EventKind.DeferralNotice, Day.Yesterday)).Advise();

        var move = advice.ShouldPropose("get-offer-in-writing", "acme");
        move.Why.ShouldContain("record it");
        move.Script.ShouldContain("on its way");
    }

    [Theory]
    [InlineData("+1 555 0100", null, Channel.Phone)]
    [InlineData(null, "dana@acme.example", Channel.Email)]
    [InlineData("+1 555 0100", "dana@acme.example", Channel.Either)]
    [InlineData(null, null, Channel.Either)]
    public void TheChannelFollowsTheContact(string? phone, string? email, Channel channel)
    {
        var o = Opp.Interviewing("acme").Steps(total: 4).HeardFrom(Day.Ago(6));
        o.Contacts.Add(new Contact { Name = "Dana Ruiz", Role = ContactRole.HiringManager, Phone = phone, Email = email });

        var move = Search.Of(o).Advise().ShouldPropose("follow-up", "acme");

        move.Channel.ShouldBe(channel);
        if (channel == Channel.Phone) move.Script.ShouldStartWith("Call Dana Ruiz at Acme Corp (+1 555 0100).");
        else move.Script.ShouldStartWith("Subject: ");
    }

    [Fact]
    public void TheFollowUpOfAQuietCompanyAlsoAsksTheProcessQuestion()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(8))).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Carries.ShouldBe([MoveCode.AskAboutProcess]);
        move.Script.ShouldContain("remaining steps");
        advice.ShouldNotPropose("ask-about-process");
    }

    [Fact]
    public void DoneOnAMessageThatCarriedAnotherLogsBoth()
    {
        var search = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(8)));

        Completion.Complete(search.Pipeline, "follow-up", "acme", Day.Today).ShouldBeNull();

        search["acme"].Events.Select(e => e.Kind).ShouldBe([EventKind.FollowUp, EventKind.StatusCheck], ignoreOrder: true);
        search.Advise().Moves.ShouldBeEmpty();
    }

    [Fact]
    public void AcceptingTheBetterOfferStallsNothingElse()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).Starting(Day.In(40)),
            Opp.Offer("beta", deadline: Day.Tomorrow).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldPropose("accept-offer", "acme");
        advice.ShouldNotPropose("defer-offer");
        advice.ShouldNotPropose("decide-on-offer");
    }
}
