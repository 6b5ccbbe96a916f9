using Microsoft.Playwright;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// Where screenshots go: $OFFERDESK_ARTIFACTS if set, else an "artifacts" folder next to the test
/// assembly. With OFFERDESK_UPDATE_SCREENSHOTS=true they are also copied to docs/screenshots/,
/// where the user guide shows them.
/// </summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("OFFERDESK_ARTIFACTS") is { Length: > 0 } env
                ? env
                : System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static bool UpdateDocs =>
        string.Equals(Environment.GetEnvironmentVariable("OFFERDESK_UPDATE_SCREENSHOTS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Saves a PNG of the page as <paramref name="name"/>.png and returns its path.</summary>
    /// <param name="height">With a full page, keep only its top this many pixels high.</param>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = false, bool forDocs = true, int? height = null)
    {
        var path = System.IO.Path.Combine(Folder, name + ".png");
        var options = new PageScreenshotOptions { Path = path, FullPage = fullPage, Type = ScreenshotType.Png };
        if (fullPage && height is { } h)
        {
            var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
            options.Clip = new() { X = 0, Y = 0, Width = size[0], Height = Math.Min(h, size[1]) };
        }
        await page.ScreenshotAsync(options);
        if (forDocs && UpdateDocs && RepositoryRoot() is { } root)
        {
            var docs = System.IO.Path.Combine(root, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, System.IO.Path.Combine(docs, name + ".png"), overwrite: true);
        }
        return path;
    }

    /// <summary>Saves a PNG of one part of the page (<paramref name="part"/>) as <paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(ILocator part, string name, bool forDocs = true)
    {
        var path = System.IO.Path.Combine(Folder, name + ".png");
        await part.ScreenshotAsync(new() { Path = path, Type = ScreenshotType.Png });
        if (forDocs && UpdateDocs && RepositoryRoot() is { } root)
        {
            var docs = System.IO.Path.Combine(root, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            File.Copy(path, System.IO.Path.Combine(docs, name + ".png"), overwrite: true);
        }
        return path;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OfferDesk.slnx"))) return dir.FullName;
        return null;
    }
}
