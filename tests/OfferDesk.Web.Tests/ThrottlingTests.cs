using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// Every credential check counts against one small budget per address (3 a minute here):
/// sign-in and register attempts on the pages and on /api/auth, and the password page's
/// current-password check. Viewing a page never counts. A refusal says when to come back.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ThrottlingTests(PostgresServer server)
{
    private const string Password = "correct horse battery staple";
    private static readonly Dictionary<string, string?> ThreeAMinute = new() { ["Security:LoginAttemptsPerMinute"] = "3" };

    private static string NewEmail() => $"throttle-{Guid.NewGuid():N}@example.test";

    private static Task<HttpResponseMessage> ApiLoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    private static async Task<HttpResponseMessage> PageSignInAsync(HttpClient browser, string email, string password)
    {
        var form = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        return await form.Set("email", email).Set("password", password).SubmitAsync(browser);
    }

    private static void ShouldBeThrottled(HttpResponseMessage response, string what)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, what);
        var retry = response.Headers.RetryAfter.ShouldNotBeNull($"{what}: a 429 says when to come back");
        (retry.Delta ?? TimeSpan.Zero).ShouldBeGreaterThan(TimeSpan.Zero, what);
        (retry.Delta ?? TimeSpan.Zero).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(5), what);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TwentyViewsOfTheSignInAndRegisterPagesAllAnswer200(string provider)
    {
        await using var own = await OwnApp.StartAsync(server, provider, ThreeAMinute);
        var browser = own.App.Browser();

        for (var i = 0; i < 20; i++)
        {
            (await browser.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK, $"view {i + 1} of the sign-in page");
            (await browser.GetAsync("/account/register")).StatusCode.ShouldBe(HttpStatusCode.OK, $"view {i + 1} of the register page");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task WrongSignInsThroughTheApiAreThrottledLikeThePagesAndShareTheirBudget(string provider)
    {
        await using var own = await OwnApp.StartAsync(server, provider, ThreeAMinute);
        var client = own.App.CreateClient();
        var email = NewEmail();

        for (var i = 0; i < 3; i++) (await ApiLoginAsync(client, email, $"guess {i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fourth = await ApiLoginAsync(client, email, "guess 4");

        ShouldBeThrottled(fourth, "the fourth API sign-in");
        fourth.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        ShouldBeThrottled(await PageSignInAsync(own.App.Browser(), email, "guess 5"), "a page sign-in after the API's budget is spent");
        ShouldBeThrottled(await client.PostAsJsonAsync("/api/auth/register", new { email = NewEmail(), password = Password }), "an API registration");
        (await own.App.Browser().GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK, "viewing the page still works");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task WrongCurrentPasswordsOnThePasswordPageAreThrottled(string provider)
    {
        // Four attempts a minute: signing up takes one (it signs in), leaving three guesses.
        await using var own = await OwnApp.StartAsync(server, provider, new() { ["Security:LoginAttemptsPerMinute"] = "4" });
        var browser = await own.App.PageUserAsync(NewEmail(), Password);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
            answers.Add(await form.Set("current", $"guess {i}").Set("next", "a brand new passphrase").SubmitAsync(browser));
        }

        answers.Take(3).ShouldAllBe(a => a.StatusCode == HttpStatusCode.BadRequest);
        ShouldBeThrottled(answers[3], "the fourth current-password guess");
        var right = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        ShouldBeThrottled(await right.Set("current", Password).Set("next", "a brand new passphrase").SubmitAsync(browser), "even the right password waits");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ALockedAccountSaysWhenToComeBack(string provider)
    {
        await using var own = await OwnApp.StartAsync(server, provider, []);
        var email = NewEmail();
        await own.App.ApiUserAsync(email, Password);
        var client = own.App.CreateClient();

        for (var i = 0; i < 5; i++) await ApiLoginAsync(client, email, $"guess {i}");

        ShouldBeThrottled(await ApiLoginAsync(client, email, Password), "an API sign-in to a locked account");
        ShouldBeThrottled(await PageSignInAsync(own.App.Browser(), email, Password), "a page sign-in to a locked account");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AForwardedForHeaderFromAnUnknownSenderDoesNotEarnAFreshBudget(string provider)
    {
        // The proxy setting is on, but this sender is no known proxy: its X-Forwarded-For is ignored.
        await using var own = await OwnApp.StartAsync(server, provider, new(ThreeAMinute) { ["FORWARDEDHEADERS_ENABLED"] = "true" },
            services: s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse("203.0.113.9"))));
        var client = own.App.CreateClient();
        var email = NewEmail();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password = "guess" }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            answers.Add(await client.SendAsync(request));
        }

        answers.Take(3).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Unauthorized);
        ShouldBeThrottled(answers[3], "a fourth attempt claiming another address");
    }
}

/// <summary>Whose budget an attempt spends.</summary>
public sealed class ThrottlingSenderTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void AnIPv6SenderSpendsTheBudgetOfItsWholeSlash64(string address, string budget) =>
        OfferDesk.Web.Accounts.Throttling.Sender(IPAddress.Parse(address)).ShouldBe(budget);

    [Fact]
    public void TwoIPv6AddressesOfOneNetworkShareABudgetAndNeighbouringNetworksDoNot()
    {
        var sender = OfferDesk.Web.Accounts.Throttling.Sender;
        sender(IPAddress.Parse("2001:db8:1:2::1")).ShouldBe(sender(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        sender(IPAddress.Parse("2001:db8:1:2::1")).ShouldNotBe(sender(IPAddress.Parse("2001:db8:1:3::1")));
    }
}
