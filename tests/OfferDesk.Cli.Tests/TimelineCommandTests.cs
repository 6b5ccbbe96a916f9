namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk timeline</c>: every clock of the search, wrapped like <c>advise</c>, and the same document as the API.</summary>
public class TimelineCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // Bluebird's offer is due Friday 13 March; Northwind, the top choice, decides a week later.
    private const string Endgame = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam Lee" },
          "opportunities": [
            { "id": "northwind", "company": "Northwind Traders", "preference": 1, "stage": "interviewing",
              "process": { "decisionBy": "2026-03-20" },
              "contacts": [ { "name": "Maya Chen", "role": "recruiter", "phone": "+1 555 0101" } ],
              "interviews": [ { "at": "2026-03-03", "status": "done", "thankYouSent": true }, { "at": "2026-03-12", "status": "scheduled" } ] },
            { "id": "bluebird", "company": "Bluebird Health", "preference": 2, "stage": "offer", "wouldAccept": true,
              "offer": { "status": "written", "deadline": "2026-03-13", "startDate": "2026-04-06" } },
            { "id": "fabrikam", "company": "Fabrikam Studio", "stage": "applied", "appliedOn": "2026-03-02" }
          ]
        }
        """;

    private string Write(string json)
    {
        var file = _temp.PathOf("search.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public void TheTextListsEachCompanysDatesInWordsThenTheClashAndWhatToDo()
    {
        var run = OfferDeskProcess.Run("timeline", Write(Endgame), "--today", "2026-03-10");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldBe("Timeline from Tuesday, March 10, 2026");
        run.Stdout.ShouldContain("Northwind Traders (#1 choice) – clash\n  - interview on Thursday, March 12 (in 2 days)\n  - they said they would decide by Friday, March 20 (in 10 days)\n");
        run.Stdout.ShouldContain("Bluebird Health (#2 choice) – clash\n  - answer their offer by Friday, March 13 (3 days left)\n  - the job would start on Monday, April 6\n");
        run.Stdout.ShouldContain("Clashes\n! Bluebird Health's offer must be answered 7 days before Northwind Traders\n  expects to decide.\n  What to do: ");
        run.Stdout.ShouldContain("No dates yet for Fabrikam Studio.");
        foreach (var line in lines)
        {
            line.Length.ShouldBeLessThanOrEqualTo(80, line);
            line.ShouldBe(line.TrimEnd(), "no trailing spaces");
        }
        run.Stdout.ShouldNotContain("2026-03");
    }

    [Fact]
    public void TheJsonNamesTheClashAndTheMoveThatAnswersIt()
    {
        var file = Write(Endgame);
        var run = OfferDeskProcess.Run("timeline", file, "--today", "2026-03-10", "--format", "json");
        var advice = OfferDeskProcess.Run("advise", file, "--today", "2026-03-10", "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var clash = doc.RootElement.GetProperty("clashes").EnumerateArray().ShouldHaveSingleItem();
        clash.GetProperty("offer").GetString().ShouldBe("bluebird");
        clash.GetProperty("other").GetString().ShouldBe("northwind");
        clash.GetProperty("kind").GetString().ShouldBe("decision");
        clash.GetProperty("daysBefore").GetInt32().ShouldBe(7);
        using var moves = System.Text.Json.JsonDocument.Parse(advice.Stdout);
        var first = moves.RootElement.GetProperty("moves").EnumerateArray()
            .First(m => m.GetProperty("opportunity").GetString() is "northwind" or "bluebird");
        clash.GetProperty("move").GetProperty("code").GetString().ShouldBe(first.GetProperty("code").GetString());
        clash.GetProperty("move").GetProperty("summary").GetString().ShouldBe(first.GetProperty("summary").GetString());
    }

    [Fact]
    public void ASearchWithoutDatesSaysSo()
    {
        var run = OfferDeskProcess.Run("timeline", Write("""{ "version": 1, "opportunities": [ { "id": "a", "company": "Acme", "stage": "applied" } ] }"""), "--today", "2026-03-10");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.Replace("\n", " ").ShouldContain("No dates to show: no deadline, decision date, interview or start date from today on.");
        run.Stdout.ShouldContain("No dates yet for Acme.");
        run.Stdout.ShouldNotContain("Clashes");
    }

    [Fact]
    public void AMissingFileIsNamedAndNothingIsPrinted()
    {
        var missing = _temp.PathOf("nope.json");

        var run = OfferDeskProcess.Run("timeline", missing);

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain($"{missing}: no such file");
    }
}
