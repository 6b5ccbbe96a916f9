namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk digest</c> prints the morning message the email would carry, as text.</summary>
public class DigestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Example(string day)
    {
        var file = _temp.PathOf("search.json");
        var init = OfferDeskProcess.Run("init", file, "--today", day, "--force");
        init.ExitCode.ShouldBe(0, init.ToString());
        return file;
    }

    [Fact]
    public void TheDigestHasASubjectEveryDueMoveAndTheWarning()
    {
        var file = Example("2026-03-10");

        var run = OfferDeskProcess.Run("digest", file, "--today", "2026-03-16");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("Subject: ");
        run.Stdout.ShouldContain("Good morning, Sam.");
        run.Stdout.ShouldContain("Here is your job search for Monday, March 16:");
        run.Stdout.ShouldContain("Why: ");
        run.Stdout.ShouldContain("What to say:");
        run.Stdout.ShouldContain("Contact: Dana Ruiz, +1 555 0100, dana@northwind.example");
        // Every warning of the day's advice, word for word.
        var json = OfferDeskProcess.Run("advise", file, "--today", "2026-03-16", "--format", "json");
        using var advice = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var warnings = advice.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!).ToList();
        warnings.ShouldNotBeEmpty();
        run.Stdout.ShouldContain("Watch out\n");
        foreach (var w in warnings) Flat(run.Stdout).ShouldContain($" ! {Flat(w)}");
        // People's words, never the document's codes or dates.
        run.Stdout.ShouldNotContain("follow-up");
        run.Stdout.ShouldNotContain("2026-03");
    }

    [Fact]
    public void TheDigestMatchesTheAdviceMoveForMove()
    {
        var file = Example("2026-03-10");
        var json = OfferDeskProcess.Run("advise", file, "--today", "2026-03-10", "--format", "json");
        using var advice = System.Text.Json.JsonDocument.Parse(json.Stdout);

        var digest = OfferDeskProcess.Run("digest", file, "--today", "2026-03-10");

        var due = advice.RootElement.GetProperty("moves").EnumerateArray()
            .Where(m => string.CompareOrdinal(m.GetProperty("due").GetString(), "2026-03-10") <= 0).ToList();
        due.ShouldNotBeEmpty();
        foreach (var m in due)
        {
            Flat(digest.Stdout).ShouldContain(Flat(m.GetProperty("summary").GetString()!));
            Flat(digest.Stdout).ShouldContain(Flat(m.GetProperty("why").GetString()!));
        }
        digest.Stdout.ShouldContain($", and {due.Count - 1} more\n");
    }

    /// <summary>Text with its wrapping undone: every run of spaces and line breaks as one space.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void TheDigestIsWrappedLikeAdviseAndLosesNoWord()
    {
        var file = Example("2026-03-10");

        var run = OfferDeskProcess.Run("digest", file, "--today", "2026-03-16");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Stdout.Split('\n');
        // Into a pipe, 80 columns as advise; only a single word longer than that (an address) may stand out.
        foreach (var line in lines.Where(l => l.Trim().Contains(' ')))
            line.Length.ShouldBeLessThanOrEqualTo(80, line);
        lines.ShouldAllBe(l => l == l.TrimEnd());
        lines.Max(l => l.Length).ShouldBeGreaterThan(60, "wrapped near the width, not word by word");
    }

    [Fact]
    public void ADayWithNothingDueSaysSoAndPrintsNoMessage()
    {
        var file = _temp.Write("quiet.json", """
            { "version": 1, "today": "2026-03-10", "candidate": { "employment": "employed" },
              "opportunities": [ { "id": "acme", "company": "Acme Corp", "stage": "applied", "appliedOn": "2026-03-09" } ] }
            """);

        var run = OfferDeskProcess.Run("digest", file);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.Trim().ShouldBe("Nothing is due on Tuesday, March 10 and nothing needs watching: no morning message.");
    }

    [Fact]
    public void ABadDayIsNamedAndNothingIsPrinted()
    {
        var file = Example("2026-03-10");

        var run = OfferDeskProcess.Run("digest", file, "--today", "16 March");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("--today: \"16 March\" is not a date (YYYY-MM-DD)");
    }

    [Fact]
    public void InitDatesTheExampleAroundTheGivenDay()
    {
        var file = Example("2026-03-10");

        var text = File.ReadAllText(file);
        text.ShouldContain("\"deadline\": \"2026-03-15\"");
        var bad = OfferDeskProcess.Run("init", _temp.PathOf("other.json"), "--today", "tomorrow");
        bad.ExitCode.ShouldBe(2, bad.ToString());
        bad.Stderr.ShouldContain("--today: \"tomorrow\" is not a date");
        File.Exists(_temp.PathOf("other.json")).ShouldBeFalse();
    }
}
