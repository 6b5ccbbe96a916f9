using System.Text.Json;
using OfferDesk.Web.Pages;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// A large search is shown a part at a time on the board and the search page (issue 22): each
/// column or stage shows at most 200 companies, in rank order, with links to the rest.
/// </summary>
public sealed class PagingTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private static string Search(int applied, int interviewing) => JsonSerializer.Serialize(new
    {
        version = 1,
        candidate = new { employment = "employed" },
        opportunities = Enumerable.Range(1, applied + interviewing).Select(i => new
        {
            id = $"c{i:0000}", company = $"Company {i:0000}", preference = i,
            stage = i <= applied ? "applied" : "interviewing", appliedOn = "2026-03-01",
        }),
    });

    [Fact]
    public async Task TheBoardShowsAColumnTwoHundredCompaniesAtATime()
    {
        var api = await fixture.App.ApiUserAsync();
        await api.PutPipelineAsync(Search(applied: 450, interviewing: 3));

        var first = Html.Parse(await api.PageAsync("/board?show=applied"));
        var cards = first.QuerySelectorAll("#col-applied article.bcard");
        cards.Length.ShouldBe(Paged.Size);
        cards[0].Id.ShouldBe("card-c0001");
        first.QuerySelector("#col-applied h2 .count")!.TextContent.ShouldBe("450");
        first.QuerySelector("#col-applied .part")!.TextContent.ShouldBe("Companies 1 to 200 of 450");
        first.QuerySelectorAll("#col-interviewing article.bcard").Length.ShouldBe(3, "a short column is whole");
        var next = first.QuerySelectorAll("#col-applied a").Single(a => a.TextContent == "Show the next 200").GetAttribute("href")!;

        var second = Html.Parse(await api.PageAsync(next.Split('#')[0]));
        second.QuerySelectorAll("#col-applied article.bcard")[0].Id.ShouldBe("card-c0201");
        var last = Html.Parse(await api.PageAsync("/board?show=applied&from=400"));
        last.QuerySelectorAll("#col-applied article.bcard").Length.ShouldBe(50);
        last.QuerySelector("#col-applied .part")!.TextContent.ShouldBe("Companies 401 to 450 of 450");
        last.QuerySelectorAll("#col-applied a").Any(a => a.TextContent == "Show the 200 before").ShouldBeTrue();
        // An offset past the end shows the last part, not nothing.
        Html.Parse(await api.PageAsync("/board?show=applied&from=99999")).QuerySelectorAll("#col-applied article.bcard").Length.ShouldBe(50);
    }

    [Fact]
    public async Task TheSearchPageShowsAStageTwoHundredCompaniesAtATime()
    {
        var api = await fixture.App.ApiUserAsync();
        await api.PutPipelineAsync(Search(applied: 250, interviewing: 0));

        var first = Html.Parse(await api.PageAsync("/search"));
        first.QuerySelectorAll("#list-applied tbody tr").Length.ShouldBe(Paged.Size);
        var next = first.QuerySelectorAll("#list-applied a").Single(a => a.TextContent == "Show the next 50").GetAttribute("href")!;
        var rest = Html.Parse(await api.PageAsync(next.Split('#')[0]));
        var rows = rest.QuerySelectorAll("#list-applied tbody tr");
        rows.Length.ShouldBe(50);
        rows[0].QuerySelector("a")!.TextContent.ShouldBe("Company 0201");
    }
}
