using System.Text.Json;

namespace OfferDesk.Cli.Tests;

/// <summary><c>offerdesk init</c> writes an example search that the other commands take as it is.</summary>
public class InitCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheExampleSearchValidatesAndIsAdvised()
    {
        var file = _temp.PathOf("search.json");

        var init = OfferDeskProcess.Run("init", file);
        init.ExitCode.ShouldBe(0, init.ToString());
        init.Stdout.ShouldContain($"offerdesk advise {file}");

        var validate = OfferDeskProcess.Run("validate", file);
        validate.ExitCode.ShouldBe(0, validate.ToString());
        validate.Stdout.Trim().ShouldBe("ok: 4 opportunities");

        var text = OfferDeskProcess.Run("advise", file);
        text.ExitCode.ShouldBe(0, text.ToString());
        text.Stdout.ShouldStartWith("Advice for ");

        var json = OfferDeskProcess.Run("advise", file, "--format", "json");
        json.ExitCode.ShouldBe(0, json.ToString());
        using var advice = JsonDocument.Parse(json.Stdout);
        advice.RootElement.GetProperty("moves").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void InitWritesSearchJsonInTheCurrentFolderByDefault()
    {
        var run = OfferDeskProcess.RunIn(_temp.Path, null, "init");

        run.ExitCode.ShouldBe(0, run.ToString());
        File.Exists(_temp.PathOf("search.json")).ShouldBeTrue();
    }

    [Fact]
    public void InitDoesNotOverwriteWithoutForce()
    {
        var file = _temp.Write("search.json", "mine");

        var refused = OfferDeskProcess.Run("init", file);
        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Stderr.ShouldContain("already exists");
        File.ReadAllText(file).ShouldBe("mine");

        var forced = OfferDeskProcess.Run("init", file, "--force");
        forced.ExitCode.ShouldBe(0, forced.ToString());
        File.ReadAllText(file).ShouldStartWith("{");
    }

    [Fact]
    public void AnUnwritablePlaceIsReportedCleanly()
    {
        var run = OfferDeskProcess.Run("init", _temp.PathOf("no/such/folder/search.json"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain("could not write it");
        run.Stderr.ShouldNotContain("   at ");
    }
}
