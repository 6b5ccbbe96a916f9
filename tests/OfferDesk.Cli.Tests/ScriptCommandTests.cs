namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk script</c>: the words for one move, or an honest refusal (exit 3).</summary>
public class ScriptCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _search;

    public ScriptCommandTests() => _search = _temp.Write("search.json", """
        {
          "version": 1, "today": "2026-03-10",
          "candidate": { "name": "Sam Lee" },
          "opportunities": [
            { "id": "acme", "company": "Acme Corp", "role": "Staff Engineer", "stage": "interviewing", "preference": 1,
              "contacts": [ { "name": "Dana Ruiz", "role": "hiring-manager", "phone": "+1 555 0100" } ],
              "lastHeardFrom": "2026-03-02" },
            { "id": "beta", "company": "Beta Inc", "stage": "offer", "preference": 2, "wouldAccept": true,
              "contacts": [ { "name": "Priya Nair", "role": "recruiter" } ],
              "offer": { "status": "written", "deadline": "2026-03-15", "baseSalary": 120000, "currency": "USD", "shortfalls": [ "money" ] } },
            { "id": "carol", "company": "Carol Labs", "stage": "interviewing", "preference": 5 },
            { "id": "delta", "company": "Delta Co", "stage": "offer", "preference": 4,
              "offer": { "status": "written", "deadline": "2026-03-20", "baseSalary": 135000, "currency": "USD" } }
          ]
        }
        """);

    public void Dispose() => _temp.Dispose();

    private CliRun Script(string code, string id, params string[] more) =>
        OfferDeskProcess.Run(["script", code, "--opportunity", id, _search, .. more]);

    private static void ShouldRefuse(CliRun run, string reasonFragment)
    {
        run.ExitCode.ShouldBe(3, run.ToString());
        run.Stdout.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("refused: ");
        run.Stderr.ShouldContain(reasonFragment);
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void TheCallToThePreferredCompanyIsPrinted()
    {
        var run = Script("accelerate-preferred", "acme");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Call Dana Ruiz at Acme Corp (+1 555 0100).");
        run.Stdout.ShouldContain("by Sunday, March 15");
        foreach (var other in new[] { "Beta Inc", "Carol Labs", "Delta Co" }) run.Stdout.ShouldNotContain(other);
    }

    [Fact]
    public void TheScriptIsWrappedLikeAdviseAndLosesNoWord()
    {
        var run = Script("accelerate-preferred", "acme");
        var json = OfferDeskProcess.Run("advise", _search, "--format", "json");
        using var advice = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var script = advice.RootElement.GetProperty("moves").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == "accelerate-preferred" && m.GetProperty("opportunity").GetString() == "acme")
            .GetProperty("script").GetString()!;

        run.ExitCode.ShouldBe(0, run.ToString());
        script.Split('\n').Max(l => l.Length).ShouldBeGreaterThan(80, "the script has a line to wrap");
        foreach (var line in run.Stdout.Split('\n')) line.Length.ShouldBeLessThanOrEqualTo(80, line);
        // The same words in the same order, and the script's own paragraphs kept.
        static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
        Flat(run.Stdout).ShouldBe(Flat(script));
        run.Stdout.Split("\n\n").Length.ShouldBe(script.Split("\n\n").Length);
    }

    [Fact]
    public void AScriptIsPrintedEvenWhenTheMoveIsNotProposed()
    {
        var run = Script("withdraw-application", "carol");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Carol Labs");
        run.Stdout.ShouldContain("withdraw my application");
    }

    [Fact]
    public void TodayComesFromTheCommandLineFirst()
    {
        // The deadline, Sunday, March 15, is the next day: said as its date, never "tomorrow" (contract v3, V5).
        Script("accelerate-preferred", "acme", "--today", "2026-03-14").Stdout.ShouldContain("by Sunday, March 15");
    }

    [Fact]
    public void NoCallClaimingAnOfferYouPreferToThem()
    {
        ShouldRefuse(Script("accelerate-preferred", "carol"), "Carol Labs");
    }

    [Fact]
    public void NoCallOnceTheOfferHasExpired()
    {
        ShouldRefuse(Script("accelerate-preferred", "acme", "--today", "2026-03-21"), "accelerate-preferred");
    }

    [Fact]
    public void TheNegotiationIsPrintedWithTheRealCompetingOffer()
    {
        var run = Script("negotiate-with-offer", "beta");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("USD 135,000");
        run.Stdout.ShouldContain("Delta Co");
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("delta")]
    public void NoNegotiationWithoutAHigherOfferInHand(string id)
    {
        ShouldRefuse(Script("negotiate-with-offer", id), "negotiate-with-offer");
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("carol")]
    public void NoCommitmentSignalWithoutAnHonestYes(string id)
    {
        ShouldRefuse(Script("signal-commitment", id), "wouldAccept");
    }

    [Theory]
    [InlineData("decide-on-offer", "beta")]
    [InlineData("keep-interviewing", "beta")]
    [InlineData("weigh-late-offer", "delta")]
    public void ADecisionHasNoScript(string code, string id)
    {
        ShouldRefuse(Script(code, id), "a decision");
    }

    [Fact]
    public void AnUnknownMoveExitsTwo()
    {
        var run = Script("send-flowers", "acme");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("CODE: \"send-flowers\" is not a move");
        run.Stderr.ShouldContain("accelerate-preferred");
    }

    [Fact]
    public void AnUnknownOpportunityExitsTwo()
    {
        var run = Script("follow-up", "zzz");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.ErrorLines.ShouldBe(["--opportunity: no opportunity has the id \"zzz\""]);
    }

    [Fact]
    public void TheDocumentCanComeFromStandardInput()
    {
        var run = OfferDeskProcess.RunWithInput(File.ReadAllText(_search), "script", "follow-up", "--opportunity", "acme", "-");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Hi Dana,");
    }

    [Fact]
    public void NoAcceptanceOfAnOfferThatWasNeverMade() =>
        ShouldRefuse(Script("accept-offer", "acme"), "no offer from Acme Corp");

    [Fact]
    public void AnOfferYouHoldCanBeAccepted()
    {
        var run = Script("accept-offer", "delta");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Subject: Accepting your offer");
    }

    [Fact]
    public void NoLateReplyBeforeTheDeadlinePasses() =>
        ShouldRefuse(Script("reply-after-deadline", "delta"), "no held offer whose deadline has passed");

    [Fact]
    public void ALateReplyOwnsTheDelayOnceTheDeadlinePassed()
    {
        var run = Script("reply-after-deadline", "beta", "--today", "2026-03-17");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("missed your deadline of Sunday, March 15");
        run.Stdout.ShouldNotContain("2026-03-15");
    }
}

