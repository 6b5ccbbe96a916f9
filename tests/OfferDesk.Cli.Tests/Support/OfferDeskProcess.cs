using System.Diagnostics;

namespace OfferDesk.Cli.Tests.Support;

/// <summary>What one run of the real <c>offerdesk</c> program gave back.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the built CLI, <c>dotnet offerdesk.dll ...</c>, as a separate process, exactly as a user
/// would. The dll sits next to the test assembly (copied there by the project reference).
/// </summary>
public static class OfferDeskProcess
{
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "offerdesk.dll");

    public static CliRun Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), null, args);

    public static CliRun RunWithInput(string stdin, params string[] args) => RunIn(Directory.GetCurrentDirectory(), stdin, args);

    public static CliRun RunIn(string workingDirectory, string? stdin, params string[] args)
    {
        File.Exists(Dll).ShouldBeTrue($"the CLI should be built next to the tests: {Dll}");
        File.Exists(Path.ChangeExtension(Dll, ".runtimeconfig.json")).ShouldBeTrue("offerdesk.runtimeconfig.json is needed to run it");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"offerdesk {string.Join(' ', args)} ran for more than 60 s");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary folder for one test's files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("offerdesk-cli-tests-").FullName;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
