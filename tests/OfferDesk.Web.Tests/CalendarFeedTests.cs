using System.Net;
using System.Text.RegularExpressions;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The private calendar feed: made on /calendar, read anonymously by its secret address, revocable.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed partial class CalendarFeedTests(WebApps apps) : IClassFixture<WebApps>
{
    private static async Task<string> CreateFeedAsync(HttpClient browser)
    {
        (await browser.PageAsync("/calendar")).ShouldContain("Create my private feed");
        var create = await HtmlForm.LoadAsync(browser, "/calendar", "handler=Create");
        (await create.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await browser.PageAsync("/calendar");
        var url = FeedUrl().Match(html);
        url.Success.ShouldBeTrue("the page shows the feed's address");
        return new Uri(url.Groups[1].Value).PathAndQuery;
    }

    [ICalendarTheory]
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
        var events = await ICalendar.ParseEventsAsync(ics);
        events.ShouldContain(e => e.Summary.Contains("Contoso Cloud") && e.Start == "2026-03-13", "the scheduled interview, all day");
        events.ShouldContain(e => e.Summary.Contains("Bluebird Health") && e.Start == "2026-03-15", "the offer's deadline");
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

        var revoke = await HtmlForm.LoadAsync(browser, "/calendar", "handler=Revoke");
        (await revoke.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.Browser().GetAsync(feed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.PageAsync("/calendar")).ShouldContain("Create my private feed");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANewAddressRetiresTheOldOne(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        var first = await CreateFeedAsync(browser);

        var again = await HtmlForm.LoadAsync(browser, "/calendar", "Make a new address");
        (await again.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = new Uri(FeedUrl().Match(await browser.PageAsync("/calendar")).Groups[1].Value).PathAndQuery;

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

    [GeneratedRegex("class=\"feed-url\"[^>]*>(http://localhost/calendar/[0-9a-f]{48}\\.ics)<")]
    private static partial Regex FeedUrl();
}
