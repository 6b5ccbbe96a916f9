using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Every way into a search (the company form, the add-company form, About you, the API) refuses
/// what the document's rules refuse, names the field by its label (or, for the API, its path),
/// saves nothing, and leaves the account working. The bug that started this: a 20,001-character
/// note saved through the company form made every page of the account answer 500.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class FieldLimitsTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Page = "/opportunities/bluebird";

    private async Task<HttpClient> ExampleUserAsync(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    /// <summary>The account still opens: Today, the company page and the API all answer 200.</summary>
    private static async Task ShouldStillWorkAsync(HttpClient browser)
    {
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync(Page)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/search")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANoteOf20001CharactersIsRefusedByItsLabelNothingIsSavedAndTheAccountKeepsWorking(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Notes);

        var response = await form.Set("Input.Notes", new string('n', 20_001)).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var problem = Html.Problems(html).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Notes");
        problem.Href.ShouldBe("#notes");
        problem.Text.ShouldContain("at most 20,000 characters");
        problem.Text.ShouldNotContain("opportunities[");
        Html.FieldError(html, "Input.Notes").ShouldNotBeNull();
        HtmlForm.Control(html, "Input.Notes").ShouldNotBeNull()["aria-invalid"].ShouldBe("true");
        (await browser.PipelineAsync()).ShouldBe(before);
        await ShouldStillWorkAsync(browser);

        // At the limit it saves, and reads back.
        form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Notes);
        (await form.Set("Input.Notes", new string('n', 20_000)).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Http.Opportunity(await browser.PipelineAsync(), "bluebird").GetProperty("notes").GetString()!.Length.ShouldBe(20_000);
        await ShouldStillWorkAsync(browser);
    }

    [Theory]
    [InlineData("sqlite", "Input.Role", 201, "Role", "#role")]
    [InlineData("sqlite", "Input.Title", 201, "Title offered", "#title")]
    [InlineData("sqlite", "Input.Location", 201, "Location", "#location")]
    [InlineData("sqlite", "Input.OfferNote", 2_001, "Offer note", "#offerNote")]
    [InlineData("sqlite", "Input.Contacts[0].Name", 201, "Contact 1: Name", "#c0n")]
    [InlineData("sqlite", "Input.Contacts[0].Email", 255, "Contact 1: Email", "#c0e")]
    [InlineData("sqlite", "Input.Contacts[0].Phone", 51, "Contact 1: Phone", "#c0p")]
    [InlineData("sqlite", "Input.Interviews[0].Kind", 101, "Interview 1: Kind", "#i0k")]
    [InlineData("sqlite", "Input.Events[0].Note", 2_001, "Event 1: Note", "#e0n")]
    [PostgresInlineData("postgres", "Input.Role", 201, "Role", "#role")]
    [PostgresInlineData("postgres", "Input.OfferNote", 2_001, "Offer note", "#offerNote")]
    [PostgresInlineData("postgres", "Input.Contacts[0].Email", 255, "Contact 1: Email", "#c0e")]
    [PostgresInlineData("postgres", "Input.Events[0].Note", 2_001, "Event 1: Note", "#e0n")]
    public async Task AnOverLongFieldIsRefusedByItsLabel(string provider, string field, int length, string label, string href)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.PartOf(field));
        // The blank rows at the end of each list need their other fields to count as a row.
        if (field.StartsWith("Input.Interviews[0]", StringComparison.Ordinal)) form.Set("Input.Interviews[0].Date", "2026-03-20");
        if (field.StartsWith("Input.Events[0]", StringComparison.Ordinal)) form.Set("Input.Events[0].On", "2026-03-09");
        if (field.StartsWith("Input.Contacts[0]", StringComparison.Ordinal) && field != "Input.Contacts[0].Name") form.Set("Input.Contacts[0].Name", "Dana");

        var response = await form.Set(field, new string('x', length)).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var problem = Html.Problems(html).ShouldHaveSingleItem();
        problem.Label.ShouldBe(label);
        problem.Href.ShouldBe(href);
        Html.Parse(html).QuerySelector(href).ShouldNotBeNull("the link leads to the field");
        HtmlForm.Find(html, Page, OpportunityEditTests.PartOf(field))[field].ShouldNotBeNull().Length.ShouldBe(length, "what was typed is kept");
        (await browser.PipelineAsync()).ShouldBe(before);
        await ShouldStillWorkAsync(browser);
    }

    [Theory]
    [InlineData("sqlite", "Input.PtoDays", "400", "Days off per year")]
    [InlineData("sqlite", "Input.BaseSalary", "2000000000", "Base salary per year")]
    [InlineData("sqlite", "Input.BonusTargetPercent", "1001", "Bonus target (% of base)")]
    [InlineData("sqlite", "Input.Deadline", "2300-01-01", "Answer due by")]
    [InlineData("sqlite", "Input.TotalSteps", "101", "Steps in their process")]
    [InlineData("sqlite", "Input.Company", "Bluebird\u0001Health", "Company")]
    [InlineData("sqlite", "Input.Workplace", "moon", "Workplace")]
    [PostgresInlineData("postgres", "Input.PtoDays", "400", "Days off per year")]
    [PostgresInlineData("postgres", "Input.Deadline", "2300-01-01", "Answer due by")]
    [PostgresInlineData("postgres", "Input.Company", "Bluebird\u0001Health", "Company")]
    public async Task AMalformedFieldIsRefusedByItsLabel(string provider, string field, string value, string label)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.PartOf(field));

        var response = await form.Set(field, value).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe(label);
        problem.Href.ShouldNotBeNull();
        (await browser.PipelineAsync()).ShouldBe(before);
        await ShouldStillWorkAsync(browser);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task EveryProblemOfAPartIsListedInOneRound(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Offer);
        form.Set("Input.OfferNote", new string('n', 2_001)).Set("Input.Deadline", "not a date").Set("Input.PtoDays", "-1")
            .Set("Input.Title", new string('r', 201)).Set("Input.Location", new string('l', 201));

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Html.Problems(await response.Content.ReadAsStringAsync()).Select(p => p.Label).Order()
            .ShouldBe(["Answer due by", "Days off per year", "Location", "Offer note", "Title offered"]);
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite", "company", 201, "Company")]
    [InlineData("sqlite", "role", 201, "Role")]
    [PostgresInlineData("postgres", "company", 201, "Company")]
    [PostgresInlineData("postgres", "role", 201, "Role")]
    public async Task TheAddCompanyFormRefusesAnOverLongFieldByItsLabel(string provider, string field, int length, string label)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");

        var response = await form.Set("company", "Tailspin").Set(field, new string('x', length)).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var problem = Html.Problems(html).ShouldHaveSingleItem();
        problem.Label.ShouldBe(label);
        problem.Href.ShouldBe("#" + field);
        Html.FieldError(html, field).ShouldNotBeNull();
        (await browser.PipelineAsync()).ShouldBe(before);
        await ShouldStillWorkAsync(browser);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AboutYouRefusesAnOverLongNameByItsLabel(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Profile");

        var response = await form.Set("name", new string('s', 201)).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Your name");
        problem.Href.ShouldBe("#candidateName");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheApiRefusesEveryOverLongOrMalformedFieldByItsPath(string provider)
    {
        var client = await apps[provider].ApiUserAsync();
        var doc = Documents.Rival
            .Replace("\"Toy Engineer\"", $"\"{new string('t', 201)}\"")
            .Replace("\"kim@tailspin.example\"", $"\"{new string('k', 255)}\"")
            .Replace("\"baseSalary\": 120000", "\"baseSalary\": 1000000001")
            .Replace("\"2026-04-20\"", "\"2201-04-20\"");

        var response = await client.PutPipelineRawAsync(doc);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order().ShouldBe([
            "opportunities[0].contacts[0].email",
            "opportunities[0].role",
            "opportunities[1].offer.baseSalary",
            "opportunities[1].offer.startDate",
        ]);
        (await client.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await client.PipelineAsync()).RootElement.GetProperty("opportunities").GetArrayLength().ShouldBe(0, "nothing was saved");
    }

    // ---- a stored search that no longer reads ---------------------------------------------

    /// <summary>Writes a document straight into the user's row, as an older release or a hand edit would have left it.</summary>
    private async Task StoreBehindTheAppsBackAsync(string provider, string email, string document)
    {
        using var scope = apps[provider].Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email);
        var db = scope.ServiceProvider.GetRequiredService<OfferDeskDb>();
        (await db.Searches.Where(s => s.UserId == user!.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Document, document).SetProperty(s => s.Version, s => s.Version + 1))).ShouldBe(1);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUnreadableSearchOpensTheRepairPageAndRecoversThroughIt(string provider)
    {
        var email = $"repair-{Guid.NewGuid():N}@example.test";
        var browser = await apps[provider].PageUserAsync(email);
        await browser.LoadExampleAsync();
        var good = await browser.PipelineAsync();
        var broken = good.Replace("\"company\": \"Bluebird Health\"", $"\"company\": \"{new string('b', 201)}\"");
        broken.ShouldNotBe(good);
        await StoreBehindTheAppsBackAsync(provider, email, broken);

        // Pages lead to the repair page; the API says what is wrong and where to go; never a 500.
        var today = await browser.GetAsync("/");
        today.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        today.Location().ShouldBe("/repair");
        (await browser.GetAsync(Page)).Location().ShouldBe("/repair");
        var api = await browser.GetAsync("/api/pipeline");
        api.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.Content.ReadAsStringAsync()).ShouldContain("/repair");

        var repair = await browser.PageAsync("/repair");
        var page = Html.Parse(repair);
        page.QuerySelector("h1")!.TextContent.ShouldContain("repair");
        page.QuerySelector("body")!.TextContent.ShouldContain("nothing has been deleted");
        page.QuerySelectorAll(".repair-problems li").Select(li => li.TextContent).ShouldHaveSingleItem().ShouldContain("opportunities[1].company");

        var download = await browser.GetAsync("/repair?handler=Download");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldBe(broken, "the document exactly as stored");

        // A file that still has a problem changes nothing, and says so.
        var stillBroken = await ImportAsync(browser, broken.Replace("\"stage\": \"offer\"", "\"stage\": \"nowhere\""));
        stillBroken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Html.Problems(await stillBroken.Content.ReadAsStringAsync()).Count.ShouldBeGreaterThan(0);
        (await browser.GetAsync("/")).Location().ShouldBe("/repair");

        var fixedOne = await ImportAsync(browser, good);
        fixedOne.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fixedOne.Location().ShouldBe("/");
        (await browser.PipelineAsync()).ShouldBe(good);
        await ShouldStillWorkAsync(browser);
        (await browser.GetAsync("/repair")).Location().ShouldBe("/", "nothing left to repair");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUnreadableSearchCanBeReplacedThroughTheApi(string provider)
    {
        var email = $"repair-api-{Guid.NewGuid():N}@example.test";
        var client = await apps[provider].ApiUserAsync(email);
        await client.PutPipelineAsync(Documents.Rival);
        await StoreBehindTheAppsBackAsync(provider, email, "{ \"version\": 1, \"opportunities\": [ { \"id\": \"x\" } ] }");

        var advice = await client.GetAsync("/api/advice");
        advice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.PutPipelineRawAsync(Documents.Rival)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetAsync("/api/advice")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient browser, string document)
    {
        var html = await browser.PageAsync("/repair");
        var form = Html.Parse(html).Forms.Single(f => f.GetAttribute("action")!.Contains("handler=Import"));
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name=version]")!.GetAttribute("value")!), "version" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(document)), "file", "fixed.json" },
        };
        return await browser.PostAsync(form.GetAttribute("action"), content);
    }
}
