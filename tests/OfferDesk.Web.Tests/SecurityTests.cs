using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Data;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Security headers, HTML encoding of everything a user types, and error pages that say nothing inside.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class SecurityTests(WebApps apps) : IClassFixture<WebApps>
{
    /// <summary>
    /// Markup typed into company, role, notes, a contact and an offer title. x1 is the top choice
    /// still interviewing (a phone move, so a call sheet); x2 holds an offer (the Offers page).
    /// </summary>
    private const string Hostile = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "<script>alert('name')</script>" },
          "opportunities": [
            {
              "id": "x1", "company": "<script>alert(1)</script>", "role": "<img src=x onerror=alert(2)>", "preference": 1,
              "stage": "interviewing", "appliedOn": "2026-02-01", "lastHeardFrom": "2026-03-09",
              "notes": "<iframe src=javascript:alert(3)></iframe>",
              "contacts": [ { "name": "<svg onload=alert(4)>", "role": "hiring-manager" } ],
              "interviews": [ { "at": "2026-03-12", "kind": "<b>onsite</b>", "status": "scheduled" } ]
            },
            {
              "id": "x2", "company": "\"><script>alert(5)</script>", "role": "<u>role</u>", "preference": 2, "stage": "offer",
              "offer": { "status": "written", "deadline": "2026-03-20", "baseSalary": 100000, "currency": "USD", "title": "<marquee>boss</marquee>" }
            }
          ]
        }
        """;

    private static readonly string[] RawTags =
        ["<script>alert", "<img src=x", "<iframe", "<svg onload", "<b>onsite", "<u>role", "<marquee>", "\"><script>"];

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SignedInPagesSendTheSecurityHeadersAndAreNeverCached(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();

        foreach (var page in new[] { "/", "/search", "/opportunities/northwind", "/offers", "/data", "/settings" })
        {
            var response = await browser.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            csp.ShouldContain("frame-ancestors 'none'", customMessage: page);
            csp.ShouldContain("default-src 'self'", customMessage: page);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"], page);
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer", page);
            response.Headers.CacheControl.ShouldNotBeNull(page).NoStore.ShouldBeTrue(page);
        }
    }

    [Fact]
    public async Task TheSignInPageSendsTheSecurityHeadersToo()
    {
        var response = await apps["sqlite"].Browser().GetAsync("/account/login");

        string.Join(";", response.Headers.GetValues("Content-Security-Policy")).ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.Contains("Referrer-Policy").ShouldBeTrue();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task MarkupTypedIntoASearchComesBackEncodedOnEveryPage(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Hostile);
        var moves = Http.Moves(await browser.AdviceAsync());
        moves.ShouldContain(("accelerate-preferred", "x1"), "x1 has a call sheet");

        var pages = new[] { "/", "/search", "/opportunities/x1", "/opportunities/x2", "/offers", "/opportunities/x1/prep/accelerate-preferred" };
        foreach (var page in pages)
        {
            var html = await browser.PageAsync(page);
            foreach (var raw in RawTags) html.ShouldNotContain(raw, customMessage: $"{page} has the raw markup {raw}");
        }
        (await browser.PageAsync("/search")).ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        (await browser.PageAsync("/opportunities/x1")).ShouldContain("&lt;iframe src=javascript:alert(3)&gt;&lt;/iframe&gt;</textarea>");
        (await browser.PageAsync("/offers")).ShouldContain("&lt;marquee&gt;boss&lt;/marquee&gt;");
        (await browser.PageAsync("/opportunities/x1/prep/accelerate-preferred")).ShouldContain("Call sheet: &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task MarkupTypedIntoTheFormsComesBackEncoded(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var add = await HtmlForm.LoadAsync(browser, "/search", "handler=Add");
        (await add.Set("company", "<script>alert(6)</script>").Set("role", "<img src=x onerror=alert(7)>").SubmitAsync(browser))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        const string id = "script-alert-6-script";
        var edit = await HtmlForm.LoadAsync(browser, $"/opportunities/{id}", OpportunityEditTests.Notes);
        (await edit.Set("Input.Notes", "<script>alert(8)</script>").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var page in new[] { "/", "/search", $"/opportunities/{id}" })
        {
            var html = await browser.PageAsync(page);
            html.ShouldNotContain("<script>alert", customMessage: page);
            html.ShouldNotContain("<img src=x", customMessage: page);
        }
        (await browser.PageAsync($"/opportunities/{id}")).ShouldContain("&lt;script&gt;alert(8)&lt;/script&gt;</textarea>");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ANotFoundPageIsKindAndShowsNoInternals(string provider)
    {
        var browser = await apps[provider].PageUserAsync();

        foreach (var url in new[] { "/no/such/page", "/opportunities/nope", "/opportunities/nope/prep/accelerate-preferred" })
        {
            var response = await browser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("Not found");
            html.ShouldNotContain("Exception");
            html.ShouldNotContain("   at ");
            html.ShouldNotContain(".cs:line");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AServerErrorShowsAKindPageWithoutAStackTrace(string provider)
    {
        var app = apps[provider];
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();

        // (An unreadable stored search is no longer such an error: it opens the repair page, see RepairTests.)
        var response = await browser.GetAsync(OfferDeskFactory.ThrowingPathValue);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Something went wrong");
        html.ShouldNotContain("Exception");
        html.ShouldNotContain("   at ");
        html.ShouldNotContain("on purpose");
        html.ShouldNotContain(".cs:line");
    }
}
