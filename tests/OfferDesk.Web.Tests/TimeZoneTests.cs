using System.Net;
using System.Text.Json;
using OfferDesk.Core.Model;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// "Today" is the candidate's: with candidate.timeZone set, the API's advice and the Today page use
/// the date there, not the server's; a time typed without an offset means that zone, and the
/// calendar feed carries that instant (read back with Ical.Net). The app's clock stands at
/// 2026-03-10 09:00 UTC on a server in UTC.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class TimeZoneTests(WebApps apps) : IClassFixture<WebApps>
{
    // At 09:00 UTC on March 10 it is still 22:00 on March 9 in American Samoa (UTC-11).
    private const string Behind = "Pacific/Pago_Pago";
    private static readonly DateOnly ServerDay = new(2026, 3, 10);
    private static readonly DateOnly CandidateDay = new(2026, 3, 9);

    private static string SearchIn(string? zone) => Documents.Rival.Replace(
        "\"candidate\": { \"employment\": \"employed\", \"name\": \"Robin Park\" }",
        zone is null ? "\"candidate\": { \"employment\": \"employed\", \"name\": \"Robin Park\" }"
                     : $"\"candidate\": {{ \"employment\": \"employed\", \"name\": \"Robin Park\", \"timeZone\": \"{zone}\" }}");

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheApiAdvisesForTheDateInTheCandidatesZone(string provider)
    {
        var client = await apps[provider].ApiUserAsync();
        await client.PutPipelineAsync(SearchIn(null));
        (await client.AdviceAsync()).GetProperty("today").GetString().ShouldBe(Wording.Date(ServerDay), "no zone: the server's date");

        await client.PutPipelineAsync(SearchIn(Behind));

        (await client.AdviceAsync()).GetProperty("today").GetString().ShouldBe(Wording.Date(CandidateDay));
        (await client.AdviceAsync("2026-03-12")).GetProperty("today").GetString().ShouldBe("2026-03-12", "a given day still wins");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheTodayPageShowsTheDateInTheCandidatesZone(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(SearchIn(null));
        Html.Parse(await browser.PageAsync("/")).QuerySelector("h1")!.TextContent.ShouldBe($"Today, {Wording.Spoken(ServerDay)}");

        // Set under About you, as a person would.
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Profile");
        (await form.Set("timeZone", Behind).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Html.Parse(await browser.PageAsync("/")).QuerySelector("h1")!.TextContent.ShouldBe($"Today, {Wording.Spoken(CandidateDay)}");
        JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("candidate").GetProperty("timeZone").GetString().ShouldBe(Behind);
    }

    [Theory]
    [InlineData("sqlite", "America/Chicago", "15:00", "2026-03-20T20:00:00Z")]
    [InlineData("sqlite", "Europe/Paris", "15:00", "2026-03-20T14:00:00Z")]
    [InlineData("sqlite", "Asia/Kolkata", "15:00:00", "2026-03-20T09:30:00Z")]
    [PostgresInlineData("postgres", "America/Chicago", "15:00", "2026-03-20T20:00:00Z")]
    public async Task AnInterviewTypedAs1500IsAt1500InTheCandidatesZoneInTheCalendarFeed(string provider, string zone, string typed, string instant)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await browser.PutPipelineAsync(SearchIn(zone));
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/tailspin", OpportunityEditTests.Interviews);
        // The first interview row is the one already there; the second, blank, is for a new one:
        // a day and a time of day from the pickers, read in the candidate's zone.
        (await form.Set("Input.Interviews[1].Date", "2026-03-20").Set("Input.Interviews[1].Time", typed).Set("Input.Interviews[1].Kind", "final").SubmitAsync(browser))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The page shows it back as typed, in the candidate's zone.
        var shown = await HtmlForm.LoadAsync(browser, "/opportunities/tailspin", OpportunityEditTests.Interviews);
        (shown["Input.Interviews[1].Date"], shown["Input.Interviews[1].Time"]).ShouldBe(("2026-03-20", "15:00"));

        var create = await HtmlForm.LoadAsync(browser, "/settings", "handler=Feed#");
        (await create.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var feed = new Uri(Html.Parse(await browser.PageAsync("/settings")).QuerySelector(".feed-url")!.TextContent.Trim()).PathAndQuery;
        var ics = await (await app.Browser().GetAsync(feed)).Content.ReadAsStringAsync();

        var (_, _, events) = Calendars.Read(ics);
        var interview = events.Single(e => e.Uid == "interview-tailspin-1@offerdesk");
        interview.StartText.ShouldBe(instant);
        var there = NodaTime.Instant.FromDateTimeOffset(interview.Instant).InZone(NodaTime.DateTimeZoneProviders.Tzdb[zone]);
        (there.Hour, there.Minute).ShouldBe((15, 0), "15:00 where the candidate is");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SignUpAsksForTheZoneAndANewSearchStartsWithIt(string provider)
    {
        var app = apps[provider];
        var browser = app.Browser();
        var page = await browser.PageAsync("/account/register");
        var field = Html.Parse(page).QuerySelector("input#timeZone").ShouldNotBeNull();
        field.GetAttribute("value").ShouldBe("UTC", "without JavaScript, the server's zone");
        field.GetAttribute("data-browser-zone").ShouldBe("fill", "js/zone.js puts the browser's zone in");
        Html.Parse(page).QuerySelectorAll("#zone-names option").Length.ShouldBeGreaterThan(300);

        var email = $"zone-{Guid.NewGuid():N}@example.test";
        var form = HtmlForm.Find(page, "/account/register", "new-password");
        (await form.Set("email", email).Set("password", "correct horse battery staple").Set("timeZone", "Asia/Tokyo").SubmitAsync(browser))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var client = await SignInAsync(app, email);
        JsonDocument.Parse(await client.PipelineAsync()).RootElement.GetProperty("candidate").GetProperty("timeZone").GetString().ShouldBe("Asia/Tokyo");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AZoneThatIsNotOneIsRefusedByItsLabelAndCreatesNothing(string provider)
    {
        var app = apps[provider];
        var browser = app.Browser();
        var email = $"nozone-{Guid.NewGuid():N}@example.test";
        var form = await HtmlForm.LoadAsync(browser, "/account/register", "new-password");

        var response = await form.Set("email", email).Set("password", "correct horse battery staple").Set("timeZone", "Mars/Olympus").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        Html.FieldError(html, "timeZone").ShouldNotBeNull().ShouldContain("is not a time zone");
        HtmlForm.Control(html, "timeZone")!["value"].ShouldBe("Mars/Olympus", "what was typed is kept");
        (await app.CreateClient().PostAsync("/api/auth/login", JsonContent(email))).StatusCode.ShouldNotBe(HttpStatusCode.OK, "no account was made");

        // Under About you too.
        var user = await app.PageUserAsync();
        var about = await HtmlForm.LoadAsync(user, "/settings", "handler=Profile");
        var refused = await about.Set("timeZone", "central time").SubmitAsync(user);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await refused.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Your time zone");
        problem.Href.ShouldBe("#timeZone");
    }

    private static StringContent JsonContent(string email) =>
        new(JsonSerializer.Serialize(new { email, password = "correct horse battery staple" }), System.Text.Encoding.UTF8, "application/json");

    private static async Task<HttpClient> SignInAsync(OfferDeskFactory app, string email)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsync("/api/auth/login", JsonContent(email));
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
