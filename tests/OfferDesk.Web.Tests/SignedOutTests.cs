using System.Net;
using System.Text;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Nothing of a search is reachable without signing in.</summary>
public sealed class SignedOutTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private readonly OfferDeskFactory app = fixture.App;

    [Fact]
    public async Task AStrangersFirstPageIsTheIntroductionAndSomeoneSignedOutSignsIn()
    {
        var stranger = await app.Browser().GetAsync("/");
        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stranger.Location().ShouldBe("/welcome");
        (await app.Browser().GetAsync("/welcome")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A browser that has signed in before (its cookie expired or ended) goes to sign in, and back.
        var returning = new HttpRequestMessage(HttpMethod.Get, "/");
        returning.Headers.Add("Cookie", "offerdesk=expired");
        var back = await app.Browser().SendAsync(returning);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        back.Location().ShouldContain("/account/login");
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/opportunities/northwind")]
    [InlineData("/opportunities/northwind/prep/accelerate-preferred")]
    [InlineData("/offers")]
    [InlineData("/data")]
    [InlineData("/data?handler=Export")]
    [InlineData("/import")]
    [InlineData("/calendar")]
    [InlineData("/moves/done")]
    [InlineData("/account/password")]
    [InlineData("/settings")]
    public async Task EveryPageSendsASignedOutVisitorToSignIn(string page)
    {
        var response = await app.Browser().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Location();
        location.ShouldContain("/account/login");
        location.ShouldContain("ReturnUrl=" + Uri.EscapeDataString(page), Case.Insensitive);
    }

    [Theory]
    [InlineData("GET", "/api/pipeline")]
    [InlineData("PUT", "/api/pipeline")]
    [InlineData("GET", "/api/advice")]
    [InlineData("GET", "/api/advice?today=2026-03-10")]
    public async Task EveryApiRouteAnswers401WithoutCredentials(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "PUT") request.Content = new StringContent("""{"version":1,"opportunities":[]}""", Encoding.UTF8, Http.Json);

        var response = await app.Browser().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", "an API client gets problem details, not the HTML error page");
    }

    [Fact]
    public async Task AForgedBearerTokenIsRefused()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-token");

        (await client.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheSignInAndRegisterPagesAreOpen()
    {
        (await app.Browser().GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Browser().GetAsync("/account/register")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
