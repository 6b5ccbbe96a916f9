using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Nobody can learn who has an account here: registering a taken address answers exactly as a
/// new one does (and changes nothing), and a wrong password for a real account takes about as
/// long to refuse as an address nobody registered. A private install can close registration.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class EnumerationTests(WebApps apps, PostgresServer server) : IClassFixture<WebApps>
{
    private const string Password = "correct horse battery staple";

    private static string NewEmail() => $"enum-{Guid.NewGuid():N}@example.test";

    private static async Task<(HttpStatusCode Status, string Location, string LoginPage)> RegisterOnPageAsync(OfferDeskFactory app, string email, string password)
    {
        var browser = app.Browser();
        var form = await HtmlForm.LoadAsync(browser, "/account/register", "name=\"password\"");
        var response = await form.Set("email", email).Set("password", password).SubmitAsync(browser);
        var next = response.StatusCode == HttpStatusCode.Redirect ? await browser.PageAsync(response.Location()) : await response.Content.ReadAsStringAsync();
        // The page a person lands on, without the per-request antiforgery token.
        var page = System.Text.RegularExpressions.Regex.Replace(next, "value=\"CfDJ8[^\"]*\"", "");
        return (response.StatusCode, response.Location(), page);
    }

    private static async Task<HttpResponseMessage> SignInAsync(OfferDeskFactory app, string email, string password)
    {
        var browser = app.Browser();
        var form = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        return await form.Set("email", email).Set("password", password).SubmitAsync(browser);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task RegisteringATakenAddressOnThePageChangesNothingAndNeverSaysTaken(string provider)
    {
        var app = apps[provider];
        var taken = NewEmail();
        await app.PageUserAsync(taken, Password);

        var first = await RegisterOnPageAsync(app, taken, "somebody else's passphrase");
        var again = await RegisterOnPageAsync(app, taken, "a third person's passphrase");

        // The answer it always had: go and sign in, in words that fit a new address as well as an old one.
        first.Status.ShouldBe(HttpStatusCode.Redirect);
        first.Location.ShouldBe("/account/login");
        first.LoginPage.ShouldContain(OfferDesk.Web.Pages.Account.RegisterModel.DoneMessage);
        first.LoginPage.ShouldNotContain("taken", Case.Insensitive);
        first.LoginPage.ShouldNotContain("already", Case.Insensitive);
        again.LoginPage.ShouldBe(first.LoginPage);
        // And nothing changed for the owner: their password still works, the other ones do not.
        (await SignInAsync(app, taken, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SignInAsync(app, taken, "somebody else's passphrase")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SigningUpWithANewAddressSignsInAndOpensToday(string provider)
    {
        var app = apps[provider];
        var fresh = NewEmail();

        var answer = await RegisterOnPageAsync(app, fresh, "somebody's own passphrase");

        answer.Status.ShouldBe(HttpStatusCode.Redirect);
        answer.Location.ShouldBe("/");
        answer.LoginPage.ShouldContain(OfferDesk.Web.Pages.Account.RegisterModel.WelcomeMessage);
        answer.LoginPage.ShouldContain("Sign out");
        answer.LoginPage.ShouldNotContain(OfferDesk.Web.Pages.Account.RegisterModel.DoneMessage);
        (await SignInAsync(app, fresh, "somebody's own passphrase")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task RegisteringATakenAddressThroughTheApiAnswersExactlyAsANewOne(string provider)
    {
        var app = apps[provider];
        var taken = NewEmail();
        await app.ApiUserAsync(taken, Password);

        var forTaken = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = taken, password = "somebody else's passphrase" });
        var forFresh = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = NewEmail(), password = "somebody else's passphrase" });

        forTaken.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        forFresh.StatusCode.ShouldBe(forTaken.StatusCode);
        (await forTaken.Content.ReadAsStringAsync()).ShouldBe(await forFresh.Content.ReadAsStringAsync());
        // Something a client can act on: what happens next and where.
        var answer = await forFresh.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        answer.GetProperty("status").GetString().ShouldBe("accepted");
        answer.GetProperty("login").GetString().ShouldBe("/api/auth/login");
        answer.GetProperty("next").GetString()!.ShouldContain("POST /api/auth/login");
        answer.GetProperty("next").GetString()!.ShouldNotContain("page", Case.Insensitive);
        (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = taken, password = Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AWrongPasswordAndAnUnknownAddressTakeComparableTime(string provider)
    {
        // Real password hashing here: its cost is what told the two apart.
        await using var own = await OwnApp.StartAsync(server, provider, [], fastHashing: false);
        var app = own.App;
        var real = NewEmail();
        await app.ApiUserAsync(real, Password);
        var client = app.CreateClient();

        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not the password" });
            watch.Stop();
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            return watch.Elapsed.TotalMilliseconds;
        }

        // Four wrong passwords: the fifth would lock the account, and a locked account answers differently on purpose.
        await TimeAsync(NewEmail());
        var wrong = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add(await TimeAsync(real));
            unknown.Add(await TimeAsync(NewEmail()));
        }
        var (w, u) = (wrong.Order().ElementAt(1), unknown.Order().ElementAt(1));

        // Before, an unknown address was refused about 30 times faster; a generous bound, not a stopwatch.
        (Math.Max(w, u) / Math.Min(w, u)).ShouldBeLessThan(3.0, $"median wrong password {w:F1} ms, median unknown address {u:F1} ms");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AClosedInstallCreatesNoAccountOnThePageOrThroughTheApi(string provider)
    {
        await using var own = await OwnApp.StartAsync(server, provider, new() { ["Accounts:Registration"] = "closed" });
        var app = own.App;
        var email = NewEmail();

        var page = await app.Browser().GetStringAsync("/account/register");
        page.ShouldContain("new accounts are not being created here");
        page.ShouldNotContain("name=\"password\"");
        (await app.Browser().GetStringAsync("/account/login")).ShouldNotContain("/account/register");
        var browser = app.Browser();
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(browser, "/account/login");
        var posted = await browser.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var api = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = NewEmail(), password = Password });
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        api.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");

        (await SignInAsync(app, email, Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "no account was made");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task WrongPasswordsLockAnAddressAlikeWhetherOrNotItHasAnAccount(string provider)
    {
        var app = apps[provider];
        var real = NewEmail();
        await app.PageUserAsync(real, Password);

        async Task<List<HttpStatusCode>> GuessAsync(string email)
        {
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < 6; i++)
            {
                var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong guess {i}" });
                answers.Add(response.StatusCode);
            }
            return answers;
        }

        var forReal = await GuessAsync(real);
        var forNobody = await GuessAsync(NewEmail());

        forNobody.ShouldBe(forReal, "a real address and an unknown one answer the same");
        forReal.Take(4).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        forReal.Skip(4).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
