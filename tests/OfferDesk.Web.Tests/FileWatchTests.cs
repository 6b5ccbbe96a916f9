using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Test hosts watch no files (see <see cref="OfferDeskFactory"/>): each inotify instance counts
/// against a per-user limit (128 by default) shared with every other .NET process of the machine,
/// so a suite whose hosts watched their settings failed by the dozen beside another test run.
/// </summary>
public sealed class FileWatchTests
{
    [Fact]
    public async Task TestHostsServingPagesAndFilesOpenNoInotifyInstance()
    {
        if (!OperatingSystem.IsLinux()) return; // inotify is Linux's; elsewhere there is nothing to count

        var apps = Enumerable.Range(0, 3).Select(_ => new OfferDeskFactory()).ToList();
        try
        {
            foreach (var app in apps)
            {
                var browser = await app.PageUserAsync();
                (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await browser.GetAsync("/welcome")).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await browser.GetAsync("/css/site.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            // Hosts of other tests may be running at the same time in this process: none of them may watch either.
            InotifyInstances().ShouldBeEmpty("a test host opened an inotify instance (a file watcher)");
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
        }
    }

    /// <summary>This process's open inotify instances: descriptors that link to "anon_inode:inotify".</summary>
    private static List<string> InotifyInstances() =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => { try { return fd.LinkTarget; } catch (IOException) { return null; } })
            .Where(target => target == "anon_inode:inotify")
            .Select(target => target!)];
}
