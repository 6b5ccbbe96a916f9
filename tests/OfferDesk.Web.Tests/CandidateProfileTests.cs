using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>"About you" on the Settings page: the name that signs scripts, and employment, which changes the advice.</summary>
public sealed class CandidateProfileTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task SavingNameAndEmploymentChangesTheCandidateAndTheScripts()
    {
        var browser = await app.App.PageUserAsync();
        await browser.LoadExampleAsync();

        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Profile");
        form["name"].ShouldBe("Sam Lee");
        form["employment"].ShouldBe("employed");
        var response = await form.Set("name", "Ada Quinn").Set("employment", "unemployed").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var candidate = JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("candidate");
        candidate.GetProperty("name").GetString().ShouldBe("Ada Quinn");
        candidate.GetProperty("employment").GetString().ShouldBe("unemployed");
        var today = await browser.PageAsync("/");
        today.ShouldContain("Ada Quinn");
        today.ShouldNotContain("Sam Lee");
        // Out of work, no offer is deferred: the advice is to take the solid one.
        var moves = Http.Moves(await browser.AdviceAsync());
        moves.ShouldNotContain(m => m.Code == "defer-offer");
        moves.ShouldContain(("accept-offer", "bluebird"));
    }

    [Fact]
    public async Task AnUnknownEmploymentIsRefusedAndNothingChanges()
    {
        var browser = await app.App.PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Profile");
        var response = await form.Set("name", "Typed Name").Set("employment", "retired").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("choose employed or not working");
        html.ShouldContain("value=\"Typed Name\"");
        (await browser.PipelineAsync()).ShouldBe(before);
    }
}
