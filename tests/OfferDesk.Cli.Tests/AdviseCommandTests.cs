using System.Text.Json;

namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk advise</c>: the advice document as JSON, or a readable list for people.</summary>
public class AdviseCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _search;

    public AdviseCommandTests() => _search = _temp.Write("search.json", """
        {
          "version": 1, "today": "2026-12-03",
          "candidate": { "name": "Sam Lee" },
          "opportunities": [
            { "id": "acme", "company": "Acme Corp", "stage": "interviewing", "preference": 1,
              "contacts": [ { "name": "Dana Ruiz", "role": "hiring-manager" } ], "lastHeardFrom": "2026-11-20" },
            { "id": "beta", "company": "Beta Inc", "stage": "offer", "preference": 2,
              "offer": { "status": "written", "deadline": "2026-12-04" } },
            { "id": "old", "company": "Old Friends", "stage": "declined", "events": [ { "on": "2026-11-01", "kind": "decline" } ] }
          ]
        }
        """);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void JsonOutputIsTheAdviceDocument()
    {
        var run = OfferDeskProcess.Run("advise", _search, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldBeEmpty();
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["today", "moves", "upcoming", "warnings"]);
        root.GetProperty("today").GetString().ShouldBe("2026-12-03");
        var move = root.GetProperty("moves")[0];
        move.EnumerateObject().Select(p => p.Name).ShouldBe(["code", "opportunity", "company", "priority", "due", "channel", "summary", "why", "script", "carries"]);
        root.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("code").GetString())
            .ShouldContain("accelerate-preferred");
        root.GetProperty("upcoming").EnumerateArray().Single().GetProperty("due").GetString().ShouldBe("2027-01-30");
        var slow = root.GetProperty("warnings").EnumerateArray().Single(w => w.GetProperty("code").GetString() == "slow-season");
        slow.GetProperty("opportunity").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void TheCommandLineTodayWinsOverTheDocuments()
    {
        var run = OfferDeskProcess.Run("advise", _search, "--format", "json", "--today", "2027-01-30");

        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("today").GetString().ShouldBe("2027-01-30");
        doc.RootElement.GetProperty("upcoming").GetArrayLength().ShouldBe(0);
        doc.RootElement.GetProperty("moves").EnumerateArray()
            .ShouldContain(m => m.GetProperty("code").GetString() == "keep-in-touch");
    }

    [Fact]
    public void TextOutputIsAReadableListWithoutColourWhenRedirected()
    {
        var run = OfferDeskProcess.Run("advise", _search);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Advice for Thursday, December 3, 2026");
        run.Stdout.ShouldContain("\nUrgent\n");
        run.Stdout.ShouldContain("Acme Corp");
        run.Stdout.ShouldContain("Coming up");
        run.Stdout.ShouldContain("Warnings");
        run.Stdout.ShouldNotContain("\u001b[");
        run.Stdout.ShouldNotContain("Subject:");
    }

    [Fact]
    public void ScriptsAreShownOnRequest()
    {
        var run = OfferDeskProcess.Run("advise", _search, "--scripts");

        run.ExitCode.ShouldBe(0, run.ToString());
        // Nobody's number is on file (contract v3, V4): the call starts from the company's main line.
        run.Stdout.ShouldContain("Find a phone number for Acme Corp");
        run.Stdout.ShouldContain("Find the main phone number of Acme Corp");
        run.Stdout.ShouldContain("Hi Dana, this is Sam Lee.");
    }

    [Fact]
    public void TheDocumentCanComeFromStandardInput()
    {
        var run = OfferDeskProcess.RunWithInput(File.ReadAllText(_search), "advise", "-", "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("today").GetString().ShouldBe("2026-12-03");
    }

    [Fact]
    public void AnEmptySearchHasNothingToDo()
    {
        var run = OfferDeskProcess.Run("advise", _temp.Write("empty.json", """{ "version": 1, "opportunities": [] }"""), "--today", "2026-03-10");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Nothing to do today.");
    }

    [Fact]
    public void ValidateSaysHowManyOpportunitiesItRead()
    {
        var run = OfferDeskProcess.Run("validate", _search);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.Trim().ShouldBe("ok: 3 opportunities");
    }

    /// <summary>A large search: an urgent call, a lapsed offer, and many applied-only companies gone quiet.</summary>
    private string LargeSearch()
    {
        var quiet = string.Join(",\n", Enumerable.Range(0, 33).Select(i =>
            $$"""{ "id": "co-{{i}}", "company": "Company {{i:00}}", "stage": "applied", "appliedOn": "2026-02-20" }"""));
        return _temp.Write("large.json", $$"""
            { "version": 1, "candidate": { "name": "Sam Lee" }, "opportunities": [
              { "id": "top", "company": "Heron Analytics", "stage": "interviewing", "preference": 1,
                "contacts": [ { "name": "Maya Ortiz", "role": "hiring-manager", "phone": "+1 555 0100" } ],
                "interviews": [ { "at": "2026-03-05", "status": "done", "thankYouSent": true } ], "process": { "totalSteps": 4 } },
              { "id": "off", "company": "Beta Inc", "stage": "offer", "preference": 2, "wouldAccept": true,
                "offer": { "status": "written", "deadline": "2026-03-12" } },
              { "id": "late", "company": "Gamma LLC", "stage": "offer", "offer": { "status": "written", "deadline": "2026-03-08" } },
              {{quiet}}
            ] }
            """);
    }

    [Fact]
    public void TextPutsWarningsFirstThenStartHereAndLeadsEveryMoveWithTheCompany()
    {
        var run = OfferDeskProcess.Run("advise", LargeSearch(), "--today", "2026-03-10");

        run.ExitCode.ShouldBe(0, run.ToString());
        var text = run.Stdout;
        text.IndexOf("\nWarnings\n", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("\nStart here\n", StringComparison.Ordinal));
        text.IndexOf("\nStart here\n", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("\nUrgent\n", StringComparison.Ordinal));
        // Warnings are sentences for the candidate that name the company (contract v3, V18).
        text.ShouldContain("! The deadline on the Gamma LLC offer has passed");
        text.ShouldContain("- Heron Analytics: ");
        foreach (var line in text.Split('\n'))
        {
            line.Length.ShouldBeLessThanOrEqualTo(80, line);
            line.ShouldNotEndWith(" ");
        }
    }

    [Fact]
    public void RoutineCheckInsAreGroupedUnlessAllAreAskedFor()
    {
        var grouped = OfferDeskProcess.Run("advise", LargeSearch(), "--today", "2026-03-10").Stdout;
        var all = OfferDeskProcess.Run("advise", LargeSearch(), "--today", "2026-03-10", "--all").Stdout;

        grouped.ShouldContain("33 companies you have applied to: check in on each");
        grouped.Split('\n').Count(l => l.StartsWith("- Company ", StringComparison.Ordinal)).ShouldBe(0);
        all.ShouldNotContain("33 companies you have applied to");
        all.Split('\n').Count(l => l.StartsWith("- Company ", StringComparison.Ordinal)).ShouldBe(33);
    }
}
