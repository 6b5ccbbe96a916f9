using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The Search page: adding companies and ranking them.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class SearchPageTests(WebApps apps) : IClassFixture<WebApps>
{
    private async Task<HttpClient> ExampleUserAsync(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    private static Dictionary<string, int?> Preferences(string pipeline) =>
        JsonDocument.Parse(pipeline).RootElement.GetProperty("opportunities").EnumerateArray().ToDictionary(
            o => o.GetProperty("id").GetString()!,
            o => o.TryGetProperty("preference", out var p) ? p.GetInt32() : (int?)null);

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnAddedCompanyAppearsGetsAnIdFromItsNameAndIsRankedLast(string provider)
    {
        var browser = await ExampleUserAsync(provider);

        var form = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        form["rank"].ShouldBe("true", "ranking a new company is the default");
        var response = await form.Set("company", "Tailspin Toys & Co.").Set("role", "Toy Engineer").Set("stage", "interviewing").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/search");
        var html = await browser.PageAsync("/search");
        html.ShouldContain("<a href=\"/opportunities/tailspin-toys-co\">Tailspin Toys &amp; Co.</a>");
        html.ShouldContain("Added Tailspin Toys &amp; Co.");
        var added = Http.Opportunity(await browser.PipelineAsync(), "tailspin-toys-co");
        added.GetProperty("company").GetString().ShouldBe("Tailspin Toys & Co.");
        added.GetProperty("role").GetString().ShouldBe("Toy Engineer");
        added.GetProperty("stage").GetString().ShouldBe("interviewing");
        added.GetProperty("appliedOn").GetString().ShouldBe("2026-03-10");
        added.GetProperty("preference").GetInt32().ShouldBe(4, "after northwind 1, bluebird 2, contoso 3");
        (await browser.GetAsync("/opportunities/tailspin-toys-co")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        (await again.Set("company", "Tailspin Toys & Co.").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = Http.Opportunity(await browser.PipelineAsync(), "tailspin-toys-co-2");
        second.GetProperty("preference").GetInt32().ShouldBe(5);
        second.GetProperty("stage").GetString().ShouldBe("applied");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AddingWithoutACompanyIs400KeepsTheTypedRoleAndSavesNothing(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();

        var form = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        var response = await form.Set("company", "   ").Set("role", "Typed Role <b>").Set("appliedOn", "2026-03-01").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        HtmlForm.Control(html, "role")!["value"].ShouldBe("Typed Role <b>");
        HtmlForm.Control(html, "appliedOn")!["value"].ShouldBe("2026-03-01");
        HtmlForm.Control(html, "company")!["aria-invalid"].ShouldBe("true");
        Html.FieldError(html, "company").ShouldBe("enter the company's name");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task MovingACompanyUpOrDownSwapsItsPreferenceWithItsNeighbour(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        Preferences(await browser.PipelineAsync()).ShouldBe(new Dictionary<string, int?> { ["northwind"] = 1, ["bluebird"] = 2, ["contoso"] = 3, ["fabrikam"] = null });

        var up = await HtmlForm.LoadAsync(browser, "/search", "value=\"contoso\"");
        (await up.Add("direction", "up").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Preferences(await browser.PipelineAsync()).ShouldBe(new Dictionary<string, int?> { ["northwind"] = 1, ["bluebird"] = 3, ["contoso"] = 2, ["fabrikam"] = null });

        var down = await HtmlForm.LoadAsync(browser, "/search", "value=\"northwind\"");
        (await down.Add("direction", "down").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Preferences(await browser.PipelineAsync()).ShouldBe(new Dictionary<string, int?> { ["northwind"] = 2, ["bluebird"] = 3, ["contoso"] = 1, ["fabrikam"] = null });

        var rank = await HtmlForm.LoadAsync(browser, "/search", "value=\"fabrikam\"");
        (await rank.Add("direction", "rank").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unrank = await HtmlForm.LoadAsync(browser, "/search", "value=\"contoso\"");
        (await unrank.Add("direction", "unrank").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Preferences(await browser.PipelineAsync()).ShouldBe(new Dictionary<string, int?> { ["northwind"] = 1, ["bluebird"] = 2, ["contoso"] = null, ["fabrikam"] = 3 });
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheTopChoiceCannotMoveUpAndTheLastCannotMoveDown(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var html = await browser.PageAsync("/search");

        HtmlForm.Find(html, "/search", "value=\"northwind\"").Html.ShouldContain("aria-label=\"Rank Northwind Traders higher\" disabled");
        HtmlForm.Find(html, "/search", "value=\"contoso\"").Html.ShouldContain("aria-label=\"Rank Contoso Cloud lower\" disabled");

        var before = await browser.PipelineAsync();
        var top = HtmlForm.Find(html, "/search", "value=\"northwind\"");
        (await top.Add("direction", "up").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Preferences(await browser.PipelineAsync()).ShouldBe(Preferences(before));
    }
}
