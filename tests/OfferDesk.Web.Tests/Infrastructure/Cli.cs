using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>The real <c>offerdesk</c> command, built with this project (see the csproj).</summary>
public static class Cli
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> adviceCache = new();

    public static string DllPath
    {
        get
        {
            var path = typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "OfferDeskCliPath").Value!;
            if (!File.Exists(path)) throw new InvalidOperationException($"the CLI is not built at {path}: build tests/OfferDesk.Web.Tests, which builds src/OfferDesk.Cli");
            return path;
        }
    }

    /// <summary>
    /// The stdout of <c>offerdesk advise FILE --today DATE --format json</c> for a pipeline
    /// document, run once per (document, day) for the whole test run.
    /// </summary>
    public static Task<string> AdviseJsonAsync(string pipelineJson, string today) =>
        adviceCache.GetOrAdd($"{today}\n{pipelineJson}", _ => new Lazy<Task<string>>(() => Task.Run(() => RunAdviseAsync(pipelineJson, today)))).Value;

    /// <summary>
    /// Starts the CLI for many documents in the background, a few at a time, so the process
    /// start-ups overlap with the tests' own work; <see cref="AdviseJsonAsync"/> then finds them done.
    /// </summary>
    public static void Prefetch(IEnumerable<(string PipelineJson, string Today)> runs)
    {
        foreach (var (pipeline, today) in runs) _ = AdviseJsonAsync(pipeline, today);
    }

    private static readonly SemaphoreSlim slots = new(Math.Max(2, Environment.ProcessorCount));

    private static async Task<string> RunAdviseAsync(string pipelineJson, string today)
    {
        await slots.WaitAsync();
        try
        {
            return await RunOnceAsync(pipelineJson, today);
        }
        finally
        {
            slots.Release();
        }
    }

    private static async Task<string> RunOnceAsync(string pipelineJson, string today)
    {
        var file = Path.Combine(Path.GetTempPath(), $"offerdesk-web-tests-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, pipelineJson);
        try
        {
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
            var psi = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var a in new[] { DllPath, "advise", file, "--today", today, "--format", "json" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start the CLI");
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await p.WaitForExitAsync(timeout.Token);
            if (p.ExitCode != 0) throw new InvalidOperationException($"offerdesk advise exited {p.ExitCode}: {await stderr}");
            return await stdout;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs <c>offerdesk</c> with these arguments; its exit code and what it printed.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(DllPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start the CLI");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}
