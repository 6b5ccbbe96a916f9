using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>One user's search is invisible and untouchable to every other user.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class IsolationTests(WebApps apps) : IClassFixture<WebApps>
{
    /// <summary>A has the example search (northwind, bluebird…); B has Tailspin and Wingtip.</summary>
    private async Task<(HttpClient A, HttpClient B)> TwoUsersAsync(string provider)
    {
        var app = apps[provider];
        var a = await app.PageUserAsync();
        await a.LoadExampleAsync();
        var b = await app.PageUserAsync();
        await b.PutPipelineAsync(Documents.Rival);
        return (a, b);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherUsersOpportunityAndCallSheetAre404(string provider)
    {
        var (a, b) = await TwoUsersAsync(provider);

        (await a.GetAsync("/opportunities/northwind")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await a.GetAsync("/opportunities/northwind/prep/accelerate-preferred")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await b.GetAsync("/opportunities/northwind")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/opportunities/northwind/prep/accelerate-preferred")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherUsersOpportunityCannotBeEditedDeletedOrMarkedDone(string provider)
    {
        var (a, b) = await TwoUsersAsync(provider);
        var before = await a.PipelineAsync();
        var bBefore = await b.PipelineAsync();

        var edit = await b.PostWithTokenAsync("/opportunities/northwind?handler=Details", ("Input.Company", "Hijacked"), ("Input.Stage", "rejected"));
        var delete = await b.PostWithTokenAsync("/opportunities/northwind?handler=Delete", ("confirm", "true"));
        var done = await b.PostWithTokenAsync("/moves/done", ("code", "accelerate-preferred"), ("opportunity", "northwind"), ("choice", "take-other-offer"), ("returnUrl", "/"));
        var decided = await b.PostWithTokenAsync("/moves/done", ("code", "defer-offer"), ("opportunity", "bluebird"), ("returnUrl", "/"));

        edit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        delete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        done.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        decided.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.PipelineAsync()).ShouldBe(before);
        (await b.PipelineAsync()).ShouldBe(bBefore);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherUsersCompaniesNeverAppearInTheApiOrThePages(string provider)
    {
        var (_, b) = await TwoUsersAsync(provider);

        var seen = new Dictionary<string, string>
        {
            ["/api/pipeline"] = await b.PipelineAsync(),
            ["/api/advice"] = (await b.AdviceAsync()).GetRawText(),
            ["/"] = await b.PageAsync("/"),
            ["/search"] = await b.PageAsync("/search"),
            ["/offers"] = await b.PageAsync("/offers"),
            ["/opportunities/tailspin"] = await b.PageAsync("/opportunities/tailspin"),
            ["/data?handler=Export"] = await b.PageAsync("/data?handler=Export"),
        };

        seen["/search"].ShouldContain("Tailspin Toys");
        seen["/offers"].ShouldContain("Wingtip Aviation");
        foreach (var (url, text) in seen)
            foreach (var company in Documents.ExampleCompanies)
                text.ShouldNotContain(company, customMessage: $"{url} shows {company}, another user's company");
    }
}
