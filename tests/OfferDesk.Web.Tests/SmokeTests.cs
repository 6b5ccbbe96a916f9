using System.Net;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task TodaySendsAStrangerToTheIntroduction()
    {
        using var app = new OfferDeskFactory();
        var response = await app.Browser().GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/welcome");
    }

    [Fact]
    public async Task ANewUserSeesHowToStart()
    {
        using var app = new OfferDeskFactory();
        var browser = await app.PageUserAsync();
        var html = await browser.GetStringAsync("/");
        html.ShouldContain("Load an example search");
    }
}
