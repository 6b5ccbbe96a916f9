namespace OfferDesk.Cli.Tests;

/// <summary>Bad input: exit 2, one located line per problem on stderr, and never a stack trace.</summary>
public class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string ThreeProblems = """
        { "version": 1, "opportunities": [
          { "id": "acme", "company": "Acme Corp", "stage": "interviewing", "appliedOn": "2026-02-30" },
          { "id": "beta", "company": "Beta Inc", "stage": "hired" },
          { "id": "carol", "company": "Carol Labs", "stage": "offer", "offer": { "status": "written", "deadline": "2026-13-01" } }
        ] }
        """;

    private static void ShouldBeCleanFailure(CliRun run, int exitCode = 2)
    {
        run.ExitCode.ShouldBe(exitCode, run.ToString());
        run.Stderr.ShouldNotContain("   at ");
        run.Stdout.ShouldNotContain("   at ");
        run.Stderr.ShouldNotContain("Exception");
        run.Stderr.Trim().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("advise")]
    [InlineData("validate")]
    public void EveryProblemGetsItsOwnLocatedLine(string command)
    {
        var file = _temp.Write("bad.json", ThreeProblems);
        var run = OfferDeskProcess.Run(command, file);

        ShouldBeCleanFailure(run);
        run.Stdout.ShouldBeEmpty();
        // Each line names the file first (issue 19), then the place in it.
        run.ErrorLines.ShouldBe(
        [
            $"{file}: opportunities[0].appliedOn: \"2026-02-30\" is not a date (YYYY-MM-DD)",
            $"{file}: opportunities[1].stage: \"hired\" is not one of applied, interviewing, offer, accepted, declined, rejected, withdrawn",
            $"{file}: opportunities[2].offer.deadline: \"2026-13-01\" is not a date (YYYY-MM-DD)",
        ]);
    }

    [Fact]
    public void ScriptReadsTheDocumentTheSameWay()
    {
        var run = OfferDeskProcess.Run("script", "follow-up", "--opportunity", "acme", _temp.Write("bad.json", ThreeProblems));

        ShouldBeCleanFailure(run);
        run.ErrorLines.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"opportunities\": [ ", "not valid JSON (line ")]
    [InlineData("", "the document is empty")]
    [InlineData("[1, 2, 3]", "expected a JSON object, found an array")]
    [InlineData("{ \"version\": 1, \"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"offer\" } ] }", "opportunities[0].offer: is required when the stage is offer")]
    [InlineData("{ \"version\": 1, \"opportunities\": [ { \"id\": \"a\", \"company\": \"A\", \"stage\": \"applied\", \"interviews\": [ { \"at\": \"2026-11-18T15:00:00\" } ] } ] }", "opportunities[0].interviews[0].at: ")]
    public void ABadDocumentIsExplainedNotThrown(string content, string message)
    {
        var file = _temp.Write("bad.json", content);
        var run = OfferDeskProcess.Run("advise", file);

        ShouldBeCleanFailure(run);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"{file}: {message}");
    }

    [Fact]
    public void DeeplyNestedJsonIsExplainedNotThrown()
    {
        var run = OfferDeskProcess.Run("advise", _temp.Write("deep.json", new string('[', 100_000) + new string(']', 100_000)));

        ShouldBeCleanFailure(run);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var missing = _temp.PathOf("nowhere.json");

        var run = OfferDeskProcess.Run("advise", missing);

        ShouldBeCleanFailure(run);
        run.ErrorLines.ShouldBe([$"{missing}: no such file"]);
    }

    [Fact]
    public void AFolderIsNotADocument()
    {
        ShouldBeCleanFailure(OfferDeskProcess.Run("advise", _temp.Path));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("tomorrow")]
    [InlineData("2026-3-1")]
    [InlineData("")]
    public void ABadTodayIsRefused(string today)
    {
        var file = _temp.Write("ok.json", """{ "version": 1, "opportunities": [] }""");

        foreach (var run in new[]
        {
            OfferDeskProcess.Run("advise", file, "--today", today),
            OfferDeskProcess.Run("script", "follow-up", "--opportunity", "x", file, "--today", today),
        })
        {
            ShouldBeCleanFailure(run);
            run.Stderr.ShouldContain("--today");
        }
    }

    [Theory]
    [InlineData("advise")]
    [InlineData("init")]
    public void ATodayOutsideTheDocumentsYearsIsBadInputNotACrash(string command)
    {
        var file = command == "init" ? Path.Combine(Path.GetTempPath(), $"offerdesk-{Guid.NewGuid():N}.json") : _temp.Write("bad.json", ThreeProblems);

        var run = OfferDeskProcess.Run(command, file, "--today", "0001-01-01");

        ShouldBeCleanFailure(run);
        run.ErrorLines[0].ShouldBe("--today: 0001-01-01 is not a day we advise for: use a date in the years 1900 to 2200");
        File.Exists(file).ShouldBe(command == "advise");
    }

    [Fact]
    public void ABadTodayAndABadDocumentAreBothReported()
    {
        var run = OfferDeskProcess.Run("advise", _temp.Write("bad.json", ThreeProblems), "--today", "2026-02-30");

        ShouldBeCleanFailure(run);
        run.ErrorLines.Count.ShouldBe(4);
        run.ErrorLines[0].ShouldBe("--today: \"2026-02-30\" is not a date (YYYY-MM-DD)");
    }

    [Theory]
    [InlineData("advise")]
    [InlineData("advise", "a.json", "--format", "xml")]
    [InlineData("advise", "a.json", "--colour")]
    [InlineData("script", "follow-up", "a.json")]
    [InlineData("frobnicate")]
    [InlineData("validate", "a.json", "b.json")]
    public void AMistakeOnTheCommandLineExitsTwo(params string[] args)
    {
        var run = OfferDeskProcess.RunIn(_temp.Path, null, args);

        ShouldBeCleanFailure(run);
    }

    [Fact]
    public void RunAloneItShowsItsUsage()
    {
        var run = OfferDeskProcess.Run();
        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldContain("Usage:");
        foreach (var command in new[] { "advise", "digest", "script", "validate", "init", "backup", "restore" }) run.Stdout.ShouldContain(command);
    }

    [Theory]
    [InlineData("advice", "Did you mean \"advise\"?")]
    [InlineData("valdate", "Did you mean \"validate\"?")]
    [InlineData("frobnicate", "the commands are advise, digest, script, timeline, validate, init, backup, restore")]
    public void AMistypedCommandGetsOneLineAndTheNearestCommand(string typed, string says)
    {
        var run = OfferDeskProcess.Run(typed, "search.json");
        ShouldBeCleanFailure(run);
        run.ErrorLines.Count.ShouldBe(2, run.ToString());
        run.ErrorLines[0].ShouldContain($"\"{typed}\" is not a command");
        run.ErrorLines[0].ShouldContain(says);
    }

    [Fact]
    public void InvalidJsonNamesTheFile()
    {
        var file = _temp.Write("broken.json", "{ \"version\": 1, ");
        var run = OfferDeskProcess.Run("validate", file);
        ShouldBeCleanFailure(run);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"{file}: ");
    }
}
