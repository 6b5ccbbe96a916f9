namespace OfferDesk.Cli.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("advise", "--format")]
    [InlineData("script", "--opportunity")]
    [InlineData("timeline", "--format")]
    [InlineData("validate", "FILE")]
    [InlineData("init", "--force")]
    public void EachCommandExplainsItself(string command, string mentions)
    {
        var run = OfferDeskProcess.Run(command, "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("Usage:");
        run.Stdout.ShouldContain($"offerdesk {command}");
        run.Stdout.ShouldContain(mentions);
        run.Stderr.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void TheProgramListsItsCommands(string flag)
    {
        var run = OfferDeskProcess.Run(flag);

        run.ExitCode.ShouldBe(0, run.ToString());
        foreach (var command in new[] { "advise", "script", "timeline", "validate", "init" })
            run.Stdout.ShouldContain(command);
    }
}
