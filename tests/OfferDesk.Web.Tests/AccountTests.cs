using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Registering, signing in and out, changing the password, and locking out guessers.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class AccountTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Password = "correct horse battery staple";
    private static readonly Uri Site = new("http://localhost");

    /// <summary>A browser whose cookie jar the test can read.</summary>
    private static (HttpClient Browser, CookieContainer Jar) BrowserWithJar(OfferDeskFactory app)
    {
        var jar = new CookieContainer();
        return (app.CreateDefaultClient(Site, new CookieContainerHandler(jar)), jar);
    }

    /// <summary>A client that sends one fixed session cookie, as someone who copied it would.</summary>
    private static HttpClient WithCookie(OfferDeskFactory app, string value)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"offerdesk={value}");
        return client;
    }

    /// <summary>Registers a new address: accepted, it signs in and leads to Today.</summary>
    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient browser, string email, string password)
    {
        var form = await HtmlForm.LoadAsync(browser, "/account/register", "name=\"password\"");
        var registered = await form.Set("email", email).Set("password", password).SubmitAsync(browser);
        if (registered.StatusCode != HttpStatusCode.Redirect) return registered;
        registered.Location().ShouldBe("/");
        return registered;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var form = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        return await form.Set("email", email).Set("password", password).SubmitAsync(browser);
    }

    private static string NewEmail() => $"acct-{Guid.NewGuid():N}@example.test";

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ASevenCharacterPasswordIsRefusedWithAMessage(string provider)
    {
        var app = apps[provider];
        var (browser, jar) = BrowserWithJar(app);
        var email = NewEmail();

        var response = await RegisterAsync(browser, email, "abcdefg");

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await response.Content.ReadAsStringAsync()).ShouldContain("use at least 8 characters");
        jar.GetCookies(Site)["offerdesk"].ShouldBeNull();
        (await SignInAsync(app.Browser(), email, "abcdefg")).StatusCode.ShouldNotBe(HttpStatusCode.Redirect);

        var api = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = NewEmail(), password = "abcdefg" });
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ASixtyCharacterPassphraseOfPlainWordsIsAccepted(string provider)
    {
        var app = apps[provider];
        const string passphrase = "plain lower case words make a long and memorable pass phrase";
        passphrase.Length.ShouldBe(60);
        var email = NewEmail();
        var (browser, _) = BrowserWithJar(app);

        var response = await RegisterAsync(browser, email, passphrase);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/");
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(app.Browser(), email, passphrase)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteLax(string provider)
    {
        var response = await RegisterAsync(apps[provider].Browser(), NewEmail(), Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("offerdesk=", StringComparison.Ordinal));
        session.ShouldContain("httponly", Case.Insensitive);
        session.ShouldContain("samesite=lax", Case.Insensitive);
        session.ShouldContain("path=/", Case.Insensitive);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ChangingThePasswordEndsEverySessionButThisOne(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var (browser, jar) = BrowserWithJar(app);
        (await RegisterAsync(browser, email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copied = WithCookie(app, jar.GetCookies(Site)["offerdesk"]!.Value);
        (await copied.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        var changed = await form.Set("current", Password).Set("next", "a brand new passphrase").SubmitAsync(browser);
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Location().ShouldBe("/settings#password");

        // The stamp is checked once a minute (SecurityStampValidatorOptions), on the app's clock.
        app.Clock.Now += TimeSpan.FromMinutes(2);

        var old = await copied.GetAsync("/");
        old.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        old.Location().ShouldContain("/account/login");
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "the browser that changed it stays signed in");
        (await SignInAsync(app.Browser(), email, Password)).StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await SignInAsync(app.Browser(), email, "a brand new passphrase")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AWrongCurrentPasswordChangesNothing(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email, Password);

        var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        var response = await form.Set("current", "not my password").Set("next", "a brand new passphrase").SubmitAsync(browser);

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        // In people's words, at the field's label: never the form's field name.
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<code>current</code>");
        var problem = Html.Problems(html).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Current password");
        problem.Href.ShouldBe("#current");
        problem.Text.ShouldBe("Current password: this is not the password you sign in with now. Your password is unchanged.");
        (await SignInAsync(app.Browser(), email, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SigningOutEndsTheSessionAndTheCopiedCookie(string provider)
    {
        var app = apps[provider];
        var (browser, jar) = BrowserWithJar(app);
        (await RegisterAsync(browser, NewEmail(), Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copied = WithCookie(app, jar.GetCookies(Site)["offerdesk"]!.Value);

        var signOut = await HtmlForm.LoadAsync(browser, "/", "action=\"/account/logout\"");
        var response = await signOut.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/account/login");
        var after = await browser.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Signed out, the browser holds no sign-in cookie: like a stranger's, its front page is the introduction.
        after.Location().ShouldBe("/welcome");
        (await browser.GetAsync("/search")).Location().ShouldContain("/account/login");
        (await browser.GetAsync("/api/pipeline")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        app.Clock.Now += TimeSpan.FromMinutes(2);
        (await copied.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signing out renews the security stamp");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SixWrongPasswordsLockTheAccount(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        await app.PageUserAsync(email, Password);
        var guesser = app.Browser();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++) answers.Add(await SignInAsync(guesser, email, $"wrong guess {i}"));

        foreach (var early in answers.Take(4))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()).ShouldContain("That email and password don't match an account here.");
        }
        var sixth = answers[5];
        sixth.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await sixth.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");

        var right = await SignInAsync(guesser, email, Password);
        right.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "even the right password waits out the lockout");
        (await guesser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SigningInReturnsToThePageAskedForButNeverOffSite(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        await app.PageUserAsync(email, Password);

        var browser = app.Browser();
        var bounced = await browser.GetAsync("/search");
        var login = await HtmlForm.LoadAsync(browser, bounced.Location(), "name=\"password\"");
        login["returnUrl"].ShouldBe("/search");
        var back = await login.Set("email", email).Set("password", Password).SubmitAsync(browser);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        back.Location().ShouldBe("/search");

        foreach (var evil in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example/" })
        {
            var other = app.Browser();
            var form = await HtmlForm.LoadAsync(other, "/account/login?returnUrl=" + Uri.EscapeDataString(evil), "name=\"password\"");
            var response = await form.Set("email", email).Set("password", Password).Set("returnUrl", evil).SubmitAsync(other);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, evil);
            response.Location().ShouldBe("/", evil);
        }
    }
}
