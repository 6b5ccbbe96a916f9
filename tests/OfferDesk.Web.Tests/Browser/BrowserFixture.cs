using Microsoft.Playwright;

namespace OfferDesk.Web.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Playwright driving this machine's Chromium (never a downloaded one). Each test gets its own
/// browser on a new, empty profile, so cookies and settings never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>How long a page may take to come back after a post, on a busy two-core machine running every test assembly at once (ms).</summary>
    public const int Wait = 15_000;

    private IPlaywright? _playwright;
    private readonly List<string> _profiles = [];

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        _playwright = await Playwright.CreateAsync();
    }

    /// <summary>A fresh headless Chromium with one context, 1200×900, English, UTC.</summary>
    public async Task<IBrowserContext> LaunchAsync(bool javaScript = true)
    {
        if (!Chromium.IsInstalled) Assert.Fail(Chromium.MissingOnCi);
        var profile = Path.Combine(Path.GetTempPath(), $"offerdesk-chromium-{Guid.NewGuid():N}");
        Directory.CreateDirectory(profile);
        lock (_profiles) _profiles.Add(profile);
        var context = await _playwright!.Chromium.LaunchPersistentContextAsync(profile, new()
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Args,
            ViewportSize = new() { Width = 1200, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public Task DisposeAsync()
    {
        _playwright?.Dispose();
        foreach (var dir in _profiles)
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
