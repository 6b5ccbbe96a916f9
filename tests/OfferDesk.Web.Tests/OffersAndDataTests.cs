using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The Offers page, and import and export of the whole search.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class OffersAndDataTests(WebApps apps) : IClassFixture<WebApps>
{
    private static MultipartFormDataContent Upload(HtmlForm form, string fileText)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields) body.Add(new StringContent(value), name);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(fileText));
        file.Headers.ContentType = new MediaTypeHeaderValue(Http.Json);
        body.Add(file, "file", "search.json");
        return body;
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheOffersPageListsBothOffersWithTheirFirstYearTotalsAndAChart(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.TwoOffers);

        var html = await browser.PageAsync("/offers");

        // The side-by-side table (the four years have a table of their own below it).
        var table = html.Split("<table class=\"offers\">")[1].Split("</table>")[0];
        var rows = table.Split("<tr>").Skip(2).ToList();
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("Acme Corp");
        rows[0].ShouldContain("<strong>USD 147,000</strong>");
        rows[1].ShouldContain("Beta Inc");
        rows[1].ShouldContain("<strong>USD 170,000</strong>");
        html.ShouldContain("<svg");
        html.ShouldContain("data-offer=\"acme\"");
        html.ShouldContain("data-offer=\"beta\"");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ARefusedUploadListsEveryProblemAndChangesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        const string bad = """
            { "version": 1, "opportunities": [
              { "id": "Acme Corp", "company": "Acme Corp", "stage": "applied", "appliedOn": "2026-13-01" },
              { "id": "beta", "company": "", "stage": "offer" },
              { "id": "globex", "company": "Globex", "stage": "offer", "offer": { "status": "written", "baseSalary": -5 },
                "contacts": [ { "name": "" } ] } ] }
            """;

        var form = await HtmlForm.LoadAsync(browser, "/data", "handler=Import");
        form.Set("confirm", "true");
        var response = await browser.PostAsync(form.Action, Upload(form, bad));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("things need fixing; nothing was saved");
        // Each place named as the person finds it in their search (issue 19), not by its path.
        html.ShouldContain("Acme Corp, applied on: ");
        html.ShouldContain("Company 2, company: ");
        html.ShouldContain("Globex, offer, base salary per year: ");
        html.ShouldContain("Globex, contact 1, name: ");
        html.ShouldNotContain("opportunities[");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUploadWithoutTheConfirmationIsRefused(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();

        var form = await HtmlForm.LoadAsync(browser, "/data", "handler=Import");
        var response = await browser.PostAsync(form.Action, Upload(form, Documents.Rival));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("tick the box to confirm");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AGoodUploadReplacesTheWholeSearch(string provider)
    {
        var app = apps[provider];
        var source = await app.ApiUserAsync();
        await source.PutPipelineAsync(Documents.Rival);
        var expected = await source.PipelineAsync();
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();

        var form = await HtmlForm.LoadAsync(browser, "/data", "handler=Import");
        form.Set("confirm", "true");
        var response = await browser.PostAsync(form.Action, Upload(form, Documents.Rival));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PageAsync("/")).ShouldContain("Imported 2 companies.");
        (await browser.PipelineAsync()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnImportRacingAnEditIs409AndOverwritesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var import = await HtmlForm.LoadAsync(browser, "/data", "handler=Import");

        // Another tab saves an edit after the import page was opened.
        var add = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        (await add.Set("company", "Edited Elsewhere").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterEdit = await browser.PipelineAsync();

        import.Set("confirm", "true");
        var response = await browser.PostAsync(import.Action, Upload(import, Documents.Rival));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("changed since this page was opened");
        (await browser.PipelineAsync()).ShouldBe(afterEdit);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheExportIsAJsonDownloadOfTheSearch(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();

        var response = await browser.GetAsync("/data?handler=Export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.ShouldEndWith(".json");
        var text = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(text).RootElement;
        document.GetProperty("opportunities").GetArrayLength().ShouldBe(4);
        text.TrimEnd('\n').ShouldBe(await browser.PipelineAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUploadOver2MBIsRefusedWithItsSizeAndChangesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        var huge = $$"""{ "version": 1, "opportunities": [ { "id": "acme", "company": "Acme", "stage": "applied", "notes": "{{new string('x', 2_200_000)}}" } ] }""";

        var form = await HtmlForm.LoadAsync(browser, "/data", "handler=Import");
        form.Set("confirm", "true");
        var response = await browser.PostAsync(form.Action, Upload(form, huge));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("the largest search accepted is 2048 KB");
        (await browser.PipelineAsync()).ShouldBe(before);
    }
}
