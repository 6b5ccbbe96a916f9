using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfferDesk.Web.Accounts;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// A password guessed first (a common one, the address itself, a keyboard row) is refused at
/// sign-up, on the page and the API, and at a password change; passphrases pass (issue 22).
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class GuessablePasswordTests(WebApps apps) : IClassFixture<WebApps>
{
    private static string NewEmail() => $"samlee{Guid.NewGuid():N}@example.test";

    [Theory]
    [InlineData("password", "one of the most common passwords")]
    [InlineData("12345678", "choose another")]
    [InlineData("P@ssw0rd", "one of the most common passwords")]
    [InlineData("iloveyou", "one of the most common passwords")]
    [InlineData("qwertyuiop", "choose another")]
    [InlineData("aaaaaaaaaa", "too easy to guess")]
    [InlineData("{email}", "do not use your email address")]
    [InlineData("{local}", "do not use your email address")]
    public async Task AGuessablePasswordIsRefusedAtSignUpOnThePageAndTheApi(string password, string words)
    {
        var app = apps["sqlite"];
        var email = NewEmail();
        password = password.Replace("{email}", email).Replace("{local}", email.Split('@')[0]);

        var browser = app.Browser();
        var form = await HtmlForm.LoadAsync(browser, "/account/register", "name=\"password\"");
        var page = await form.Set("email", email).Set("password", password).SubmitAsync(browser);
        page.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        Html.Problems(await page.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldContain(words);

        var api = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password });
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("password")[0].GetString()!.ShouldContain(words);

        // No account was made: the address signs in with nothing.
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AGuessableNewPasswordIsRefusedAndTheOldOneKept(string provider)
    {
        var app = apps[provider];
        var email = NewEmail();
        var browser = await app.PageUserAsync(email);

        foreach (var next in new[] { "password1", email.ToUpperInvariant() })
        {
            var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
            var response = await form.Set("current", "correct horse battery staple").Set("next", next).SubmitAsync(browser);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, next);
            Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldContain("choose another", Case.Insensitive, next);
        }
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = "correct horse battery staple" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("a brand new passphrase")]
    [InlineData("another passphrase")]
    [InlineData("somebody else's passphrase")]
    [InlineData("Tr0ub4dor&3 but longer")]
    [InlineData("my first offer was in march")]
    public void PassphrasesPass(string password) =>
        GuessablePasswords.Problem(password, "sam@example.org").ShouldBeNull();
}
