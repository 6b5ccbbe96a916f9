namespace OfferDesk.Cli.Tests;

/// <summary>
/// A document is not allowed to drive the terminal: escape sequences and other control
/// characters in what it holds (a company name pasted from a web page, a shared file) are
/// dropped from everything the command prints, on stdout and stderr alike.
/// </summary>
public sealed class TerminalSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // ESC ] 52 writes the clipboard; ESC [ 2J clears the screen; BEL, backspace, CR, C1 CSI and DEL.
    private const string Hostile = """
        { "version": 1, "today": "2026-03-10", "candidate": { "employment": "employed", "name": "Sam\u001b]52;c;ZXZpbA==\u0007" },
          "opportunities": [
            { "id": "acme", "company": "Acme\u001b[2J\u001b[31m Corp\u0008\r\u009b\u007f", "role": "Engineer\u001b[0m", "preference": 1,
              "stage": "interviewing", "appliedOn": "2026-02-01", "lastHeardFrom": "2026-03-09",
              "notes": "line one\nline\ttwo\u001b[1A",
              "contacts": [ { "name": "Pat\u001b[8m", "role": "hiring-manager" } ],
              "interviews": [ { "at": "2026-03-12", "kind": "onsite\u001b[5m", "status": "scheduled" } ] }
          ] }
        """;

    private static void ShouldHoldNoControlCharacters(string text, string stream)
    {
        foreach (var c in text)
            (c is '\n' or '\t' || !char.IsControl(c)).ShouldBeTrue($"{stream} holds U+{(int)c:X4}:\n{text}");
    }

    [Theory]
    [InlineData("advise", "--scripts")]
    [InlineData("validate", null)]
    public void NothingPrintedCarriesAControlCharacterFromTheDocument(string command, string? option)
    {
        var file = _temp.Write("hostile.json", Hostile);
        var run = option is null ? OfferDeskProcess.Run(command, file) : OfferDeskProcess.Run(command, file, option);

        // The document's rules refuse control characters in any text (docs/LIMITS.md), each
        // located; the refusal itself must not carry them to the terminal either.
        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("opportunities[0].company");
        run.Stderr.ShouldContain("candidate.name");
        ShouldHoldNoControlCharacters(run.Stdout, "stdout");
        ShouldHoldNoControlCharacters(run.Stderr, "stderr");
    }

    [Fact]
    public void AScriptForACompanyWithEscapeSequencesIsPrintedClean()
    {
        var run = OfferDeskProcess.Run("script", "accelerate-preferred", "--opportunity", "acme", _temp.Write("hostile.json", Hostile), "--today", "2026-03-10");

        ShouldHoldNoControlCharacters(run.Stdout, "stdout");
        ShouldHoldNoControlCharacters(run.Stderr, "stderr");
    }

    [Fact]
    public void AProblemQuotingAControlCharacterIsPrintedClean()
    {
        var run = OfferDeskProcess.Run("advise", _temp.Write("bad.json", """
            { "version": 1, "opportunities": [ { "id": "acme", "company": "Acme", "stage": "applied", "appliedOn": "2026-02-30\u001b[2J" } ] }
            """));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("appliedOn");
        ShouldHoldNoControlCharacters(run.Stderr, "stderr");
    }
}
