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
        move.EnumerateObject().Select(p => p.Name).ShouldBe(["code", "opportunity", "company", "priority", "due", "channel", "summary", "why", "script"]);
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
        run.Stdout.ShouldContain("Call Dana Ruiz at Acme Corp.");
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
}
