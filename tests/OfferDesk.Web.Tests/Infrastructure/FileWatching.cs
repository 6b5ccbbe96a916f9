using System.Runtime.CompilerServices;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// The test hosts read their settings once and watch no files. Every app a test starts would
/// otherwise watch its settings files through inotify, one instance per watcher, and the many
/// apps alive at once in this assembly reached Linux's default limit of 128 instances per user
/// ("The configured user limit (128) on the number of inotify instances has been reached"),
/// failing whichever test started an app next. Nothing a test checks changes a settings file.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void Off()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
