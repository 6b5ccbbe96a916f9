using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OfferDesk.Cli.Tests;

/// <summary>
/// The README's way in: pack the CLI as a .NET tool, install it, and run the README's examples
/// with the installed <c>offerdesk</c> command. Installed into a folder of the test's own
/// (<c>--tool-path</c>) rather than globally, so the run leaves the machine as it was.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OfferDesk.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the tests run inside the repository");
    }

    /// <summary>The lines of the README's first code block that holds <paramref name="marker"/>.</summary>
    private static List<string> ReadmeBlock(string readme, string marker)
    {
        foreach (Match block in Regex.Matches(readme, "```\\n(.*?)```", RegexOptions.Singleline))
            if (block.Groups[1].Value.Contains(marker))
                return [.. block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        throw new InvalidOperationException($"no code block in the README holds {marker}");
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} ran for more than {timeout}");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Splits a README command line into words, dropping its trailing comment.</summary>
    private static List<string> Words(string line)
    {
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return [.. (hash < 0 ? line : line[..hash]).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    [Fact]
    public void TheReadmeInstallsTheToolAndItsExamplesRun()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var install = ReadmeBlock(readme, "dotnet tool install");
        install.ShouldBe(["dotnet pack src/OfferDesk.Cli -o ./nupkg", "dotnet tool install --global --add-source ./nupkg offerdesk"]);

        // The README's two commands, with the package folder and a tool path of this test's own.
        var nupkg = _temp.PathOf("nupkg");
        var tools = _temp.PathOf("tools");
        var pack = Run(root, "dotnet", [.. Words(install[0]).Skip(1).Select(w => w == "./nupkg" ? nupkg : w)], TimeSpan.FromMinutes(4));
        pack.ExitCode.ShouldBe(0, pack.Output);
        var add = Run(root, "dotnet", [.. Words(install[1]).Skip(1).Select(w => w == "./nupkg" ? nupkg : w == "--global" ? "--tool-path" : w).SelectMany(w => w == "--tool-path" ? new[] { w, tools } : [w])], TimeSpan.FromMinutes(2));
        add.ExitCode.ShouldBe(0, add.Output);
        var offerdesk = Path.Combine(tools, "offerdesk");
        File.Exists(offerdesk).ShouldBeTrue(add.Output);

        // Every example of the README's command-line block, as written, with the installed command.
        var work = _temp.PathOf("work");
        Directory.CreateDirectory(work);
        var outputs = new Dictionary<string, string>();
        foreach (var line in ReadmeBlock(readme, "offerdesk init"))
        {
            var words = Words(line);
            words[0].ShouldBe("offerdesk", line);
            var run = Run(work, offerdesk, words.Skip(1), TimeSpan.FromMinutes(1));
            run.ExitCode.ShouldBe(0, $"{line}\n{run.Output}");
            outputs[string.Join(' ', words.Skip(1))] = run.Output;
        }

        var advise = outputs["advise search.json --today 2026-03-10 --scripts"];
        advise.ShouldStartWith("Advice for Tuesday, March 10, 2026");
        advise.ShouldContain("Call Dana Ruiz at Northwind Traders (+1 555 0100).");
        var weekOn = outputs["advise search.json --today 2026-03-16"];
        weekOn.ShouldContain("Warnings\n");
        weekOn.ShouldContain("The deadline on the Bluebird Health offer has passed");
        outputs["digest search.json --today 2026-03-16"].ShouldStartWith("Subject: ");
        outputs["validate search.json"].Trim().ShouldBe("ok: 4 opportunities");
    }
}
