using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Signing out and changing the password end every session of the account, bearer tokens from
/// <c>/api/auth/login</c> included, at once; and only the account endpoints the product uses exist.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class SessionEndTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Password = "correct horse battery staple";

    private static string NewEmail() => $"session-{Guid.NewGuid():N}@example.test";

    private static async Task<JsonElement> ApiLoginAsync(OfferDeskFactory app, string email, string password = Password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpClient Bearer(OfferDeskFactory app, string token)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ABearerTokenStopsWorkingTheMomentThePasswordIsChanged(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email, Password);
        var token = (await ApiLoginAsync(app, email)).GetProperty("accessToken").GetString()!;
        var api = Bearer(app, token);
        (await api.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        (await form.Set("current", Password).Set("next", "a brand new passphrase").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // No waiting: the page promises "signs you out everywhere", and a token is checked on every request.
        var after = await api.GetAsync("/api/pipeline");
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        after.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ABearerTokenStopsWorkingTheMomentTheUserSignsOut(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email, Password);
        var api = Bearer(app, (await ApiLoginAsync(app, email)).GetProperty("accessToken").GetString()!);
        (await api.GetAsync("/api/advice")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signOut = await HtmlForm.LoadAsync(browser, "/", "action=\"/account/logout\"");
        (await signOut.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await api.GetAsync("/api/advice")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.PutPipelineRawAsync("""{ "version": 1, "opportunities": [] }""")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ARefreshTokenFromBeforeAPasswordChangeIsRefused(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email, Password);
        var refresh = (await ApiLoginAsync(app, email)).GetProperty("refreshToken").GetString()!;
        (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        (await form.Set("current", Password).Set("next", "a brand new passphrase").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("POST", "/api/auth/manage/2fa")]
    [InlineData("GET", "/api/auth/manage/info")]
    [InlineData("POST", "/api/auth/manage/info")]
    [InlineData("POST", "/api/auth/forgotPassword")]
    [InlineData("POST", "/api/auth/resetPassword")]
    [InlineData("POST", "/api/auth/resendConfirmationEmail")]
    [InlineData("GET", "/api/auth/confirmEmail")]
    public async Task AccountEndpointsTheProductDoesNotOfferAreNotThere(string method, string path)
    {
        // Signed in, so a 404 is "not there", not "not for you".
        var api = await apps["sqlite"].ApiUserAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { enable = true, twoFactorCode = "000000", email = "x@example.test" });

        var response = await api.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}");
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AWriteFromAnotherBrowserOfADeletedAccountIsAnsweredAsSignedOut(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var leaving = await app.PageUserAsync(email, Password);
        var other = app.Browser();
        var signIn = await HtmlForm.LoadAsync(other, "/account/login", "name=\"password\"");
        (await signIn.Set("email", email).Set("password", Password).SubmitAsync(other)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Forms the other browser opened while the account was there.
        var calendar = await HtmlForm.LoadAsync(other, "/settings", "handler=Feed#");
        var example = await HtmlForm.LoadAsync(other, "/", "handler=Example");

        var delete = await HtmlForm.LoadAsync(leaving, "/settings", "handler=Delete");
        (await delete.Set("password", Password).Set("confirm", "true").SubmitAsync(leaving)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Within the minute the cookie's stamp is trusted for reading, a write is not: signed out.
        foreach (var form in new[] { calendar, example })
        {
            var response = await form.SubmitAsync(other);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, form.Action);
            response.Location().ShouldContain("/account/login");
        }
        (await other.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the cookie was taken back");
    }

    private static async Task<HttpResponseMessage> RefreshAsync(OfferDeskFactory app, string refreshToken) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ARefreshTokenWorksOnceAndUsingItAgainEndsThatSignIn(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        await app.PageUserAsync(email, Password);
        var first = await ApiLoginAsync(app, email);
        var otherSignIn = await ApiLoginAsync(app, email);
        var spent = first.GetProperty("refreshToken").GetString()!;

        var renewed = await RefreshAsync(app, spent);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        var nextAccess = Bearer(app, next.GetProperty("accessToken").GetString()!);
        (await nextAccess.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The spent token again: whoever holds it is not the only one; that sign-in ends whole.
        (await RefreshAsync(app, spent)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await nextAccess.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await RefreshAsync(app, next.GetProperty("refreshToken").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Bearer(app, first.GetProperty("accessToken").GetString()!).GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Another sign-in of the same account goes on.
        (await Bearer(app, otherSignIn.GetProperty("accessToken").GetString()!).GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefreshAsync(app, otherSignIn.GetProperty("refreshToken").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SigningOutThroughTheApiEndsThatTokenAtOnceAndNotTheBrowser(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email, Password);
        var login = await ApiLoginAsync(app, email);
        var api = Bearer(app, login.GetProperty("accessToken").GetString()!);

        // The browser's cookie cannot sign a token out (a change through the API takes the bearer token).
        (await browser.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await api.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await RefreshAsync(app, login.GetProperty("refreshToken").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
