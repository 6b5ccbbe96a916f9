using Rules = OfferDesk.Core.Playbook.Playbook;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// Contract v3 on whom a move reaches and how: only a channel you can use (V4), greetings on file and
/// for titled names and team mailboxes (V10, V14), and "interviews" only after two (V15).
/// </summary>
public class ChannelsAndGreetingsTests
{
    private static Search Calling(Opportunity favourite) =>
        Search.Of(favourite.Preferred(1).Steps(total: 4), Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes());

    // V4: only a channel you can use.

    [Fact]
    public void APhoneOnlyCompanyIsCalledEvenForAThankYou()
    {
        var advice = Search.Of(Opp.Interviewing("beta").Steps(total: 4).Interviewed(Day.Ago(2), thanked: false)
            .WithContact("Priya Nair", ContactRole.Recruiter, phone: "+1 555 0199")).Advise();

        var move = advice.ShouldPropose("send-thank-you", "beta").ShouldBe(Priority.High, Day.Ago(1), Channel.Phone);
        move.Summary.ShouldStartWith("Call Priya at Beta Corp");
        move.Script.ShouldStartWith("Call Priya Nair at Beta Corp (+1 555 0199).");
        move.Script.ShouldContain("Hi Priya, this is Sam Lee.");
    }

    [Fact]
    public void APhoneOnlyCompanysCheckInIsACall()
    {
        var advice = Search.Of(Opp.Interviewing("beta").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))
            .WithContact("Priya Nair", ContactRole.Recruiter, phone: "+1 555 0199")).Advise();

        advice.ShouldPropose("follow-up", "beta").Channel.ShouldBe(Channel.Phone);
    }

    [Fact]
    public void APhoneOnlyCompanyHearsAnyDeclineByPhone()
    {
        // One interview would make it an email; nobody's address is on file.
        var advice = Search.Of(Opp.Accepted("acme").Preferred(1),
            Opp.Offer("beta").Preferred(2).Interviewed(Day.Ago(20)).WithContact("Priya Nair", ContactRole.Recruiter, phone: "+1 555 0199")).Advise();

        var move = advice.ShouldPropose("decline-offer", "beta");
        move.Channel.ShouldBe(Channel.Phone);
        move.Script.ShouldNotContain("After the call, send this note");
    }

    [Fact]
    public void AnEmailOnlyFavouriteIsAskedForAShortCall()
    {
        var advice = Calling(Opp.Interviewing("zeta").Interviewed(Day.Ago(20))
            .WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@zeta.example")).Advise();

        var move = advice.ShouldPropose("accelerate-preferred", "zeta");
        move.Channel.ShouldBe(Channel.Email);
        move.Summary.ShouldNotStartWith("Call");
        move.Summary.ShouldContain("short call");
        move.Script.ShouldStartWith("Subject: ");
        move.Script.ShouldContain("Hi Dana,");
        move.Script.ShouldContain("short call");
    }

    [Fact]
    public void AnEmailOnlyNegotiationIsAskedForAShortCall()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money)
                .WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@acme.example"),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).Paying(150000)).Advise();

        var move = advice.ShouldPropose("negotiate-with-offer", "acme");
        move.Channel.ShouldBe(Channel.Email);
        move.Script.ShouldStartWith("Subject: ");
        move.Script.ShouldContain("short call");
    }

    [Fact]
    public void AnEmailOnlyLateYesIsWritten()
    {
        var advice = Search.Of(Opp.Offer("acme", deadline: Day.Ago(2)).WouldSayYes()
            .WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@acme.example")).Advise();

        var move = advice.ShouldPropose("reply-after-deadline", "acme");
        move.Channel.ShouldBe(Channel.Email);
        move.Script.ShouldStartWith("Subject: ");
        move.Script.ShouldContain("I would like to accept it");
    }

    [Fact]
    public void AnUnreachableFavouriteIsCalledThroughTheMainLine()
    {
        var advice = Calling(Opp.Interviewing("zeta").Interviewed(Day.Ago(20))).Advise();

        var move = advice.ShouldPropose("accelerate-preferred", "zeta");
        move.Channel.ShouldBe(Channel.Phone);
        move.Summary.ShouldStartWith("Find a phone number for Zeta Corp");
        move.Script.ShouldStartWith("Find the main phone number of Zeta Corp");
        move.Script.ShouldContain("ask for the person handling the role");
        move.Script.ShouldContain("Hello, this is Sam Lee.");
    }

    [Fact]
    public void AContactWithNoNumberOrAddressIsAskedForOnTheMainLine()
    {
        var advice = Calling(Opp.Interviewing("zeta").Interviewed(Day.Ago(20)).WithContact("Dana Ruiz", ContactRole.HiringManager)).Advise();

        var move = advice.ShouldPropose("accelerate-preferred", "zeta");
        move.Summary.ShouldStartWith("Find a phone number for Zeta Corp");
        move.Script.ShouldContain("ask for Dana Ruiz");
        move.Script.ShouldContain("Hi Dana, this is Sam Lee.");
    }

    [Fact]
    public void ACallGoesToTheFirstContactWithAPhoneAndAnEmailToTheFirstWithAnAddress()
    {
        var zeta = Opp.Interviewing("zeta").Interviewed(Day.Ago(1), thanked: false)
            .WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@zeta.example")
            .WithContact("Priya Nair", ContactRole.Recruiter, phone: "+1 555 0199");
        var search = Calling(zeta);
        var situation = search.Situation();

        var call = Rules.Find("accelerate-preferred")!.Script(situation, search["zeta"]);
        var thanks = Rules.Find("send-thank-you")!.Script(situation, search["zeta"]);

        call.ShouldStartWith("Call Priya Nair at Zeta Corp (+1 555 0199).");
        call.ShouldContain("Hi Priya,");
        thanks.ShouldStartWith("Subject: ");
        thanks.ShouldContain("Hi Dana,");
    }

    [Fact]
    public void OnlyAPhoneMovesSummaryStartsWithCall()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(20)).WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@zeta.example"),
            Opp.Offer("acme", deadline: Day.In(1)).Preferred(2).Paying(100000).FallingShortOn(Shortfall.Money),
            Opp.Offer("beta", deadline: Day.In(9)).Preferred(3).Paying(130000).WithContact("Priya Nair", ContactRole.Recruiter, phone: "+1 555 0199"),
            Opp.Interviewing("carol").Steps(total: 4).Interviewed(Day.Ago(2), thanked: false).WithContact("Lee Chen", phone: "+1 555 0123"),
            Opp.Interviewing("delta").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))).Advise();

        advice.Moves.Count.ShouldBeGreaterThan(4);
        advice.Moves.Where(m => m.Summary.StartsWith("Call", StringComparison.Ordinal)).ShouldAllBe(m => m.Channel == Channel.Phone);
        advice.Moves.Where(m => m.Channel == Channel.Phone).ShouldNotBeEmpty();
    }

    // V14 and V10: greetings.

    [Theory]
    [InlineData("Dana Ruiz", "Hi Dana,")]
    [InlineData("Dr. Pieter van der Berg", "Hello Dr. van der Berg,")]
    [InlineData("Prof. Ana García Márquez", "Hello Prof. García Márquez,")]
    [InlineData("Ms Park", "Hello Ms Park,")]
    [InlineData("Dr. Lee Chen Jr.", "Hello Dr. Chen,")]
    [InlineData("Talent Team", "Hello Talent Team,")]
    [InlineData("careers", "Hello careers,")]
    [InlineData("Acme HR", "Hello Acme HR,")]
    [InlineData("Dr.", "Hello,")]
    public void EachNameIsGreetedAsTheContractSays(string name, string greeting) =>
        Words.GreetingFor(new Contact { Name = name }).ShouldBe(greeting);

    [Fact]
    public void ATitledNameWithParticlesIsGreetedByTheWholeFamilyName()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))
            .WithContact("Dr. Pieter van der Berg", ContactRole.HiringManager, email: "pieter@acme.example")).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Script.ShouldContain("\n\nHello Dr. van der Berg,\n\n");
        move.Summary.ShouldContain("Dr. van der Berg at Acme Corp");
    }

    [Fact]
    public void ATeamMailboxIsGreetedByItsNameAndNeverByItsFirstWord()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))
            .WithContact("Talent Team", ContactRole.Recruiter, email: "talent@acme.example")).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Script.ShouldContain("\n\nHello Talent Team,\n\n");
        move.Script.ShouldNotContain("Hi Talent");
        move.Summary.ShouldNotContain("Talent at");
    }

    [Theory]
    [InlineData("Bob", "Hi Bob,", "Bob at Acme Corp")]
    [InlineData("Dr. Smith", "Hello Dr. Smith,", "Dr. Smith at Acme Corp")]
    public void AGreetingOnFileWinsInScriptAndSummary(string onFile, string greeting, string named)
    {
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))
            .WithContact("Robert Smith", ContactRole.HiringManager, email: "bob@acme.example", greeting: onFile)).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Script.ShouldContain($"\n\n{greeting}\n\n");
        move.Script.ShouldNotContain("Hi Robert");
        move.Summary.ShouldContain(named);
    }

    [Fact]
    public void AGreetingOnFileWinsOverAMailboxName() =>
        Words.GreetingFor(new Contact { Name = "Recruiting Team", Greeting = "Dana" }).ShouldBe("Hi Dana,");

    [Fact]
    public void AWithdrawnOfferIsRecordedOnlyOnARejection()
    {
        var held = Search.Of(Opp.Offer("acme").Logged(EventKind.OfferWithdrawn, Day.Ago(1)));
        var rejected = Opp.InStage("acme", Stage.Rejected).Logged(EventKind.OfferWithdrawn, Day.Ago(1));

        PipelineRules.Check(held.Pipeline).Select(p => p.ToString()).ShouldHaveSingleItem().ShouldContain("offer-withdrawn");
        PipelineRules.Check(Search.Of(rejected).Pipeline).ShouldBeEmpty();
    }

    // V15: words true to the record.

    [Fact]
    public void OneDoneInterviewIsTheInterviewAndTwoAreTheInterviews()
    {
        var one = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(20)).InterviewScheduled(Day.In(10)));
        var two = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(20)).Interviewed(Day.Ago(15)).InterviewScheduled(Day.In(10)));

        var single = one.Advise().ShouldPropose("ask-about-process", "acme").Script;
        var plural = two.Advise().ShouldPropose("ask-about-process", "acme").Script;

        single.ShouldContain("the interview for");
        single.ShouldNotContain("interviews");
        plural.ShouldContain("the interviews so far");
    }

    [Fact]
    public void NoScriptSpeaksOfInterviewsAfterOnlyOne()
    {
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(2).Paying(120000).FallingShortOn(Shortfall.Money).Starting(Day.In(40)).WouldSayYes()
                .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")
                .Interviewed(Day.Ago(2), thanked: false).InterviewScheduled(Day.In(3)),
            Opp.Offer("beta", deadline: Day.In(9)).Preferred(3).Paying(150000),
            Opp.Interviewing("zeta").Preferred(1));
        var situation = search.Situation();

        foreach (var rule in Rules.Rules.Where(r => r.Channel != Channel.None))
            rule.Script(situation, search["acme"]).ShouldNotMatch(@"(?i)\b(the|your|our) interviews\b|\binterviews so far\b", Wording.Code(rule.Code));
    }
}
