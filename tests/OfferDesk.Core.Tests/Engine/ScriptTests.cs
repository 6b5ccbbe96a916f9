using Rules = OfferDesk.Core.Playbook.Playbook;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>Scripts speak to a real person about a real role, with the real dates, and never bluff.</summary>
public class ScriptTests
{
    public static TheoryData<string> MessageCodes =>
        new(Rules.Rules.Where(r => r.Channel != Channel.None).Select(r => Wording.Code(r.Code)));

    /// <summary>An opportunity every message script can be written for.</summary>
    private static Search RichSearch() => Search.Of(
        Opp.Offer("acme", deadline: Day.In(5)).Preferred(2).ForRole("Staff Engineer").Paying(120000).FallingShortOn(Shortfall.Money)
            .Starting(Day.In(40)).WouldSayYes()
            .WithContact("Lee Chen", ContactRole.Interviewer)
            .WithContact("Priya Nair", ContactRole.Recruiter, "+1 555 0111")
            .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100")
            .Interviewed(Day.Ago(2), thanked: false).Interviewed(Day.Ago(12)).Interviewed(Day.Ago(20))
            .InterviewScheduled(Day.In(3)),
        Opp.Offer("beta", deadline: Day.In(9)).Preferred(3).Paying(150000),
        Opp.Interviewing("zeta").Preferred(1));

    [Theory]
    [MemberData(nameof(MessageCodes))]
    public void EveryMessageIsAddressedToTheContactAndNamesTheCompanyAndRole(string code)
    {
        var search = RichSearch();
        var rule = Rules.Find(code)!;

        var script = rule.Script(search.Situation(), search["acme"]);

        script.ShouldSatisfyAllConditions(
            () => script.ShouldContain("Dana"),
            () => script.ShouldNotContain("Priya"),
            () => script.ShouldContain("Acme Corp"),
            () => script.ShouldContain("Staff Engineer"),
            () => script.ShouldNotMatch(@"\{\{|\}\}|\{[A-Za-z]|TODO|<[a-z-]+>"));
    }

    [Theory]
    [MemberData(nameof(MessageCodes))]
    public void EveryProposedMessageHasItsScript(string code)
    {
        var search = RichSearch();
        var situation = search.Situation();

        foreach (var move in search.Advise().Moves.Where(m => m.CodeText == code))
        {
            var rule = Rules.Find(code)!;
            var o = search[move.Opportunity];
            if (move.Carries.Count == 0)
            {
                move.Script.ShouldBe(rule.Script(situation, o));
                continue;
            }
            // V1: a move that carries others speaks for them too, in one message on its own channel.
            move.Script.ShouldBe(rule.Script(situation, o, move.Channel, move.Carries));
            move.Script.ShouldNotBe(rule.Script(situation, o, move.Channel, []));
        }
    }

    [Fact]
    public void DecisionsHaveNoScript()
    {
        var advice = Search.Of(
            Opp.Accepted("acme", OfferStatus.Verbal).Preferred(2),
            Opp.Offer("beta", deadline: Day.Tomorrow).Preferred(1),
            Opp.Interviewing("zeta").InterviewScheduled(Day.In(2))).Advise();

        advice.Moves.Where(m => m.Channel == Channel.None).Select(m => m.CodeText).ShouldBe(["decide-on-offer", "weigh-late-offer", "keep-interviewing"], ignoreOrder: true);
        advice.Moves.Where(m => m.Channel == Channel.None).ShouldAllBe(m => m.Script == "");
        advice.Moves.Where(m => m.Channel != Channel.None).ShouldAllBe(m => m.Script.Length > 0);
    }

    [Fact]
    public void TheHiringManagerIsAddressedBeforeTheRecruiter()
    {
        var script = ScriptFor("follow-up", Opp.Interviewing("acme")
            .WithContact("Priya Nair", ContactRole.Recruiter)
            .WithContact("Dana Ruiz", ContactRole.HiringManager));

        script.ShouldContain("Hi Dana,");
    }

    [Fact]
    public void TheRecruiterIsAddressedBeforeOtherContacts()
    {
        var script = ScriptFor("follow-up", Opp.Interviewing("acme")
            .WithContact("Lee Chen", ContactRole.Interviewer)
            .WithContact("Priya Nair", ContactRole.Recruiter));

        script.ShouldContain("Hi Priya,");
    }

    [Fact]
    public void WithoutRolesTheFirstContactIsAddressed()
    {
        var script = ScriptFor("follow-up", Opp.Interviewing("acme").WithContact("Lee Chen").WithContact("Kim Park", ContactRole.Other));

        script.ShouldContain("Hi Lee,");
    }

    [Fact]
    public void WithNoContactTheScriptAddressesTheCompany()
    {
        var script = ScriptFor("follow-up", Opp.Interviewing("acme"));

        // 3.1 c: with nobody to name, a plain "Hello," (never "Hello Acme Corp team,").
        script.ShouldContain("\n\nHello,\n\n");
        script.ShouldNotContain("team,");
    }

    [Fact]
    public void EmailsAreSignedWithTheCandidatesName()
    {
        var o = Opp.Interviewing("acme").WithContact("Dana Ruiz", ContactRole.HiringManager);

        ScriptFor("follow-up", o).ShouldEndWith("Best regards,\nSam Lee");
        var unnamed = Search.Of(Opp.Interviewing("acme")).Unnamed();
        Rules.Find("follow-up")!.Script(unnamed.Situation(), unnamed["acme"]).ShouldEndWith("Best regards");
    }

    [Fact]
    public void TheDeferralCitesTheDeadline()
    {
        var script = ScriptFor("defer-offer", Opp.Offer("acme", deadline: Day.Parse("2026-03-15")), Opp.Interviewing("zeta").Preferred(1));

        script.ShouldContain("Sunday, March 15");
    }

