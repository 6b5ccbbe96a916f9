using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The endgame's timeline (issue 21) through every face: the Offers and Today pages, GET /api/timeline,
/// <c>offerdesk timeline</c>, and the calendar feed's alarms and decision dates.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class TimelineTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Day = "2026-03-10";

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheCliTheApiAndThePageGiveTheSameRowsForTheSameSearchAndDay(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var document = Documents.Endgame();
        await browser.PutPipelineAsync(document);

        var api = await browser.GetAsync($"/api/timeline?today={Day}");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        var apiText = await api.Content.ReadAsStringAsync();
        var file = Path.Combine(Path.GetTempPath(), $"offerdesk-timeline-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var (exit, cliText, stderr) = await Cli.RunAsync("timeline", file, "--today", Day, "--format", "json");
            exit.ShouldBe(0, stderr);
            cliText.TrimEnd().ShouldBe(apiText.TrimEnd(), "the CLI and the API write the same timeline document");
        }
        finally
        {
            File.Delete(file);
        }

        var json = JsonDocument.Parse(apiText).RootElement;
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("company").GetString()).ShouldBe(["Northwind Traders", "Bluebird Health", "Contoso Cloud"]);
        rows[1].GetProperty("deadline").GetString().ShouldBe("2026-03-13");
        rows[1].GetProperty("daysLeft").GetInt32().ShouldBe(3);
        rows[0].GetProperty("decisionBy").GetString().ShouldBe("2026-03-20");
        rows.Select(r => r.GetProperty("clash").GetBoolean()).ShouldBe([true, true, false]);
        var clash = json.GetProperty("clashes").EnumerateArray().ShouldHaveSingleItem();
        clash.GetProperty("words").GetString().ShouldBe("Bluebird Health's offer must be answered 7 days before Northwind Traders expects to decide.");
        clash.GetProperty("move").GetProperty("opportunity").GetString().ShouldBeOneOf("northwind", "bluebird");
        json.GetProperty("noDates").EnumerateArray().Select(n => n.GetString()).ShouldBe(["Fabrikam Studio"]);

        // The page, on the test app's day (the same 10 March): the same rows, dates and clash, in words.
        var page = Html.Parse(await browser.PageAsync("/offers"));
        var items = page.QuerySelectorAll(".timeline-list > ol > li").ToList();
        items.Select(li => li.QuerySelector("a")!.TextContent.Trim()).ShouldBe(rows.Select(r => r.GetProperty("company").GetString()));
        for (var i = 0; i < rows.Count; i++)
            items[i].QuerySelectorAll("ul > li").Select(li => li.TextContent.Trim())
                .ShouldBe(rows[i].GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        page.QuerySelector(".clash-words strong")!.TextContent.ShouldBe(clash.GetProperty("words").GetString());
        var answer = page.QuerySelector(".clash-words a")!;
        answer.GetAttribute("href").ShouldBe($"/#move-{clash.GetProperty("move").GetProperty("code").GetString()}-{clash.GetProperty("move").GetProperty("opportunity").GetString()}");
        answer.TextContent.ShouldBe("What to do: " + clash.GetProperty("move").GetProperty("summary").GetString());
        page.QuerySelectorAll(".timeline svg[role=img]").Length.ShouldBe(2, "a wide picture and a phone one");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TodayShowsTheTimelineWhileAnOfferIsLiveWithTheClashNextToItsMove(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.Endgame());

        var today = Html.Parse(await browser.PageAsync("/"));

        var href = today.QuerySelector(".timeline .clash-words a")!.GetAttribute("href")!;
        href.ShouldStartWith("#move-");
        today.QuerySelector(href).ShouldNotBeNull("the clash links to its move's card on the same page");
        today.QuerySelector(".timeline h2")!.TextContent.ShouldBe("Your clocks");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task WithoutAClashThePageSaysSoAndWithoutALiveOfferTodayHasNoTimeline(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.Endgame(northwindDecides: "2026-03-13"));

        var offers = Html.Parse(await browser.PageAsync("/offers"));
        offers.QuerySelector(".timeline .no-clash").ShouldNotBeNull();
        offers.QuerySelectorAll(".clash-words").ShouldBeEmpty();

        // Bluebird's offer turned down: nothing is live, and Today keeps to its moves.
        var declined = Documents.Endgame().Replace("\"stage\": \"offer\"", "\"stage\": \"declined\"");
        declined.ShouldNotBe(Documents.Endgame());
        await browser.PutPipelineAsync(declined);
        Html.Parse(await browser.PageAsync("/")).QuerySelector(".timeline").ShouldBeNull();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ADayThatIsNotADateIs400(string provider)
    {
        var client = await apps[provider].ApiUserAsync();

        var response = await client.GetAsync("/api/timeline?today=2026-02-30");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"today\"");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheCalendarFeedRingsBeforeTheDeadlineAndShowsTheDecisionDate(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await browser.PutPipelineAsync(Documents.Endgame());
        var create = await HtmlForm.LoadAsync(browser, "/settings", "handler=Feed#");
        (await create.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var feed = new Uri(Html.Parse(await browser.PageAsync("/settings")).QuerySelector(".feed-url")!.TextContent.Trim()).PathAndQuery;

        var (_, _, events) = Calendars.Read(await app.Browser().GetStringAsync(feed));

        var deadline = events.Single(e => e.Uid == "offer-deadline-bluebird@offerdesk");
        deadline.StartText.ShouldBe("2026-03-13");
        deadline.Alarms.Select(a => a.Before).ShouldBe([TimeSpan.FromHours(63), TimeSpan.FromHours(15)], "9:00 three days and one day before");
        deadline.Alarms[0].Description.ShouldBe("3 days left to answer Bluebird Health's offer.");
        var decision = events.Single(e => e.Uid == "decision-northwind@offerdesk");
        decision.Summary.ShouldBe("Northwind Traders decides");
        decision.Start.HasTime.ShouldBeFalse("an all-day event");
        decision.StartText.ShouldBe("2026-03-20");
    }
}
