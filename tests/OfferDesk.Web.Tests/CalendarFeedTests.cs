using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The private calendar feed: made on /calendar, read anonymously by its secret address, revocable.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class CalendarFeedTests(WebApps apps) : IClassFixture<WebApps>
{
    private static async Task<string> CreateFeedAsync(HttpClient browser)
    {
        (await browser.PageAsync("/settings")).ShouldContain("Create my private feed");
        var create = await HtmlForm.LoadAsync(browser, "/settings", "handler=Feed#");
        (await create.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await browser.PageAsync("/settings");
        return FeedPath(html);
    }

    /// <summary>The feed's address as the page shows it (a secret of 48 hex digits).</summary>
    private static string FeedPath(string html)
    {
        var url = Html.Parse(html).QuerySelector(".feed-url")?.TextContent.Trim();
        url.ShouldNotBeNull("the page shows the feed's address");
        url.ShouldMatch("^http://localhost/calendar/[0-9a-f]{48}\\.ics$");
        return new Uri(url).PathAndQuery;
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANewFeedShowsItsAddressAndAnyoneWithItGetsACalendarThatParses(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        var feed = await CreateFeedAsync(browser);

        var response = await app.Browser().GetAsync(feed);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = await response.Content.ReadAsStringAsync();
        var (_, _, events) = Calendars.Read(ics);
        events.ShouldContain(e => e.Summary.Contains("Contoso Cloud") && e.StartText == "2026-03-13", "the scheduled interview, all day");
        events.ShouldContain(e => e.Summary.Contains("Bluebird Health") && e.StartText == "2026-03-15", "the offer's deadline");
        events.Count.ShouldBeGreaterThan(3);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ARevokedFeedIs404(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        var feed = await CreateFeedAsync(browser);
        (await app.Browser().GetAsync(feed)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await HtmlForm.LoadAsync(browser, "/settings", "handler=FeedOff");
        (await revoke.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.Browser().GetAsync(feed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.PageAsync("/settings")).ShouldContain("Create my private feed");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANewAddressRetiresTheOldOne(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        var first = await CreateFeedAsync(browser);

        var again = await HtmlForm.LoadAsync(browser, "/settings", "Make a new address");
        (await again.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = FeedPath(await browser.PageAsync("/settings"));

        second.ShouldNotBe(first);
        (await app.Browser().GetAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Browser().GetAsync(second)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ARandomTokenIs404(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await CreateFeedAsync(browser);

        var random = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        (await app.Browser().GetAsync($"/calendar/{random}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Browser().GetAsync("/calendar/short.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
