using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Issue 19, first steps: a first run offers your own first company as the main action, the example beside it.</summary>
public sealed class FirstStepsTests : IAsyncLifetime
{
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AFirstRunsMainActionAddsYourOwnFirstCompany()
    {
        var browser = await app.PageUserAsync();
        var html = await browser.PageAsync("/");
        var page = Html.Parse(html);
        page.QuerySelector("button.primary").ShouldNotBeNull().TextContent.Trim().ShouldBe("Add your first company");
        page.QuerySelectorAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Load an example search to look around");
        WebUtility.HtmlDecode(html).ShouldNotContain("offerdesk</code> command");

        var response = await HtmlForm.Find(html, "/", "first-company").Set("company", "Globex").Set("stage", "interviewing").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var globex = Http.Opportunity(await browser.PipelineAsync(), "globex");
        globex.GetProperty("company").GetString().ShouldBe("Globex");
        globex.GetProperty("stage").GetString().ShouldBe("interviewing");
    }
}
