namespace OfferDesk.Core.Tests.Engine;

/// <summary>Section 3.1, item by item: each claim follows from the document, greetings and dates as people write them.</summary>
public class TruthfulScriptTests
{
    private static Move Follow(Opportunity o) => Search.Of(o.Steps(total: 4).HeardFrom(Day.Ago(6))).Advise().ShouldPropose("follow-up", o.Id);

    [Theory]
    [InlineData("Ms Jo Park", "Hello Ms Park,")]
    [InlineData("Dr. Kim Osei PhD", "Hello Dr. Osei,")]
    [InlineData("prof ada lovelace jr", "Hello prof lovelace,")]
    [InlineData("Dana Ruiz", "Hi Dana,")]
    [InlineData("Dr", "Hello,")]
    public void TheGreetingFollowsTheName(string name, string greeting)
    {
        var move = Follow(Opp.Interviewing("acme").WithContact(name, ContactRole.HiringManager));

        move.Script.Split('\n')[2].ShouldBe(greeting);
    }

    [Fact]
    public void WithNoContactTheGreetingIsPlainHello()
    {
        var move = Follow(Opp.Interviewing("acme"));

        move.Script.Split('\n')[2].ShouldBe("Hello,");
        move.Script.ShouldNotContain("team,");
    }

    [Fact]
    public void ACallToACompanyYouOnlyAppliedToSpeaksOfTheApplication()
    {
        var advice = Search.Of(Opp.Applied("acme").Preferred(1).AppliedAt(Day.Ago(6)),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).WouldSayYes()).Advise();

        var script = advice.ShouldPropose("accelerate-preferred", "acme").Script;
        script.ShouldContain("I applied for");
        script.ShouldNotContain("interviewed");
        script.ShouldContain("Opening: \"Hello, this is Sam Lee.");
    }

    [Fact]
    public void OnlyTheTopChoiceIsToldItIsFirst()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(5)),
            Opp.Interviewing("gamma").Preferred(2).Steps(total: 4).Interviewed(Day.Ago(5)),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(3).WouldSayYes()).Advise();

        advice.ShouldPropose("accelerate-preferred", "acme").Script.ShouldContain("my first choice");
        var second = advice.ShouldPropose("accelerate-preferred", "gamma").Script;
        second.ShouldNotContain("first choice");
        second.ShouldContain("I would rather join Gamma");
    }

    [Fact]
    public void ADeferralStatesOnlyWhatTheDocumentHolds()
    {
        var inProcess = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise().ShouldPropose("defer-offer", "acme").Script;
        var heldOffer = Search.Of(Opp.Offer("zeta", OfferStatus.Verbal, deadline: Day.In(9)).Preferred(1).WouldSayYes(),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise().ShouldPropose("defer-offer", "acme").Script;

        inProcess.ShouldNotContain("committed");
        inProcess.ShouldContain("another hiring process");
        inProcess.ShouldContain("by Monday, March 16");
        inProcess.ShouldNotContain("by when");
        heldOffer.ShouldContain("weighing another offer");
    }

    [Fact]
    public void AskingForTimeNamesTheDeadlineAndAFewMoreDays()
    {
        var script = Search.Of(Opp.Offer("acme", deadline: Day.In(5)).Preferred(1).FallingShortOn(Shortfall.Title).WouldSayYes(),
            Opp.Interviewing("zeta").Preferred(2).Steps(total: 3)).Advise().ShouldPropose("ask-for-time", "acme").Script;

        script.ShouldContain("Sunday, March 15");
        script.ShouldContain("a few more days, until Wednesday, March 18");
        script.ShouldNotContain("by when");
    }

    [Fact]
    public void ADateInAnotherYearCarriesTheYear()
    {
        var day = new DateOnly(2026, 12, 28);
        var script = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: new DateOnly(2027, 1, 8)).Preferred(2).WouldSayYes()).AdviseOn(day).ShouldPropose("defer-offer", "acme").Script;

        script.ShouldContain("Friday, January 8, 2027");
        script.ShouldNotContain("2027-01-08");
    }

    [Fact]
    public void ANegotiationNamesTheRivalOfferAsRecorded()
    {
        var script = Search.Of(
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).Paying(100000).FallingShortOn(Shortfall.Money).WouldSayYes(),
            Opp.Offer("beta", OfferStatus.Verbal, deadline: Day.In(6)).Preferred(2).Paying(130000).WouldSayYes()).Advise().ShouldPropose("negotiate-with-offer", "acme").Script;

        script.ShouldContain("a verbal offer from Beta Corp");
        script.ShouldNotContain("written offer");
        script.ShouldNotContain("where I want to be");
    }

    [Fact]
    public void NoAcceptanceIsClaimedWithoutASolidOne()
    {
        var script = Search.Of(Opp.InStage("acme", Stage.Withdrawn).InterviewScheduled(Day.In(3))).Advise().ShouldPropose("cancel-interview", "acme").Script;

        script.ShouldNotContain("accepted another");
        script.ShouldContain("decided not to continue");
    }

    [Fact]
    public void SubjectsStartWithACapital()
    {
        var script = Search.Of(Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2).HeardFrom(Day.Yesterday))
            .Advise().ShouldPropose("signal-commitment", "acme").Script;

        script.ShouldStartWith("Subject: Where I stand");
    }
}
