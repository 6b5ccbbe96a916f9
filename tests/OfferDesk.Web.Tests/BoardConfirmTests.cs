using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Issue 19: on the board, saying yes to an offer or closing a company asks first (one tap on the
/// wrong card accepted an offer), and each card's "Move to" starts on the next stage forward.
/// </summary>
public sealed class BoardConfirmTests : IAsyncLifetime
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

    private static string Card(string html, string id)
    {
        var card = html[html.IndexOf($"id=\"card-{id}\"", StringComparison.Ordinal)..];
        return card[..card.IndexOf("</article>", StringComparison.Ordinal)];
    }

    private static async Task<string> StageAsync(HttpClient browser, string id) =>
        Http.Opportunity(await browser.PipelineAsync(), id).GetProperty("stage").GetString()!;

    [Theory]
    [InlineData("fabrikam", "interviewing")]
    [InlineData("contoso", "offer")]
    [InlineData("bluebird", "accepted")]
    public async Task EachCardsMoveToStartsOnTheNextStageForward(string id, string next)
    {
        var browser = await ExampleUserAsync();
        var select = Html.Parse(Card(await browser.PageAsync("/board"), id)).QuerySelector("select[name=to]").ShouldNotBeNull();
        var options = select.QuerySelectorAll("option").ToList();
        options[0].GetAttribute("value").ShouldBe(next, "a browser starts on the first option");
        options.ShouldNotContain(o => o.HasAttribute("selected"));
    }

    [Theory]
    [InlineData("bluebird", "accepted", "Move Bluebird Health to Accepted?", "Yes, I accepted their offer", "Bluebird Health moved to Accepted.")]
    [InlineData("contoso", "rejected", "Close Contoso Cloud: they said no?", "Yes, they said no", "Contoso Cloud closed: Not moving forward.")]
    [InlineData("fabrikam", "withdrawn", "Close Fabrikam Studio: you withdrew?", "Yes, I withdrew", "Fabrikam Studio closed: Withdrawn.")]
    [InlineData("bluebird", "declined", "Close Bluebird Health: you turned down their offer?", "Yes, I turned it down", "Bluebird Health closed: Declined by you.")]
    public async Task AcceptingOrClosingFromTheBoardAsksFirstAndOnlyTheYesMovesIt(string id, string to, string question, string yes, string flash)
    {
        var browser = await ExampleUserAsync();
        var before = await StageAsync(browser, id);
        var move = HtmlForm.Find(Card(await browser.PageAsync("/board"), id), "/board", "handler=Move").Set("to", to);

        var response = await move.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldContain($"confirm={id}&to={to}");
        (await StageAsync(browser, id)).ShouldBe(before, "nothing moves before the yes");
        var asking = await browser.PageAsync(response.Location());
        var text = WebUtility.HtmlDecode(Html.Parse(asking).GetElementById("confirm").ShouldNotBeNull().TextContent);
        text.ShouldContain(question);
        text.ShouldContain(yes);
        text.ShouldContain("No, leave it in");

        var confirmed = await HtmlForm.Find(asking, "/board", "name=\"confirmed\"").SubmitAsync(browser);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StageAsync(browser, id)).ShouldBe(to);
        var after = await browser.PageAsync(confirmed.Location());
        WebUtility.HtmlDecode(after).ShouldContain(flash);
    }

    [Fact]
    public async Task ACardDroppedOnAcceptedAsksFirstToo()
    {
        var browser = await ExampleUserAsync();
        var drop = await HtmlForm.LoadAsync(browser, "/board", "id=\"board-drop\"");
        var response = await drop.Set("id", "bluebird").Set("to", "accepted").SubmitAsync(browser);
        response.Location().ShouldContain("confirm=bluebird&to=accepted");
        (await StageAsync(browser, "bluebird")).ShouldBe("offer");
    }

    [Fact]
    public async Task MovingForwardToAnOpenStageDoesNotAsk()
    {
        var browser = await ExampleUserAsync();
        var move = HtmlForm.Find(Card(await browser.PageAsync("/board"), "fabrikam"), "/board", "handler=Move");
        var response = await move.SubmitAsync(browser);
        response.Location().ShouldBe("/board?show=interviewing");
        (await StageAsync(browser, "fabrikam")).ShouldBe("interviewing");
    }

    [Theory]
    [InlineData("accepted", "Accepted", "records that you said yes to their offer")]
    [InlineData("declined", "Declined by you", "closes it")]
    public async Task TheCompanyPagesStageListAsksFirstToo(string to, string shown, string meaning)
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var form = (await HtmlForm.LoadAsync(browser, "/opportunities/bluebird", "handler=Details")).Set("Input.Stage", to).Set("Input.Role", "Lead Engineer");

        var refused = await form.SubmitAsync(browser);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).ShouldContain($"moving Bluebird Health to {shown} {meaning}: tick the box under the stage to say so, then save again");
        HtmlForm.Control(html, "Input.Role")!["value"].ShouldBe("Lead Engineer", "what was typed is kept");
        (await browser.PipelineAsync()).ShouldBe(before);

        var again = HtmlForm.Find(html, "/opportunities/bluebird", "handler=Details");
        again["Input.Stage"].ShouldBe(to);
        var saved = await again.Add("Input.ConfirmStage", "true").SubmitAsync(browser);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StageAsync(browser, "bluebird")).ShouldBe(to);
    }
}
