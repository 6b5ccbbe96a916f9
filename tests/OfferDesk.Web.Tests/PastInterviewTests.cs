using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Issue 19: an interview whose day has passed and is still marked as coming is asked about on
/// Today ("Did your interview with Contoso Cloud on Monday, March 9 happen?"), and each answer
/// is one tap: Done records it as held, Cancelled as cancelled, Moved opens it to give its new day.
/// </summary>
public sealed class PastInterviewTests : IAsyncLifetime
{
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    /// <summary>The example search (today is Tuesday, March 10), with Contoso's video interview put on the day before.</summary>
    private async Task<HttpClient> YesterdaysInterviewAsync()
    {
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/contoso", "handler=Interviews");
        var moved = await form.Set("Input.Interviews[0].Date", "2026-03-09").SubmitAsync(browser);
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private static async Task<System.Text.Json.JsonElement> InterviewAsync(HttpClient browser) =>
        Http.Opportunity(await browser.PipelineAsync(), "contoso").GetProperty("interviews")[0];

    [Fact]
    public async Task TodayAsksAboutAnInterviewWhoseDayHasPassed()
    {
        var browser = await YesterdaysInterviewAsync();
        var html = await browser.PageAsync("/");
        var asked = Html.Parse(html).QuerySelector("section.asked").ShouldNotBeNull();
        WebUtility.HtmlDecode(asked.TextContent).ShouldContain("Did your interview with Contoso Cloud on Monday, March 9 happen?");
        asked.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldBe(["Done", "Moved", "Cancelled"]);
    }

    [Fact]
    public async Task NothingIsAskedWhenEveryInterviewIsAheadOrAnswered()
    {
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        Html.Parse(await browser.PageAsync("/")).QuerySelector("section.asked").ShouldBeNull();
    }

    [Fact]
    public async Task DoneRecordsItAsHeldInOneTap()
    {
        var browser = await YesterdaysInterviewAsync();
        var form = HtmlForm.Find(await browser.PageAsync("/"), "/", "handler=Interview").Set("answer", "done");
        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InterviewAsync(browser)).GetProperty("status").GetString().ShouldBe("done");
        var today = WebUtility.HtmlDecode(await browser.PageAsync("/"));
        today.ShouldContain("Noted: your interview with Contoso Cloud happened.");
        Html.Parse(today).QuerySelector("section.asked").ShouldBeNull();
    }

    [Fact]
    public async Task CancelledRecordsItAsCancelledInOneTap()
    {
        var browser = await YesterdaysInterviewAsync();
        var response = await HtmlForm.Find(await browser.PageAsync("/"), "/", "handler=Interview").Set("answer", "cancelled").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InterviewAsync(browser)).GetProperty("status").GetString().ShouldBe("cancelled");
    }

    [Fact]
    public async Task MovedOpensTheInterviewToGiveItsNewDayAndChangesNothing()
    {
        var browser = await YesterdaysInterviewAsync();
        var before = await browser.PipelineAsync();
        var response = await HtmlForm.Find(await browser.PageAsync("/"), "/", "handler=Interview").Set("answer", "moved").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/opportunities/contoso#i0d");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnAnswerForAnInterviewChangedSinceIsNotTakenForAnother()
    {
        var browser = await YesterdaysInterviewAsync();
        var form = HtmlForm.Find(await browser.PageAsync("/"), "/", "handler=Interview").Set("answer", "done").Set("on", "2026-03-08");
        (await form.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await InterviewAsync(browser)).GetProperty("status").GetString().ShouldBe("scheduled");
        WebUtility.HtmlDecode(await browser.PageAsync("/")).ShouldContain("was changed since this page was shown: nothing was saved");
    }
}
