using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The smaller things of entering a search as a person does (issue 19): confirmations that name
/// the company, an application date never quietly today, a re-rank that says what it did, a closed
/// company with no rank, the call sheet that outlives its call, a deadline already gone, one name
/// and one way of writing a date on every page.
/// </summary>
public sealed partial class EntryDetailsTests : IAsyncLifetime
{
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpClient> ExampleUserAsync()
    {
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    /// <summary>The words a person sees: tags removed, entities decoded, spaces as one.</summary>
    private static string Visible(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " ")), " ");

    [GeneratedRegex("<(script|style|head|datalist)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    private static string Flash(string html) => Html.Parse(html).QuerySelector(".flash")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task DoneAndSaveNameTheCompanyTheyWereFor()
    {
        var browser = await ExampleUserAsync();
        var home = await browser.PageAsync("/");
        var card = home[home.IndexOf("id=\"move-accelerate-preferred-northwind\"", StringComparison.Ordinal)..];
        var done = HtmlForm.Find(card[..card.IndexOf("</article>", StringComparison.Ordinal)], "/", "action=\"/moves/done\"");

        var answer = await done.Add("choice", "take-other-offer").SubmitAsync(browser);

        Flash(await browser.PageAsync(answer.Location())).ShouldBe("Done. Your advice for Northwind Traders is updated.");
        var notes = await HtmlForm.LoadAsync(browser, "/opportunities/contoso", "handler=Notes");
        var saved = await notes.Set("Input.Notes", "Ask about on-call.").SubmitAsync(browser);
        Flash(await browser.PageAsync(saved.Location())).ShouldBe("Saved. Contoso Cloud is up to date.");
    }

    [Fact]
    public async Task AnEmptyAppliedOnKeepsNoDateAndSaysSo()
    {
        var browser = await app.PageUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        form["appliedOn"].ShouldBe("2026-03-10", "the form shows the date it would keep");

        var added = await form.Set("company", "Tailspin Toys").Set("appliedOn", "").SubmitAsync(browser);

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = Http.Opportunity(await browser.PipelineAsync(), "tailspin-toys");
        stored.TryGetProperty("appliedOn", out _).ShouldBeFalse("left empty, no date is stored");
        Flash(await browser.PageAsync(added.Location())).ShouldBe("Added Tailspin Toys, with no application date: add it on the company's page, and follow-ups are timed from it.");

        // Kept as shown, it is said too; the board's form and the first-run form show it the same way.
        var kept = await (await HtmlForm.LoadAsync(browser, "/search", "handler=Add")).Set("company", "Wingtip").SubmitAsync(browser);
        Flash(await browser.PageAsync(kept.Location())).ShouldBe("Added Wingtip, applied on Tuesday, March 10.");
        Http.Opportunity(await browser.PipelineAsync(), "wingtip").GetProperty("appliedOn").GetString().ShouldBe("2026-03-10");
        var board = await HtmlForm.LoadAsync(browser, "/board", "handler=Add");
        board["appliedOn"].ShouldBe("2026-03-10");
        var fromBoard = await board.Set("company", "Litware").Set("appliedOn", "").SubmitAsync(browser);
        fromBoard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Http.Opportunity(await browser.PipelineAsync(), "litware").TryGetProperty("appliedOn", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task AFirstRunOffersTheApplicationDateToKeepOrClear()
    {
        var browser = await app.PageUserAsync();

        var first = await HtmlForm.LoadAsync(browser, "/", "first-company");

        first["appliedOn"].ShouldBe("2026-03-10");
        first.Html.ShouldContain("Empty: no date kept");
    }

    [Fact]
    public async Task ADragOrARankButtonSaysWhatItDidInTheLiveRegion()
    {
        var browser = await ExampleUserAsync();
        var drop = await HtmlForm.LoadAsync(browser, "/board", "id=\"board-drop\"");

        var dropped = await drop.Set("id", "contoso").Set("before", "northwind").SubmitAsync(browser);

        var page = Html.Parse(await browser.PageAsync(dropped.Location()));
        var flash = page.QuerySelector(".flash").ShouldNotBeNull();
        flash.TextContent.Trim().ShouldBe("Contoso Cloud is now your #1 choice, just above Northwind Traders.");
        flash.GetAttribute("role").ShouldBe("status", "a live region: a screen reader says it");

        var rank = await HtmlForm.LoadAsync(browser, "/search", "value=\"contoso\"");
        var down = await rank.Add("direction", "down").SubmitAsync(browser);
        Flash(await browser.PageAsync(down.Location())).ShouldBe("Contoso Cloud is now your #2 choice.");
    }

    [Fact]
    public async Task RemovingFromTheRankingSaysSoAndAClosedCompanyShowsNoRank()
    {
        var browser = await ExampleUserAsync();
        var search = Html.Parse(await browser.PageAsync("/search"));
        var remove = search.QuerySelectorAll("button[value=unrank]").First();
        remove.TextContent.Trim().ShouldBe("Remove from ranking");
        remove.GetAttribute("aria-label")!.ShouldStartWith("Remove from ranking: ");
        search.QuerySelectorAll("button").ShouldNotContain(b => b.TextContent.Trim() == "✕");

        // A closed company that still carries a rank (an imported file, a closing that kept it) is nobody's choice.
        var document = System.Text.Json.Nodes.JsonNode.Parse(await browser.PipelineAsync())!;
        var fabrikam = document["opportunities"]!.AsArray().Single(o => (string?)o!["id"] == "fabrikam")!;
        fabrikam["stage"] = "withdrawn";
        fabrikam["preference"] = 4;
        await browser.PutPipelineAsync(document.ToJsonString());
        Http.Opportunity(await browser.PipelineAsync(), "fabrikam").GetProperty("preference").GetInt32().ShouldBe(4);

        Visible(await browser.PageAsync("/opportunities/fabrikam")).ShouldNotContain("choice");
        var row = Html.Parse(await browser.PageAsync("/search")).QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Fabrikam Studio"));
        row.QuerySelector("td[data-label=Rank]")!.TextContent.Trim().ShouldBe("Closed");
        row.QuerySelectorAll("button").ShouldBeEmpty();
        var card = Html.Parse(await browser.PageAsync("/board?show=closed")).GetElementById("card-fabrikam").ShouldNotBeNull();
        card.TextContent.ShouldNotContain("choice");
    }

    [Fact]
    public async Task TheCallSheetDialsHasRoomForNotesAndOutlivesTheCall()
    {
        var browser = await ExampleUserAsync();
        const string sheet = "/opportunities/northwind/prep/accelerate-preferred";

        var page = Html.Parse(await browser.PageAsync(sheet));

        // The example's urgent call has a number, and the sheet dials it with a tap.
        var dial = page.QuerySelector("a[href^='tel:']").ShouldNotBeNull();
        dial.GetAttribute("href").ShouldBe("tel:+15550100");
        dial.TextContent.ShouldContain("Dana Ruiz");
        page.QuerySelector(".call-notes .lines").ShouldNotBeNull("ruled room to write on");

        var home = await browser.PageAsync("/");
        var card = home[home.IndexOf("id=\"move-accelerate-preferred-northwind\"", StringComparison.Ordinal)..];
        var done = HtmlForm.Find(card[..card.IndexOf("</article>", StringComparison.Ordinal)], "/", "action=\"/moves/done\"");
        (await done.Add("choice", "take-other-offer").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await browser.GetAsync(sheet);
        after.StatusCode.ShouldBe(HttpStatusCode.OK, "a printed or bookmarked sheet still opens");
        var text = Visible(await after.Content.ReadAsStringAsync());
        text.ShouldContain("This call is no longer on today's list");
        Html.Parse(await browser.PageAsync(sheet)).QuerySelectorAll("a[href='/opportunities/northwind']").ShouldNotBeEmpty();
        (await browser.GetAsync("/opportunities/northwind/prep/send-thank-you")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "an email move has no call sheet");
    }

    [Fact]
    public async Task ADeadlineAlreadyGoneIsSaidNextToItsField()
    {
        var browser = await ExampleUserAsync();
        var offer = await HtmlForm.LoadAsync(browser, "/opportunities/bluebird", "handler=Offer");
        Html.Parse(offer.Html).QuerySelector("#deadline-past")!.HasAttribute("hidden").ShouldBeTrue("a date to come gets no hint");

        var saved = await offer.Set("Input.Deadline", "2026-03-06").SubmitAsync(browser);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = Html.Parse(await browser.PageAsync("/opportunities/bluebird"));
        var hint = page.QuerySelector("#deadline-past").ShouldNotBeNull();
        hint.HasAttribute("hidden").ShouldBeFalse();
        hint.TextContent.ShouldContain("Friday, March 6 has passed");
        page.QuerySelector("#deadline")!.GetAttribute("aria-describedby")!.Split(' ').ShouldContain("deadline-past");
    }

    [Fact]
    public async Task AClosedCompanyHasOneNameOnEveryPage()
    {
        var browser = await ExampleUserAsync();
        var close = (await HtmlForm.LoadAsync(browser, "/opportunities/contoso", "handler=Details")).Set("Input.Stage", "rejected").Add("Input.ConfirmStage", "true");
        (await close.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var name = OfferDesk.Web.Shown.Stage(OfferDesk.Core.Model.Stage.Rejected);

        Html.Parse(await browser.PageAsync("/opportunities/contoso")).QuerySelector(".stage")!.TextContent.Trim().ShouldBe(name);
        Html.Parse(await browser.PageAsync("/search")).QuerySelectorAll("h2").Select(h => h.TextContent).ShouldContain(h => h.StartsWith(name, StringComparison.Ordinal));
        Html.Parse(await browser.PageAsync("/board?show=closed")).GetElementById("card-contoso")!.QuerySelector(".meta")!.TextContent.Trim().ShouldBe(name);
        // The board's own menus name the stages the same way.
        var board = await browser.PageAsync("/board");
        Visible(board).ShouldContain(OfferDesk.Web.Shown.Stage(OfferDesk.Core.Model.Stage.Offer));
        Html.Parse(board).QuerySelectorAll("select[name=to] option").Select(o => o.TextContent)
            .ShouldAllBe(t => t == "Applied" || t == "Interviewing" || t == "Offers in hand" || t == "Accepted" || t.StartsWith("Closed: ") && (t.EndsWith("Not moving forward") || t.EndsWith("Withdrawn") || t.EndsWith("Declined by you")));
    }

    [Fact]
    public async Task TheSearchPageSaysTodayOnlyOfToday()
    {
        var browser = await ExampleUserAsync();

        var cells = Html.Parse(await browser.PageAsync("/search")).QuerySelectorAll("td[data-label=Next]").Select(c => c.TextContent.Trim()).ToList();

        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(c => !c.Contains("(today)"));
        cells.ShouldAllBe(c => c == "Nothing due" || Regex.IsMatch(c, ", (due today|due tomorrow|due \\w+day, \\w+ \\d+|overdue since (yesterday|\\w+day, \\w+ \\d+))$"));
    }

    [Fact]
    public async Task TodayAndOffersWriteADateTheSameWay()
    {
        var browser = await ExampleUserAsync();

        var today = Visible(await browser.PageAsync("/"));
        var offers = Visible(await browser.PageAsync("/offers"));

        // Bluebird's offer is to be answered by Sunday, March 15: both pages say so in those words.
        today.ShouldContain("Sunday, March 15");
        offers.ShouldContain("Sunday, March 15");
        foreach (var page in new[] { today, offers })
            Regex.IsMatch(page, @"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b").ShouldBeFalse();
    }

    [Fact]
    public async Task AFailedSignInDoesNotSpeakOfSavingAndTheLeanedOnOfferSaysWhereToSaySo()
    {
        var stranger = app.Browser();
        var login = await HtmlForm.LoadAsync(stranger, "/account/login", "name=\"password\"");
        var refused = await login.Set("email", "nobody@example.test").Set("password", "not a password").SubmitAsync(stranger);
        var words = Visible(await refused.Content.ReadAsStringAsync());
        words.ShouldNotContain("nothing was saved", Case.Insensitive);
        words.ShouldContain("need");

        var browser = await ExampleUserAsync();
        // Not yet said that you would take Bluebird's offer, which the call to Northwind leans on.
        var document = System.Text.Json.Nodes.JsonNode.Parse(await browser.PipelineAsync())!;
        document["opportunities"]!.AsArray().Single(o => (string?)o!["id"] == "bluebird")!.AsObject().Remove("wouldAccept");
        await browser.PutPipelineAsync(document.ToJsonString());
        var warning = Html.Parse(await browser.PageAsync("/")).QuerySelector(".w-plan-b-unconfirmed").ShouldNotBeNull();
        var link = warning.QuerySelector("a").ShouldNotBeNull();
        link.GetAttribute("href").ShouldBe("/opportunities/bluebird#wouldAccept");
        link.TextContent.ShouldContain("Would you accept an offer from them?");
        Html.Parse(await browser.PageAsync("/opportunities/bluebird")).GetElementById("wouldAccept").ShouldNotBeNull();
    }
}
