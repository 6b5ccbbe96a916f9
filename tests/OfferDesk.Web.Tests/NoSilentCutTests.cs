using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Issue 19: text over a limit is refused whole, in words next to its field, and shown back as
/// sent; no field of the pages carries a maxlength, which would cut a paste without a word.
/// </summary>
public sealed class NoSilentCutTests : IAsyncLifetime
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

    [Theory]
    [InlineData("Heard", "heard-note")]
    [InlineData("Rejected", "rejected-note")]
    public async Task WhatTheySaidOverTheLimitIsRefusedInWordsAndShownBackWhole(string handler, string field)
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var pasted = string.Concat(Enumerable.Repeat("They liked the design exercise. ", 3125))[..99_999] + ".";
        pasted.Length.ShouldBe(100_000);
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=" + handler);

        var response = await form.Set("note", pasted).SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var error = Html.Parse(html).GetElementById("err-" + field).ShouldNotBeNull();
        WebUtility.HtmlDecode(error.TextContent).ShouldContain("What they said: this has 100,000 characters, and at most 2,000 fit. Nothing was cut: shorten it by 98,000 and save again.");
        var shownBack = Html.Parse(html).GetElementById(field).ShouldNotBeNull();
        shownBack.TextContent.Trim().ShouldBe(pasted, "the text comes back whole");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("/opportunities/bluebird")]
    [InlineData("/opportunities/contoso/log?show=heard")]
    [InlineData("/board")]
    [InlineData("/search")]
    public async Task NoFieldCutsAPaste(string page)
    {
        var browser = await ExampleUserAsync();
        var html = await browser.PageAsync(page);
        var document = Html.Parse(html);
        document.QuerySelectorAll("input[maxlength], textarea[maxlength]").Select(e => e.Id).ShouldBeEmpty();
        if (page.StartsWith("/opportunities/bluebird", StringComparison.Ordinal))
            document.GetElementById("notes").ShouldNotBeNull().GetAttribute("data-limit").ShouldBe("20000", "the counter knows the limit");
    }
}
