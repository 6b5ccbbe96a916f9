using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The Today page and its "Done" forms (POST /moves/done).</summary>
[Collection(PostgresServer.CollectionName)]
public sealed partial class TodayPageTests(WebApps apps) : IClassFixture<WebApps>
{
    private async Task<HttpClient> ExampleUserAsync(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    /// <summary>The "Done" form inside one move's card.</summary>
    private static async Task<HtmlForm> LoadDoneAsync(HttpClient browser, string code, string opportunity, string page = "/")
    {
        var html = await browser.PageAsync(page);
        var card = html[html.IndexOf($"id=\"move-{code}-{opportunity}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
        return HtmlForm.Find(card, page, "action=\"/moves/done\"");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheExampleShowsEveryMoveGroupedByPriorityWithItsScriptAndADoneForm(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var advice = await browser.AdviceAsync();
        var html = await browser.PageAsync("/");

        var moves = advice.GetProperty("moves").EnumerateArray().ToList();
        moves.Count.ShouldBeGreaterThan(2);
        var headings = GroupHeading().Matches(html).Select(m => m.Groups[1].Value).ToList();
        // The first move stands alone under "Start here"; the others follow, one group per priority.
        var priorities = moves.Skip(1).Select(m => m.GetProperty("priority").GetString()!).Distinct().ToList();
        headings.ShouldBe(priorities, "one group per priority, most pressing first");
        var start = html[html.IndexOf("aria-labelledby=\"g-start\"", StringComparison.Ordinal)..];
        start = start[..start.IndexOf("</section>", StringComparison.Ordinal)];
        start.ShouldContain($"id=\"move-{moves[0].GetProperty("code").GetString()}-{moves[0].GetProperty("opportunity").GetString()}\"");
        start.ShouldContain("<details class=\"script\" open");
        var positions = moves.Select(m => html.IndexOf($"id=\"move-{m.GetProperty("code").GetString()}-{m.GetProperty("opportunity").GetString()}\"", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p > 0);
        positions.ShouldBe(positions.Order().ToList(), "moves in the advice's order");

        foreach (var m in moves)
        {
            var code = m.GetProperty("code").GetString()!;
            var opportunity = m.GetProperty("opportunity").GetString()!;
            var card = html[html.IndexOf($"id=\"move-{code}-{opportunity}\"", StringComparison.Ordinal)..];
            card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
            var group = html[..html.IndexOf($"id=\"move-{code}-{opportunity}\"", StringComparison.Ordinal)];
            if (m.GetProperty("code").GetString() != moves[0].GetProperty("code").GetString() || opportunity != moves[0].GetProperty("opportunity").GetString())
                GroupHeading().Matches(group).Last().Groups[1].Value.ShouldBe(m.GetProperty("priority").GetString());
            if (m.GetProperty("script").GetString() is { Length: > 0 } script)
                WebUtility.HtmlDecode(card).ShouldContain(script.Split('\n')[0]);
            if (code == "keep-interviewing") card.ShouldNotContain("/moves/done");
            else card.ShouldContain("action=\"/moves/done\"");
        }
        html.ShouldContain("id=\"script-accelerate-preferred-northwind\"");
        html.ShouldContain("href=\"/opportunities/northwind/prep/accelerate-preferred\"");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TakeTheOtherOfferOnThePreferredCallProposesAcceptingTheOffer(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        Http.Moves(await browser.AdviceAsync()).ShouldNotContain(("accept-offer", "bluebird"));

        var form = await LoadDoneAsync(browser, "accelerate-preferred", "northwind");
        var response = await form.Add("choice", "take-other-offer").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/");
        (await browser.PageAsync("/")).ShouldContain("Done. Your advice for Northwind Traders is updated.");
        var moves = Http.Moves(await browser.AdviceAsync());
        moves.ShouldContain(("accept-offer", "bluebird"));
        moves.ShouldNotContain(("accelerate-preferred", "northwind"));
        var events = Http.Opportunity(await browser.PipelineAsync(), "northwind").GetProperty("events").EnumerateArray().ToList();
        var call = events.Single(e => e.GetProperty("kind").GetString() == "accelerate-call");
        call.GetProperty("outcome").GetString().ShouldBe("take-other-offer");
        call.GetProperty("on").GetString().ShouldBe("2026-03-10");
        // The call said the candidate would rather join them: the commitment note it made unneeded is logged too (contract v3, V1).
        events.ShouldContain(e => e.GetProperty("kind").GetString() == "commitment-signal" && e.GetProperty("on").GetString() == "2026-03-10");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task NoTimelineLeadsToDecidingOnTheOfferAndAcceptingItAcceptsIt(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var call = await LoadDoneAsync(browser, "accelerate-preferred", "northwind");
        (await call.Add("choice", "no-timeline").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Http.Moves(await browser.AdviceAsync()).ShouldContain(("decide-on-offer", "bluebird"));

        var decide = await LoadDoneAsync(browser, "decide-on-offer", "bluebird");
        decide.Html.ShouldContain("value=\"accept\"");
        decide.Html.ShouldContain("value=\"decline\"");
        var response = await decide.Add("choice", "accept").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Http.Opportunity(await browser.PipelineAsync(), "bluebird").GetProperty("stage").GetString().ShouldBe("accepted");
        Http.Moves(await browser.AdviceAsync()).ShouldNotContain(m => m.Code == "decide-on-offer");
    }

    [Theory]
    [InlineData("sqlite", "decline", "declined", "accepted")]
    [InlineData("sqlite", "accept", "accepted", "declined")]
    [PostgresInlineData("postgres", "decline", "declined", "accepted")]
    [PostgresInlineData("postgres", "accept", "accepted", "declined")]
    public async Task AWeighedLateOfferIsDeclinedOrTakenInsteadOfTheAcceptedOne(string provider, string choice, string lateStage, string acceptedStage)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.ScenarioPipeline("23-top-choice-comes-through-late.json"));

        var form = await LoadDoneAsync(browser, "weigh-late-offer", "beta");
        var response = await form.Add("choice", choice).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "beta").GetProperty("stage").GetString().ShouldBe(lateStage);
        Http.Opportunity(pipeline, "acme").GetProperty("stage").GetString().ShouldBe(acceptedStage);
        Http.Moves(await browser.AdviceAsync()).ShouldNotContain(("weigh-late-offer", "beta"));
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUnknownMoveCodeIs400WithAMessageAndChangesNothing(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await LoadDoneAsync(browser, "defer-offer", "bluebird");

        var response = await form.Set("code", "dance-a-jig").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("\"dance-a-jig\" is not a move that can be marked done");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ACallMarkedDoneWithoutWhatTheySaidIs400(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await LoadDoneAsync(browser, "accelerate-preferred", "northwind");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("choose one of offer-made, no-timeline, take-other-offer");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task DoneNeverRedirectsOffSite(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var form = await LoadDoneAsync(browser, "defer-offer", "bluebird");

        var response = await form.Set("returnUrl", "https://evil.example/phish").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/");
        Http.Opportunity(await browser.PipelineAsync(), "bluebird").GetProperty("events").EnumerateArray()
            .ShouldContain(e => e.GetProperty("kind").GetString() == "deferral-notice");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ADoneFormFromAnOlderPageIs409AndChangesNothing(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var stale = await LoadDoneAsync(browser, "defer-offer", "bluebird");
        var first = await LoadDoneAsync(browser, "accelerate-preferred", "northwind");
        (await first.Add("choice", "no-timeline").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var between = await browser.PipelineAsync();

        var response = await stale.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Your search changed since this page was opened");
        (await browser.PipelineAsync()).ShouldBe(between);
    }

    [GeneratedRegex("<section class=\"group\" aria-labelledby=\"g-([a-z]+)\">")]
    private static partial Regex GroupHeading();

    [Fact]
    public async Task ALongDayIsShownFiftyCardsAPageEveryMoveOnceInTheAdvicesOrder()
    {
        var browser = await apps["sqlite"].PageUserAsync();
        // 120 companies applied to a month ago and never heard from: a follow-up each.
        var companies = string.Join(", ", Enumerable.Range(1, 120).Select(i =>
            $$"""{ "id": "c{{i}}", "company": "Company {{i}}", "stage": "applied", "appliedOn": "2026-02-08" }"""));
        await browser.PutPipelineAsync($$"""{ "version": 1, "candidate": { "employment": "unemployed" }, "opportunities": [ {{companies}} ] }""");
        var moves = Http.Moves(await browser.AdviceAsync());
        moves.Count.ShouldBeGreaterThan(100);

        var seen = new List<(string, string)>();
        var pages = new[] { "/", "/?page=2", "/?page=3" };
        foreach (var page in pages)
        {
            var html = await browser.PageAsync(page);
            var cards = CardId().Matches(html).Select(m => moves.First(x => $"{x.Code}-{x.Opportunity}" == m.Groups[1].Value)).ToList();
            cards.Count.ShouldBeLessThanOrEqualTo(50, page);
            seen.AddRange(cards);
            html.ShouldContain($"{moves.Count} moves today");
            if (page == "/") html.ShouldContain("href=\"/?page=2\" rel=\"next\"");
        }
        seen.ShouldBe(moves, "every move once, in the advice's order, across the pages");
        // A page past the last shows the last; the Done form returns to the page it was on.
        var past = await browser.PageAsync("/?page=99");
        past.ShouldContain("Page 3 of 3");
        past.ShouldContain("name=\"returnUrl\" value=\"/?page=3\"");
    }

    [GeneratedRegex("<article class=\"move [^\"]*\" id=\"move-([^\"]+)\"")]
    private static partial Regex CardId();
}
