using System.Runtime.CompilerServices;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// The apps these tests start watch their files (settings, static files) for changes. With the
/// operating system's watchers each app holds several inotify instances, and a machine allows a
/// user 128 of them: the many apps of a full run, started side by side, ran out of them and
/// failed at random. Polling watchers hold none; nothing in a test changes those files anyway.
/// </summary>
internal static class PollingWatchers
{
#pragma warning disable CA2255 // a module initializer in a test assembly: it runs before any app is built, which is the point
    [ModuleInitializer]
    internal static void Use() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
#pragma warning restore CA2255
}
