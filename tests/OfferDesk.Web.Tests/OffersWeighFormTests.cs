using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The Offers page's "Weigh them your way" form without a browser: a rate typed the way a person
/// writes it is stored in the search and brings the other currency into the comparison; one that
/// does not read is refused at its field, keeping what was typed, and nothing is saved.
/// </summary>
public sealed class OffersWeighFormTests : IAsyncLifetime
{
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    private const string TwoCurrencies = """
        { "version": 1, "opportunities": [
            { "id": "acme", "company": "Acme Corp", "stage": "offer", "preference": 1, "offer": { "status": "written", "baseSalary": 100000, "currency": "USD" } },
            { "id": "berlin", "company": "Berlin GmbH", "stage": "offer", "preference": 2, "offer": { "status": "written", "baseSalary": 100000, "currency": "EUR" } } ] }
        """;

    [Fact]
    public async Task ARateTypedWithACommaIsStoredAndTheOtherCurrencyIsCompared()
    {
        var browser = await app.PageUserAsync();
        await browser.PutPipelineAsync(TwoCurrencies);
        (await browser.GetStringAsync("/offers")).ShouldContain("shown apart");

        var form = await HtmlForm.LoadAsync(browser, "/offers", "handler=Weigh");
        var response = await form.Set("Input.Rates[EUR]", "1,08").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var search = JsonDocument.Parse(await browser.PipelineAsync()).RootElement;
        var rate = search.GetProperty("exchangeRates")[0];
        (rate.GetProperty("from").GetString(), rate.GetProperty("to").GetString(), rate.GetProperty("rate").GetDecimal()).ShouldBe(("EUR", "USD", 1.08m));
        // The defaults were offered and are now the candidate's own, each at 3.
        search.GetProperty("whatMatters").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBe(["Title", "Workplace", "Location", "Growth", "Team", "Days off"]);
        var offers = JsonDocument.Parse(await browser.GetStringAsync("/api/offers")).RootElement.GetProperty("offers");
        offers[1].GetProperty("comparedFourYearTotal").GetDecimal().ShouldBe(432000m);
        var page = await browser.GetStringAsync("/offers");
        page.ShouldContain("USD 432,000");
        page.ShouldContain("Acme Corp would match Berlin GmbH");
    }

    [Fact]
    public async Task ARateThatDoesNotReadIsRefusedAtItsFieldKeepingWhatWasTyped()
    {
        var browser = await app.PageUserAsync();
        await browser.PutPipelineAsync(TwoCurrencies);
        var before = await browser.PipelineAsync();

        var form = await HtmlForm.LoadAsync(browser, "/offers", "handler=Weigh");
        var response = await form.Set("Input.Rates[EUR]", "one").Set("Input.Grants[0].Value", "50k").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"rate-EUR-error\"");
        html.ShouldContain("&quot;one&quot; is not a rate");
        html.ShouldContain("value=\"one\"");
        html.ShouldContain("value=\"50k\"");
        (await browser.PipelineAsync()).ShouldBe(before);
    }
}
