using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Values a user can store or send that used to answer 500 later: each is either refused with
/// its location and nothing saved, or stored and shown; the account keeps working either way.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class StoredValueTests(WebApps apps) : IClassFixture<WebApps>
{
    private static string OfferDocument(string offerFields) => $$"""
        { "version": 1, "candidate": { "employment": "employed" }, "opportunities": [
          { "id": "big", "company": "Big Co", "preference": 1, "stage": "offer", "appliedOn": "2026-01-05",
            "offer": { "status": "written", "currency": "USD", {{offerFields}} } } ] }
        """;

    /// <summary>Refused with a located problem, or saved; either way every page and the API still answer.</summary>
    private static async Task ShouldBeRefusedOrShownAsync(HttpClient browser, string document, string path, params string[] pages)
    {
        var put = await browser.PutPipelineRawAsync(document);
        if (put.StatusCode == HttpStatusCode.BadRequest)
        {
            var body = await put.Content.ReadAsStringAsync();
            body.ShouldContain(path, customMessage: "a refusal names where the problem is");
            (await browser.PipelineAsync()).ShouldNotContain("\"big\"", customMessage: "nothing was saved");
        }
        else put.StatusCode.ShouldBe(HttpStatusCode.NoContent, $"{(int)put.StatusCode}: {await put.Content.ReadAsStringAsync()}");
        foreach (var page in pages.Append("/").Append("/search"))
            (await browser.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        (await browser.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/advice")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SalariesNearTheDecimalLimitDoNotBreakTheOffersPage(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await ShouldBeRefusedOrShownAsync(browser,
            OfferDocument("\"baseSalary\": 79228162514264337593543950335, \"signingBonus\": 79228162514264337593543950335, \"bonusTargetPercent\": 50"),
            "baseSalary", "/offers");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ALoneSurrogateInADocumentDoesNotBreakTheAccount(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await ShouldBeRefusedOrShownAsync(browser, """
            { "version": 1, "opportunities": [ { "id": "big", "company": "Big \ud800 Co", "stage": "applied", "appliedOn": "2026-01-05" } ] }
            """, "company");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnOfferDeadlineOnTheLastDayOfTheCalendarDoesNotBreakTheFeed(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        var create = await HtmlForm.LoadAsync(browser, "/settings", "handler=Feed#");
        (await create.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var feed = System.Text.RegularExpressions.Regex.Match(await browser.PageAsync("/settings"), "(/calendar/[0-9a-f]{48}\\.ics)").Groups[1].Value;
        feed.ShouldNotBeEmpty();

        await ShouldBeRefusedOrShownAsync(browser, OfferDocument("\"baseSalary\": 100000, \"deadline\": \"9999-12-31\""), "deadline", "/offers", "/settings");

        var ics = await app.Browser().GetAsync(feed);
        ics.StatusCode.ShouldBe(HttpStatusCode.OK, "the feed keeps working");
        (await ics.Content.ReadAsStringAsync()).ShouldContain("END:VCALENDAR");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANonAsciiReturnAddressAfterDoneRedirectsHereAndKeepsTheChange(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        var response = await browser.PostWithTokenAsync("/moves/done",
            ("code", "accelerate-preferred"), ("opportunity", "northwind"), ("choice", "take-other-offer"), ("returnUrl", "/search?note=café★"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldBe("/search?note=caf%C3%A9%E2%98%85");
        (await browser.PipelineAsync()).ShouldNotBe(before, "the move was recorded");
        (await browser.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var evil = await browser.PostWithTokenAsync("/moves/done", ("code", "defer-offer"), ("opportunity", "bluebird"), ("returnUrl", "//évil.example/"));
        evil.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        evil.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
