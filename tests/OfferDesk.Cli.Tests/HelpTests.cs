using System.CommandLine;
using OfferDesk.Cli;

namespace OfferDesk.Cli.Tests;

/// <summary>
/// Every command explains itself: the list comes from the program's own command tree, so a command
/// added later is checked without anyone remembering to add it here.
/// </summary>
public class HelpTests
{
    public static TheoryData<string> EveryCommand()
    {
        var data = new TheoryData<string>();
        foreach (var command in Commands.Build().Subcommands) data.Add(command.Name);
        return data;
    }

    [Fact]
    public void TheProgramHasTheCommandsItsGuideNames()
    {
        Commands.Build().Subcommands.Select(c => c.Name)
            .ShouldBe(["advise", "digest", "script", "timeline", "offers", "validate", "init", "backup", "restore"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EachCommandExplainsItselfAndEveryOption(string name)
    {
        var command = Commands.Build().Subcommands.Single(c => c.Name == name);

        var run = OfferDeskProcess.Run(name, "--help");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("Usage:");
        run.Stdout.ShouldContain($"offerdesk {name}");
        var help = OneLine(run.Stdout);
        help.ShouldContain(OneLine(command.Description!));
        foreach (var option in command.Options)
        {
            help.ShouldContain(option.Name, customMessage: $"{name} --help should name {option.Name}");
            if (option.Description is { Length: > 0 } said) help.ShouldContain(OneLine(said), customMessage: $"{name} --help should say what {option.Name} does");
        }
        foreach (var argument in command.Arguments)
            run.Stdout.ShouldContain(argument.Name, customMessage: $"{name} --help should name its {argument.Name}");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void TheProgramListsEveryCommand(string flag)
    {
        var run = OfferDeskProcess.Run(flag);

        run.ExitCode.ShouldBe(0, run.ToString());
        foreach (var command in Commands.Build().Subcommands)
        {
            run.Stdout.ShouldContain(command.Name);
            OneLine(run.Stdout).ShouldContain(OneLine(command.Description!));
        }
    }

    // Help wraps its text to the terminal's width: compare words, not line breaks.
    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
