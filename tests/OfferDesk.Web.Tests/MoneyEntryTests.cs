using System.Net;
using System.Text.RegularExpressions;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Money typed on the pages (issue 19): the company page's offer and the one-step offer read it
/// the way the person writes it, in the offer's currency and their browser's language; an amount
/// that reads two ways is asked back with everything typed kept, and nothing is saved.
/// </summary>
public sealed class MoneyEntryTests : IAsyncLifetime
{
    private const string Page = "/opportunities/bluebird";
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    /// <summary>The words a person sees: tags, scripts and styles removed, entities decoded.</summary>
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<(script|style|head)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline), "<[^>]+>", " "));

    private async Task<HttpClient> ExampleUserAsync(string? language = null)
    {
        var browser = await app.PageUserAsync();
        if (language is not null) browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await browser.LoadExampleAsync();
        return browser;
    }

    private static async Task<System.Text.Json.JsonElement> OfferAsync(HttpClient browser, string id) =>
        Http.Opportunity(await browser.PipelineAsync(), id).GetProperty("offer");

    [Theory]
    [InlineData(null, "EUR", "120.000", 120000, "EUR")]
    [InlineData(null, "", "€95.000", 95000, "EUR")]
    [InlineData(null, "USD", "$120k", 120000, "USD")]
    [InlineData(null, "GBP", "1.2M", 1200000, "GBP")]
    [InlineData("de-DE,de;q=0.9", "USD", "120.000", 120000, "USD")]
    [InlineData("fr-FR", "EUR", "120 000", 120000, "EUR")]
    public async Task TheCompanyPageReadsASalaryTheWayThePersonWritesIt(string? language, string currency, string typed, int expected, string savedCurrency)
    {
        var browser = await ExampleUserAsync(language);
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Offer);
        var response = await form.Set("Input.Currency", currency).Set("Input.BaseSalary", typed).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Visible(await response.Content.ReadAsStringAsync()));
        var offer = await OfferAsync(browser, "bluebird");
        offer.GetProperty("baseSalary").GetDecimal().ShouldBe(expected);
        offer.GetProperty("currency").GetString().ShouldBe(savedCurrency);
    }

    [Fact]
    public async Task ASalaryThatReadsTwoWaysIsAskedBackKeepsEverythingTypedAndSavesNothing()
    {
        var browser = await ExampleUserAsync("en-US");
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Offer);
        var response = await form.Set("Input.Title", "Staff Engineer").Set("Input.BaseSalary", "120.000").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var text = Visible(html);
        text.ShouldContain("Did you mean 120,000 or 120? Write 120000 or 120 to say which");
        text.ShouldContain("Base salary per year");
        HtmlForm.Control(html, "Input.BaseSalary")!["value"].ShouldBe("120.000");
        HtmlForm.Control(html, "Input.Title")!["value"].ShouldBe("Staff Engineer");
        (await browser.PipelineAsync()).ShouldBe(before);

        // Answered plainly, it saves.
        var again = HtmlForm.Find(html, Page, OpportunityEditTests.Offer).Set("Input.BaseSalary", "120000");
        (await again.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OfferAsync(browser, "bluebird")).GetProperty("baseSalary").GetDecimal().ShouldBe(120000m);
    }

    [Fact]
    public async Task AnAmountInAnotherCurrencyThanTheOffersIsRefusedInWords()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, OpportunityEditTests.Offer);
        var response = await form.Set("Input.Currency", "USD").Set("Input.SigningBonus", "€5.000").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await response.Content.ReadAsStringAsync()).ShouldContain("\"€5.000\" is in euros (EUR), but this offer is in USD");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TheOneStepOfferReadsTheSameWay()
    {
        var browser = await ExampleUserAsync();
        var offer = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=Offer");
        var response = await offer.Set("status", "written").Set("baseSalary", "95.000 €").Set("currency", "").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Visible(await response.Content.ReadAsStringAsync()));
        var saved = await OfferAsync(browser, "contoso");
        saved.GetProperty("baseSalary").GetDecimal().ShouldBe(95000m);
        saved.GetProperty("currency").GetString().ShouldBe("EUR");
    }

    [Fact]
    public async Task TheOneStepOfferAsksBackAnAmountThatReadsTwoWays()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var offer = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=Offer");
        var response = await offer.Set("status", "written").Set("baseSalary", "130.000").Set("currency", "USD").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        Visible(html).ShouldContain("Base salary: \"130.000\" can be read two ways. Did you mean 130,000 or 130?");
        HtmlForm.Control(html, "baseSalary")!["value"].ShouldBe("130.000");
        (await browser.PipelineAsync()).ShouldBe(before);
    }
}
