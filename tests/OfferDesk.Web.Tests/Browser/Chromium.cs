namespace OfferDesk.Web.Tests.Browser;

/// <summary>Where the browser tests find Chromium, and what to do when it is not there.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>On CI a missing browser is a failure, never a quiet skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string MissingOnCi =
        $"Chromium is not installed at {Path}, and CI=true: the browser tests must run on CI. " +
        "Install it with `apt-get install -y chromium` (the .ci/run script does this).";

    public const string SkipReason =
        $"Chromium is not installed at {Path}, so the browser tests are skipped here " +
        "(install it with `apt-get install -y chromium`; with CI=true they fail instead).";

    /// <summary>The launch flags this machine's Chromium needs to run headless in a container.</summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}

/// <summary>
/// A fact that needs Chromium: skipped, with the reason, where the browser is missing, unless
/// CI is "true"; then it runs, and the fixture fails it with <see cref="Chromium.MissingOnCi"/>.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsCi) Skip = Chromium.SkipReason;
    }
}