    [Fact]
    public void AnUrgentDeferralAsksForAFewMoreDays()
    {
        var script = ScriptFor("defer-offer", Opp.Offer("acme", deadline: Day.Tomorrow), Opp.Interviewing("zeta").Preferred(1));

        // V5: the deadline by its weekday, never "tomorrow"; three days past Wednesday is a Saturday, so Monday.
        script.ShouldContain("Wednesday, March 11");
        script.ShouldNotContain("tomorrow", Case.Insensitive);
        script.ShouldContain("a few more days, until Monday, March 16");
    }

    [Fact]
    public void TheThankYouNamesTheInterviewDay()
    {
        var script = ScriptFor("send-thank-you", Opp.Interviewing("acme").Interviewed(Day.Ago(2), thanked: false));

        script.ShouldContain("on Sunday, March 8");
    }

    [Fact]
    public void TheCancellationNamesTheInterviewDay()
    {
        var script = ScriptFor("cancel-interview", Opp.Interviewing("acme").InterviewScheduled(Day.In(3)), Opp.Accepted("zeta"));

        script.ShouldContain("on Friday, March 13");
        script.ShouldContain("accepted another position");
    }

    [Fact]
    public void TheCallToThePreferredCompanyNamesNoOtherCompany()
    {
        var search = Search.Of(
            Opp.Interviewing("acme").Preferred(1).ForRole("Staff Engineer").WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100"),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(3).ForRole("Senior Engineer").WithContact("Priya Nair", ContactRole.Recruiter),
            Opp.Offer("zeta", deadline: Day.In(3)).Preferred(4),
            Opp.Interviewing("omega").Preferred(2),
            Opp.InStage("delta", Stage.Declined));

        var advice = search.Advise();

        foreach (var id in new[] { "acme", "omega" })
        {
            var script = advice.ShouldPropose("accelerate-preferred", id).Script;
            foreach (var other in search.Pipeline.Opportunities.Where(o => o.Id != id))
                script.ShouldNotContain(other.Company);
            script.ShouldContain(Opp.CompanyOf(id));
        }
        var acmeScript = advice.ShouldPropose("accelerate-preferred", "acme").Script;
        acmeScript.ShouldNotContain("Priya");
        acmeScript.ShouldNotContain("Senior Engineer");
    }

    [Fact]
    public void TheCallToThePreferredCompanyPlansForEachAnswer()
    {
        var script = ScriptFor("accelerate-preferred",
            Opp.Interviewing("acme").Preferred(1).WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100"),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2));

        script.ShouldSatisfyAllConditions(
            () => script.ShouldStartWith("Call Dana Ruiz at Acme Corp (+1 555 0100)."),
            () => script.ShouldContain("If they make you an offer:"),
            () => script.ShouldContain("If they can't give a timeline:"),
            () => script.ShouldContain("If they say to take the other offer:"),
            () => script.ShouldContain("by Sunday, March 15"),
            () => script.ShouldContain("This is Sam Lee"));
    }

    [Fact]
    public void WithoutADeadlineTheCallSaysSoon()
    {
        var script = ScriptFor("accelerate-preferred", Opp.Interviewing("acme").Preferred(1), Opp.Offer("beta").Preferred(2));

        script.ShouldContain("an answer soon");
        // V4: nobody on file at Acme Corp, so the call goes through the company's main line.
        script.ShouldStartWith("Find the main phone number of Acme Corp");
        script.ShouldContain("ask for the person handling the role");
    }

    [Fact]
    public void ThePhoneDeclineComesWithTheNoteToSendAfter()
    {
        var search = Search.Of(Opp.Accepted("acme").Preferred(1),
            Opp.Offer("beta", deadline: Day.In(3)).Preferred(2).WithContact("Priya Nair", ContactRole.Recruiter, "+1 555 0199", "priya@beta.example")
                .Interviewed(Day.Ago(30)).Interviewed(Day.Ago(25)).Interviewed(Day.Ago(20)));

        var script = search.Advise().ShouldPropose("decline-offer", "beta").Script;

        script.ShouldStartWith("Call Priya Nair at Beta Corp (+1 555 0199).");
        var note = script.IndexOf("After the call, send this note:", StringComparison.Ordinal);
        note.ShouldBeGreaterThan(0);
        script[note..].ShouldContain("Subject: ");
        script[note..].ShouldContain("Hi Priya,");
        script[note..].ShouldContain("decline");
    }

    [Fact]
    public void TheEmailDeclineIsJustTheNote()
    {
        var search = Search.Of(Opp.Accepted("acme").Preferred(1), Opp.Offer("beta").Preferred(2).Interviewed(Day.Ago(20)));

        var script = search.Advise().ShouldPropose("decline-offer", "beta").Script;

        script.ShouldStartWith("Subject: ");
        script.ShouldNotContain("After the call");
        script.ShouldContain("Beta Corp");
    }

    [Fact]
    public void TheNegotiationCitesTheCompetingSalaryAndCompany()
    {
        var script = ScriptFor("negotiate-with-offer",
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(1).Paying(120000, "EUR").FallingShortOn(Shortfall.Money),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).Paying(135500.5m, "EUR"));

        script.ShouldContain("EUR 135,500.5");
        script.ShouldContain("Beta Corp");
    }

    /// <summary>The script for a move at the first opportunity of a search made of the others too.</summary>
    private static string ScriptFor(string code, Opportunity subject, params Opportunity[] others)
    {
        var search = Search.Of([subject, .. others]);
        return Rules.Find(code)!.Script(search.Situation(), subject);
    }
}