/// <summary>
/// <c>offerdesk script</c> on a day when one call carries a thank-you (contract v3, V1): the lead's code
/// prints the one conversation, the carried code its own standalone words.
/// </summary>
public class MergedScriptTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _search;

    public MergedScriptTests() =>
        _search = _temp.Write("search.json", OfferDesk.Testing.Scenarios.Read("57-one-call-carries-the-thank-you.json")["pipeline"]!.ToJsonString());

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheLeadingCodePrintsTheOneConversationWithTheThanksInIt()
    {
        var run = OfferDeskProcess.Run("script", "accelerate-preferred", "--opportunity", "fern", _search, "--today", "2027-02-16");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Call ");
        // Wrapped to 80 columns: read with its line breaks as spaces.
        System.Text.RegularExpressions.Regex.Replace(run.Stdout, @"\s+", " ").ShouldContain("Thank you again for meeting with me");
        run.Stdout.Split("Opening:").Length.ShouldBe(2, "one greeting, one conversation");
    }

    [Fact]
    public void TheCarriedCodePrintsItsOwnStandaloneWords()
    {
        var run = OfferDeskProcess.Run("script", "send-thank-you", "--opportunity", "fern", _search, "--today", "2027-02-16");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Subject: Thank you");
        run.Stdout.ShouldNotContain("received a job offer");
    }
}
