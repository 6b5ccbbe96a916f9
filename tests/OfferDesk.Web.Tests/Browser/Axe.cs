using System.Diagnostics;
using Microsoft.Playwright;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// axe-core, from npm into tests/.tools (git-ignored), injected from that file: nothing is loaded
/// from another host. .ci/run installs it; here the first use installs it when npm is present.
/// </summary>
public static class Axe
{
    public const string Version = "4.14.1";

    private static readonly Lazy<string?> script = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The path of axe.min.js, or null when it is missing and npm could not install it.</summary>
    public static string? ScriptPath => script.Value;

    private static string? Find()
    {
        var root = Repository.Root;
        if (root is null) return null;
        var tools = Path.Combine(root, "tests", ".tools");
        var path = Path.Combine(tools, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path) || !File.ReadAllText(Path.Combine(tools, "node_modules", "axe-core", "package.json")).Contains($"\"version\": \"{Version}\""))
        {
            Directory.CreateDirectory(tools);
            try
            {
                var psi = new ProcessStartInfo("npm") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tools };
                foreach (var a in new[] { "install", "--no-audit", "--no-fund", "--no-save", "--prefix", tools, $"axe-core@{Version}" }) psi.ArgumentList.Add(a);
                using var npm = Process.Start(psi);
                npm?.StandardOutput.ReadToEnd();
                npm?.StandardError.ReadToEnd();
                npm?.WaitForExit(120_000);
            }
            catch (System.ComponentModel.Win32Exception) { return null; }
        }
        return File.Exists(path) ? path : null;
    }

    /// <summary>Runs axe on the page as it is now; the violations, one line each, empty when clean.</summary>
    public static async Task<string[]> ViolationsAsync(IPage page)
    {
        var path = ScriptPath ?? throw new InvalidOperationException($"axe-core {Version} is not installed in tests/.tools and npm could not install it (run `npm install --prefix tests/.tools axe-core@{Version}`)");
        // Evaluated from the file rather than added as a <script> tag: the app's content policy
        // (script-src 'self') stays in force for the whole walk, so our own pages are tested under it.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(await File.ReadAllTextAsync(path));
        return await page.EvaluateAsync<string[]>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`);
            }
            """);
    }
}

/// <summary>The repository's root folder, found from the test assembly upwards.</summary>
public static class Repository
{
    public static string? Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "OfferDesk.slnx"))) return dir.FullName;
            return null;
        }
    }
}
