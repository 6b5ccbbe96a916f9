using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// <c>offerdesk restore</c> under a running app (SQLite: PostgreSQL restores with its own
/// tools): no session from before the restore gets in, and nothing cached from before is served.
/// </summary>
public sealed class RestoreTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private static readonly Uri Site = new("http://localhost");
    private readonly string _dir = Directory.CreateTempSubdirectory("offerdesk-restore-").FullName;

    [Fact]
    public async Task AfterARestoreNoSessionFromBeforeGetsInAndNoCachedPageIsServed()
    {
        var live = Path.Combine(_dir, "live.db");
        var backup = Path.Combine(_dir, "backup.db");
        await using var app = new OfferDeskFactory("sqlite", $"Data Source={live}");
        var jar = new CookieContainer();
        var browser = app.CreateDefaultClient(Site, new CookieContainerHandler(jar));
        var email = $"restore-{Guid.NewGuid():N}@example.test";
        var register = await HtmlForm.LoadAsync(browser, "/account/register", "name=\"password\"");
        (await register.Set("email", email).Set("password", Password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var login = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        (await login.Set("email", email).Set("password", Password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        browser.RememberAccount(email, Password);
        await browser.PutPipelineAsync("""{ "version": 1, "opportunities": [ { "id": "old", "company": "Before The Backup", "stage": "applied", "appliedOn": "2026-03-01" } ] }""");
        var made = await Cli.RunAsync("backup", backup, "--db", live);
        made.Exit.ShouldBe(0, made.Stderr);

        // After the backup: a new version of the search, with its page rendered and cached.
        await browser.PutPipelineAsync("""{ "version": 1, "opportunities": [ { "id": "new", "company": "After The Backup", "stage": "applied", "appliedOn": "2026-03-02" } ] }""");
        (await browser.PageAsync("/search")).ShouldContain("After The Backup");
        var etagBefore = (await browser.GetAsync("/api/pipeline")).Headers.ETag!.Tag;

        var restored = await Cli.RunAsync("restore", backup, "--db", live);
        restored.Exit.ShouldBe(0, restored.Stderr);

        // Cookies are checked against the account's security stamp once a minute (on the app's clock).
        app.Clock.Now += TimeSpan.FromMinutes(2);
        var after = await browser.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a session from before the restore must sign in again");
        after.Location().ShouldContain("/account/login");

        var again = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        (await again.Set("email", email).Set("password", Password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var search = await browser.PageAsync("/search");
        search.ShouldContain("Before The Backup");
        search.ShouldNotContain("After The Backup", customMessage: "a page cached before the restore must not be served");
        (await browser.GetAsync("/api/pipeline")).Headers.ETag!.Tag.ShouldNotBe(etagBefore, "an ETag from before the restore must not match restored data");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
