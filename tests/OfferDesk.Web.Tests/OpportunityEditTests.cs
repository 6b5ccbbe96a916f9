using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The opportunity form: refused edits keep what was typed and save nothing; good ones save.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class OpportunityEditTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Page = "/opportunities/bluebird";
    private const string SaveForm = "Save changes";

    private async Task<HttpClient> ExampleUserAsync(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    [Theory]
    [InlineData("sqlite", "Input.Deadline", "2026-13-01", "\"2026-13-01\" is not a date")]
    [InlineData("sqlite", "Input.BaseSalary", "-5", "-5 is negative")]
    [InlineData("sqlite", "Input.Company", "", "enter the company's name")]
    [PostgresInlineData("postgres", "Input.Deadline", "2026-13-01", "\"2026-13-01\" is not a date")]
    [PostgresInlineData("postgres", "Input.BaseSalary", "-5", "-5 is negative")]
    [PostgresInlineData("postgres", "Input.Company", "", "enter the company's name")]
    public async Task ABadValueIs400KeepsEverythingTypedNamesTheProblemAtTheFieldAndSavesNothing(string provider, string field, string bad, string message)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, SaveForm);
        form.Set("Input.Role", "Principal Engineer").Set("Input.Title", "Lead Engineer")
            .Set("Input.Notes", "Typed before the mistake").Set("Input.SigningBonus", "12345");
        form.Set(field, bad);

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var control = HtmlForm.Control(html, field).ShouldNotBeNull();
        control.GetValueOrDefault("value", "").ShouldBe(bad);
        control.GetValueOrDefault("aria-invalid").ShouldBe("true");
        var next = HtmlForm.AroundControl(html, field);
        next.ShouldContain("class=\"field-error\"");
        System.Net.WebUtility.HtmlDecode(next).ShouldContain(message);
        html.ShouldContain("nothing was saved");
        HtmlForm.Control(html, "Input.Role")!["value"].ShouldBe("Principal Engineer");
        HtmlForm.Control(html, "Input.Title")!["value"].ShouldBe("Lead Engineer");
        HtmlForm.Control(html, "Input.SigningBonus")!["value"].ShouldBe("12345");
        html.ShouldContain(">Typed before the mistake</textarea>");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AGoodEditSavesRedirectsAndShowsUp(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var form = await HtmlForm.LoadAsync(browser, Page, SaveForm);
        form.Set("Input.Role", "Principal Engineer").Set("Input.Deadline", "2026-03-16").Set("Input.BaseSalary", "150,000")
            .Set("Input.Notes", "They moved fast.");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe(Page);
        var html = await browser.PageAsync(Page);
        html.ShouldContain("Saved.");
        HtmlForm.Control(html, "Input.Role")!["value"].ShouldBe("Principal Engineer");
        HtmlForm.Control(html, "Input.Deadline")!["value"].ShouldBe("2026-03-16");
        HtmlForm.Control(html, "Input.BaseSalary")!["value"].ShouldBe("150000");
        var saved = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        saved.GetProperty("role").GetString().ShouldBe("Principal Engineer");
        saved.GetProperty("notes").GetString().ShouldBe("They moved fast.");
        saved.GetProperty("offer").GetProperty("deadline").GetString().ShouldBe("2026-03-16");
        saved.GetProperty("offer").GetProperty("baseSalary").GetDecimal().ShouldBe(150000m);
        saved.GetProperty("company").GetString().ShouldBe("Bluebird Health");
        saved.GetProperty("interviews").GetArrayLength().ShouldBe(1, "untouched rows are kept");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TwoTabsEditingTwoDifferentCompaniesBothSave(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var first = await HtmlForm.LoadAsync(browser, Page, SaveForm);
        var second = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", SaveForm);
        (await second.Set("Input.Role", "Changed in another tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await first.Set("Input.Role", "Kept edit").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "fabrikam").GetProperty("role").GetString().ShouldBe("Changed in another tab");
        Http.Opportunity(pipeline, "bluebird").GetProperty("role").GetString().ShouldBe("Kept edit");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSameCompanyChangedInAnotherTabShowsBothVersionsAndLosesNothingTyped(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var mine = await HtmlForm.LoadAsync(browser, Page, SaveForm);
        var theirs = await HtmlForm.LoadAsync(browser, Page, SaveForm);
        (await theirs.Set("Input.Role", "From the other tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var between = await browser.PipelineAsync();

        var response = await mine.Set("Input.Role", "Typed here").Set("Input.Notes", "Notes typed here").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await response.Content.ReadAsStringAsync();
        var text = System.Net.WebUtility.HtmlDecode(html);
        text.ShouldContain("This company was changed in another tab");
        text.ShouldContain("Nothing was saved");
        var saved = text[text.IndexOf("The version saved elsewhere", StringComparison.Ordinal)..];
        saved[..saved.IndexOf("</section>", StringComparison.Ordinal)].ShouldContain("From the other tab");
        var again = HtmlForm.Find(html, Page, SaveForm);
        again["Input.Role"].ShouldBe("Typed here");
        again["Input.Notes"].ShouldBe("Notes typed here");
        (await browser.PipelineAsync()).ShouldBe(between);

        // Saving from the conflict view keeps what was typed.
        (await again.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var northwind = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        northwind.GetProperty("role").GetString().ShouldBe("Typed here");
        northwind.GetProperty("notes").GetString().ShouldBe("Notes typed here");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task RemovingNeedsTheBoxTickedThenTheCompanyIsGone(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();

        var unconfirmed = await (await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", "handler=Delete")).SubmitAsync(browser);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PipelineAsync()).ShouldBe(before);

        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", "handler=Delete");
        var response = await form.Set("confirm", "true").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/search");
        (await browser.GetAsync("/opportunities/fabrikam")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ids = JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("opportunities").EnumerateArray()
            .Select(o => o.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["northwind", "bluebird", "contoso"]);
    }

    [Theory]
    [ScenarioFiles("sqlite")]
    [ScenarioFiles("postgres")]
    public async Task SavingTheFormUntouchedChangesNothing(string provider, string file)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.ScenarioPipeline(file));
        var before = await browser.PipelineAsync();

        foreach (var id in JsonDocument.Parse(before).RootElement.GetProperty("opportunities").EnumerateArray().Select(o => o.GetProperty("id").GetString()!))
        {
            var form = await HtmlForm.LoadAsync(browser, $"/opportunities/{id}", SaveForm);
            var response = await form.SubmitAsync(browser);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{id}: {await response.Content.ReadAsStringAsync()}");
        }

        // The form has one box for "thank-you sent": false and absent both read as not sent.
        (await browser.PipelineAsync()).ShouldBe(before.Replace(",\n          \"thankYouSent\": false", ""));
    }
}
