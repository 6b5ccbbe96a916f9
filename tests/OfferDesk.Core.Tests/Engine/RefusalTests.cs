using Rules = OfferDesk.Core.Playbook.Playbook;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>Where honesty forbids a script, the engine refuses it and says why (PLAYBOOK section 6).</summary>
public class RefusalTests
{
    private static string? Refusal(string code, string id, Search search) =>
        Rules.Find(code)!.RefuseScript(search.Situation(), search[id]);

    // The refusals in full: a test that only saw "some reason" would pass on the wrong one.
    private static string NoOfferToCite(string company) =>
        $"accelerate-preferred tells {company} you hold an offer you would turn down for them; you hold no current offer you would take that {company} is preferred to, and bluffing can cost you the job";

    private static string NoHigherOffer(string company) =>
        $"negotiate-with-offer cites a higher offer you hold; you hold no less preferred offer that pays more than {company}'s, and a made-up offer is a bluff that can cost you this one";

    [Fact]
    public void NoAccelerateCallWithoutAnOfferToCite()
    {
        var reason = Refusal("accelerate-preferred", "acme", Search.Of(Opp.Interviewing("acme").Preferred(1), Opp.Interviewing("beta").Preferred(2)));

        reason.ShouldBe(NoOfferToCite("Acme Corp"));
    }

    [Fact]
    public void NoAccelerateCallToACompanyYouPreferLessThanTheOffer()
    {
        var search = Search.Of(Opp.Interviewing("acme").Preferred(2), Opp.Offer("beta", deadline: Day.In(5)).Preferred(1));

        Refusal("accelerate-preferred", "acme", search).ShouldBe(NoOfferToCite("Acme Corp"));
    }

    [Fact]
    public void NoAccelerateCallCitingAnOfferPastItsDeadline()
    {
        var search = Search.Of(Opp.Interviewing("acme").Preferred(1), Opp.Offer("beta", deadline: Day.Yesterday).Preferred(2));

        Refusal("accelerate-preferred", "acme", search).ShouldBe(NoOfferToCite("Acme Corp"));
    }

    [Fact]
    public void AnAccelerateCallCitingAnOfferThatCannotBeAcceptedIsRefused()
    {
        var search = Search.Of(Opp.Interviewing("acme").Preferred(1), Opp.Interviewing("beta").Preferred(2).OfferExpected());

        Refusal("accelerate-preferred", "acme", search).ShouldBe(NoOfferToCite("Acme Corp"));
    }

    [Fact]
    public void AnAccelerateCallIsGivenWhenYouPreferThemToAnOfferYouHold()
    {
        // Already called, so not proposed; the words may still be asked for.
        var search = Search.Of(Opp.Interviewing("acme").Preferred(1).Called(Day.Ago(1), null), Opp.Offer("beta", deadline: Day.In(5)).Preferred(2));

        Refusal("accelerate-preferred", "acme", search).ShouldBeNull();
    }

    [Fact]
    public void NoNegotiationForAnOpportunityWithoutAnOffer()
    {
        var search = Search.Of(Opp.Interviewing("acme").Preferred(1), Opp.Offer("beta").Preferred(2).Paying(150000));

        Refusal("negotiate-with-offer", "acme", search).ShouldBe(NoHigherOffer("Acme Corp"));
    }

    [Fact]
    public void NoNegotiationWithoutAHigherLessPreferredOffer()
    {
        var acme = Opp.Offer("acme").Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money);

        Refusal("negotiate-with-offer", "acme", Search.Of(acme)).ShouldBe(NoHigherOffer("Acme Corp"));
        Refusal("negotiate-with-offer", "acme", Search.Of(acme, Opp.Offer("beta").Preferred(2).Paying(110000))).ShouldBe(NoHigherOffer("Acme Corp"));
        Refusal("negotiate-with-offer", "acme", Search.Of(acme.Preferred(3), Opp.Offer("beta").Preferred(2).Paying(150000))).ShouldBe(NoHigherOffer("Acme Corp"));
    }

    [Fact]
    public void ANegotiationIsGivenWithAHigherLessPreferredHeldOffer()
    {
        // No money shortfall and the rival's deadline has passed: not proposed, but honest to say.
        var search = Search.Of(Opp.Offer("acme").Preferred(1).Paying(120000), Opp.Offer("beta", deadline: Day.Ago(2)).Preferred(2).Paying(150000));

        Refusal("negotiate-with-offer", "acme", search).ShouldBeNull();
        Rules.Find("negotiate-with-offer")!.Script(search.Situation(), search["acme"]).ShouldContain("USD 150,000");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void NoCommitmentSignalWithoutAnHonestYes(bool? wouldAccept)
    {
        var search = Search.Of(Opp.Interviewing("acme").Preferred(1).WouldSayYes(wouldAccept));

        Refusal("signal-commitment", "acme", search).ShouldNotBeNull().ShouldContain("wouldAccept");
    }

    [Fact]
    public void ACommitmentSignalIsGivenWhenYouWouldSayYes()
    {
        var search = Search.Of(Opp.Interviewing("acme").WouldSayYes());

        Refusal("signal-commitment", "acme", search).ShouldBeNull();
    }

    [Theory]
    [InlineData("decide-on-offer")]
    [InlineData("keep-interviewing")]
    [InlineData("weigh-late-offer")]
    public void ADecisionHasNoScriptToGive(string code)
    {
        var search = Search.Of(Opp.Offer("acme", deadline: Day.Today).Preferred(1), Opp.Accepted("beta", OfferStatus.Verbal).Preferred(2));

        var reason = Refusal(code, "acme", search).ShouldNotBeNull();
        reason.ShouldContain(code);
        reason.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("send-thank-you")]
    [InlineData("follow-up")]
    [InlineData("ask-about-process")]
    [InlineData("defer-offer")]
    [InlineData("get-offer-in-writing")]
    [InlineData("ask-for-time")]
    [InlineData("cancel-interview")]
    [InlineData("withdraw-application")]
    [InlineData("decline-offer")]
    [InlineData("keep-in-touch")]
    public void OtherMessagesAreAlwaysGiven(string code)
    {
        var search = Search.Of(Opp.Interviewing("acme"));

        Refusal(code, "acme", search).ShouldBeNull();
        Rules.Find(code)!.Script(search.Situation(), search["acme"]).ShouldContain("Acme Corp");
    }

    [Fact]
    public void NoAcceptanceWithoutAHeldOffer()
    {
        var search = Search.Of(Opp.Interviewing("acme"), Opp.Offer("beta"));

        Refusal("accept-offer", "acme", search).ShouldNotBeNull().ShouldContain("no offer");
        Refusal("accept-offer", "beta", search).ShouldBeNull();
    }

    [Fact]
    public void NoLateReplyWithoutAPassedDeadline()
    {
        var search = Search.Of(Opp.Offer("acme", deadline: Day.Today), Opp.Offer("beta", deadline: Day.Ago(1)), Opp.Interviewing("gamma"));

        Refusal("reply-after-deadline", "acme", search).ShouldNotBeNull().ShouldContain("no held offer whose deadline has passed");
        Refusal("reply-after-deadline", "gamma", search).ShouldBe(
            "reply-after-deadline owns a missed deadline, and Gamma Corp has no held offer whose deadline has passed: there is no delay to apologise for");
        Refusal("reply-after-deadline", "beta", search).ShouldBeNull();
    }
}
