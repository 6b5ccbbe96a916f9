using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Reminders;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// "Send me today's email now" cannot be used to mail an address over and over, and an email's
/// links come only from the configured public address, never from the request (issue 22).
/// </summary>
public sealed class SendNowLimitTests : IAsyncLifetime
{
    private readonly LoopbackSmtp _smtp = new();
    private OfferDeskFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new OfferDeskFactory(settings: _smtp.Settings()) { FastPasswordHashing = true };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AFourthSendWithinAQuarterHourIs429OnTheApiAndThePage()
    {
        var api = await MorningEmailTests.SubscriberAsync(_app, "often@example.test", MorningEmailTests.Example());
        for (var i = 0; i < SendNowLimits.PerAccount; i++)
            (await api.PostAsync("/api/reminders/send-now", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await api.PostAsync("/api/reminders/send-now", null);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("you asked for 3 test emails in the last 15 minutes");
        _smtp.Received.Count.ShouldBe(SendNowLimits.PerAccount);

        // The page counts with the API: the same account is refused there too, in words.
        var browser = _app.Browser();
        var login = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        (await login.Set("email", "often@example.test").Set("password", "correct horse battery staple").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=SendNow");
        var page = await form.SubmitAsync(browser);
        page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        Html.Problems(await page.Content.ReadAsStringAsync()).ShouldHaveSingleItem().Text.ShouldContain("Not sent: you asked for 3 test emails");
        _smtp.Received.Count.ShouldBe(SendNowLimits.PerAccount);
    }

    [Fact]
    public void OneAddressGetsAtMostFiveADayWhicheverAccountsAsk()
    {
        using var limits = new SendNowLimits();
        for (var i = 0; i < SendNowLimits.PerRecipient; i++)
            using (var permit = limits.TryAcquire($"account-{i % 2}-{i / 2}", "Target@Example.test")) permit.Granted.ShouldBeTrue();

        using var sixth = limits.TryAcquire("account-new", "target@example.test ");

        sixth.Granted.ShouldBeFalse();
        sixth.Refusal.ShouldBe("target@example.test has had 5 test emails today; try again tomorrow");
    }

    [Fact]
    public void OneSendAtATimePerAccount()
    {
        using var limits = new SendNowLimits();
        using var first = limits.TryAcquire("one", "one@example.test");
        using var second = limits.TryAcquire("one", "one@example.test");
        first.Granted.ShouldBeTrue();
        second.Granted.ShouldBeFalse();
        second.Refusal!.ShouldContain("being sent for you already");
    }

    [Fact]
    public async Task TheEmailsLinksComeFromPublicUrlNotTheRequestsHost()
    {
        var api = await MorningEmailTests.SubscriberAsync(_app, "host@example.test", MorningEmailTests.Example());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reminders/send-now");
        request.Headers.Host = "phish.example";

        (await api.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mail = _smtp.Received.ShouldHaveSingleItem();
        mail.Raw.ShouldNotContain("phish.example");
        mail.Header("List-Unsubscribe").ShouldStartWith("<https://desk.example/reminders/stop?t=");
        mail.TextPart.ShouldContain("https://desk.example/");
    }

    [Theory]
    [InlineData(null, "email is set up (Smtp__Host) but PublicUrl is not: set PublicUrl to the address people open OfferDesk at")]
    [InlineData("offers.example.org", "PublicUrl \"offers.example.org\" is not a web address")]
    public void WithEmailOnAndNoPublicUrlTheAppRefusesToStartWithOneLine(string? publicUrl, string says)
    {
        var settings = _smtp.Settings();
        settings["PublicUrl"] = publicUrl;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var refused = Should.Throw<OfferDesk.Web.Infrastructure.StartupRefusal>(() => new ServiceCollection().AddMorningEmail(config));

        refused.Message.ShouldStartWith("OfferDesk cannot start: ");
        refused.Message.ShouldContain(says);
        refused.Message.ShouldNotContain("\n");
        // Without a mail server, PublicUrl stays optional: nothing is mailed.
        settings.Remove("Smtp:Host");
        new ServiceCollection().AddMorningEmail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }
}
