using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Infrastructure;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The memory the caches hold is counted in bytes against configured ceilings, whatever the
/// number of users; a response too large to keep is streamed whole, never held.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MemoryBoundsTests(PostgresServer server)
{
    /// <summary>A search of <paramref name="companies"/> companies with long notes: about 1 KB each.</summary>
    private static string Search(int companies)
    {
        var b = new StringBuilder("""{ "version": 1, "candidate": { "employment": "employed" }, "opportunities": [""");
        for (var i = 0; i < companies; i++)
        {
            if (i > 0) b.Append(',');
            b.Append($$"""{ "id": "c{{i}}", "company": "Company {{i}}", "stage": "applied", "appliedOn": "2026-02-01", "notes": "{{new string('n', 900)}}" }""");
        }
        return b.Append("] }").ToString();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ManyUsersWithLargeSearchesStayUnderTheCacheCeilings(string provider)
    {
        const long searches = 400_000, pages = 150_000, perUser = 60_000;
        await using var own = await OwnApp.StartAsync(server, provider, new()
        {
            ["Cache:SearchesMaxBytes"] = $"{searches}", ["Cache:PagesMaxBytes"] = $"{pages}", ["Cache:PagesMaxBytesPerUser"] = $"{perUser}",
        });
        var loaded = own.App.Services.GetRequiredService<LoadedSearches>();
        var rendered = own.App.Services.GetRequiredService<RenderedPages>();

        // Ten users of 15 KB searches (about 120 KB each when loaded): far more than the ceilings allow together.
        for (var u = 0; u < 10; u++)
        {
            var browser = await own.App.PageUserAsync();
            await browser.PutPipelineAsync(Search(15));
            foreach (var page in new[] { "/", "/search", "/offers", "/api/pipeline", "/search" })
                (await browser.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
            loaded.CurrentBytes.ShouldBeLessThanOrEqualTo(searches, $"after user {u + 1}");
            rendered.CurrentBytes.ShouldBeLessThanOrEqualTo(pages, $"after user {u + 1}");
        }
        loaded.CurrentBytes.ShouldBeGreaterThan(0, "the cache is still used");
        rendered.CurrentBytes.ShouldBeGreaterThan(0, "the cache is still used");
    }

    private static string Tokenless(string html) => System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "");

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task APageLargerThanTheUsersCeilingIsServedWholeAndNotKept(string provider)
    {
        await using var own = await OwnApp.StartAsync(server, provider, new() { ["Cache:PagesMaxBytesPerUser"] = "20000" });
        var rendered = own.App.Services.GetRequiredService<RenderedPages>();
        var browser = await own.App.PageUserAsync();
        await browser.PutPipelineAsync(Search(60));

        var first = await browser.PageAsync("/search");
        var second = await browser.PageAsync("/search");

        first.Length.ShouldBeGreaterThan(20000);
        first.TrimEnd().ShouldEndWith("</html>");
        // Rendered twice (not served from memory): only the per-request antiforgery tokens differ.
        Tokenless(second).ShouldBe(Tokenless(first));
        second.ShouldNotBe(first);
        first.ShouldContain("Company 59");
        rendered.CurrentBytes.ShouldBe(0);
    }
}
