using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Web.Reminders;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The morning email, sent through a real SMTP server on loopback: what arrives, when, to whom,
/// with which headers, and that it arrives once.
/// </summary>
public sealed class MorningEmailTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 3, 10);
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

    private void At(int hour, int minute = 0, int dayOffset = 0) =>
        _app.Clock.Now = new DateTimeOffset(Day.AddDays(dayOffset).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);

    private Task<int> PassAsync() => _app.Services.GetRequiredService<MorningEmails>().RunOnceAsync();

    public static string Example(string? zone = null)
    {
        var pipeline = ExampleSearch.Create(Day);
        pipeline.Candidate.TimeZone = zone;
        return PipelineJson.Serialize(pipeline);
    }

    /// <summary>A user with the example search and the morning email on at <paramref name="hour"/>.</summary>
    public static async Task<HttpClient> SubscriberAsync(OfferDeskFactory app, string email, string document, int hour = 7)
    {
        var client = await app.ApiUserAsync(email);
        await app.ConfirmAddressAsync(email);
        await client.PutPipelineAsync(document);
        var put = await client.PutAsJsonAsync("/api/reminders", new { enabled = true, hour });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        return client;
    }

    [Fact]
    public async Task TheEmailArrivesAtTheHourOnceWithBothPartsAndTheStandardHeaders()
    {
        await SubscriberAsync(_app, "maya@example.test", Example());

        At(6, 59);
        (await PassAsync()).ShouldBe(0);
        _smtp.Received.ShouldBeEmpty("not before the hour");

        At(7, 0);
        (await PassAsync()).ShouldBe(1);
        At(7, 1);
        (await PassAsync()).ShouldBe(0);
        At(18, 0);
        (await PassAsync()).ShouldBe(0);

        var mail = _smtp.Received.ShouldHaveSingleItem();
        // The message as the mail server received it, for whoever reads the test log.
        output.WriteLine(mail.Raw);
        mail.Recipients.ShouldBe(["maya@example.test"]);
        mail.From.ShouldBe("offerdesk@desk.example");
        mail.Message.To.Mailboxes.Single().Address.ShouldBe("maya@example.test");
        mail.Message.From.Mailboxes.Single().Address.ShouldBe("offerdesk@desk.example");
        (mail.Message.Subject ?? "").ShouldMatch(@"^(Call|Email|Call or email) \w+ at [A-Z][\w ]+ today, and \d+ more$");
        mail.Message.MessageId.ShouldStartWith("morning.20260310.");
        mail.Message.Date.ShouldBe(new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.Zero));
        mail.Header("Auto-Submitted").ShouldBe("auto-generated");
        mail.Header("List-Unsubscribe").ShouldMatch(@"^<https://desk\.example/reminders/stop\?t=[\w%-]+>$");
        mail.Header("List-Unsubscribe-Post").ShouldBe("List-Unsubscribe=One-Click");
        mail.Header("List-Id").ShouldContain("OfferDesk morning email");

        // Both parts, each with the moves, their reasons and the words to say, in people's words.
        mail.Message.Body!.ContentType.MimeType.ShouldBe("multipart/alternative");
        mail.TextPart.ShouldContain("Good morning, Sam.");
        mail.TextPart.ShouldContain("Why: ");
        mail.TextPart.ShouldContain("What to say:");
        mail.TextPart.ShouldContain("Open Today in OfferDesk: https://desk.example/");
        mail.TextPart.ShouldNotContain("accelerate-preferred");
        mail.HtmlPart.ShouldContain("<a href=\"tel:+15550100\">+1 555 0100</a>");
        mail.HtmlPart.ShouldContain("<a href=\"mailto:dana@northwind.example\">dana@northwind.example</a>");
        mail.HtmlPart.ShouldContain("<a href=\"https://desk.example/\">Open Today in OfferDesk</a>");
    }

    [Fact]
    public async Task TheHourIsTheCandidatesOwnInTheirTimeZone()
    {
        // Chicago is on daylight time from March 8, 2026: UTC-5, so 7:00 there is 12:00 UTC.
        await SubscriberAsync(_app, "chicago@example.test", Example("America/Chicago"));

        At(11, 59);
        (await PassAsync()).ShouldBe(0);
        At(12, 0);
        (await PassAsync()).ShouldBe(1);
        _smtp.Received.ShouldHaveSingleItem().Message.MessageId.ShouldStartWith("morning.20260310.");
    }

    [Fact]
    public async Task NothingIsSentOnADayWithNothingDue()
    {
        var quiet = """
            { "version": 1, "candidate": { "name": "Robin" },
              "opportunities": [ { "id": "acme", "company": "Acme Corp", "stage": "applied", "appliedOn": "2026-03-09" } ] }
            """;
        var client = await SubscriberAsync(_app, "quiet@example.test", quiet);
        (await client.AdviceAsync("2026-03-10")).GetProperty("warnings").GetArrayLength().ShouldBe(0);

        At(8);
        (await PassAsync()).ShouldBe(0);
        At(9);
        (await PassAsync()).ShouldBe(0);

        _smtp.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task OneClickUnsubscribeTurnsTheEmailOffWithoutSigningIn()
    {
        var client = await SubscriberAsync(_app, "stop@example.test", Example());
        At(7);
        await PassAsync();
        var link = new Uri(Regex.Match(_smtp.Received.Single().Header("List-Unsubscribe"), "<(.+)>").Groups[1].Value);
        var stranger = _app.Browser();

        // Opening the link only asks (mail scanners open links)...
        var page = await stranger.GetAsync(link.PathAndQuery);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Stop the morning email?");
        (await client.GetFromJsonAsync<JsonElement>("/api/reminders")).GetProperty("enabled").GetBoolean().ShouldBeTrue();

        // ...the mail app's one-click POST (RFC 8058) turns it off, with no cookie and no form token.
        var click = await stranger.PostAsync(link.PathAndQuery, new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"));
        click.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await click.Content.ReadAsStringAsync()).ShouldContain("The morning email is off");
        var settings = await client.GetFromJsonAsync<JsonElement>("/api/reminders");
        settings.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        settings.GetProperty("hour").GetInt32().ShouldBe(7);

        At(7, dayOffset: 1);
        (await PassAsync()).ShouldBe(0);
        _smtp.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AForgedUnsubscribeLinkChangesNothing()
    {
        var client = await SubscriberAsync(_app, "kept@example.test", Example());
        var stranger = _app.Browser();

        var forged = await stranger.PostAsync("/reminders/stop?t=CfDJ8forged", new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"));
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync("/reminders/stop")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<JsonElement>("/api/reminders")).GetProperty("enabled").GetBoolean().ShouldBeTrue();

        // A real link stops working after 120 days.
        var links = _app.Services.GetRequiredService<UnsubscribeLinks>();
        var old = links.TokenFor("someone");
        links.UserFor(old).ShouldBe("someone");
        _app.Clock.Now = _app.Clock.Now.AddDays(121);
        links.UserFor(old).ShouldBeNull();
    }

    [Fact]
    public async Task AFailedSendIsRetriedWithPausesAndShownUntilItGoesOut()
    {
        await SubscriberAsync(_app, "retry@example.test", Example());
        var browser = await _app.PageUserAsync("retry-page@example.test");
        _smtp.Refuse = true;

        At(7);
        (await PassAsync()).ShouldBe(0);
        _smtp.Refuse = false;
        At(7, 0);
        _app.Clock.Now = _app.Clock.Now.AddSeconds(30);
        (await PassAsync()).ShouldBe(0, "the first pause is a minute");
        At(7, 1);
        (await PassAsync()).ShouldBe(1);
        (await PassAsync()).ShouldBe(0);
        _smtp.Received.ShouldHaveSingleItem().Recipients.ShouldBe(["retry@example.test"]);
        (await browser.GetStringAsync("/settings")).ShouldNotContain("did not go out", Case.Insensitive);
    }

    [Fact]
    public async Task AMessageThatCannotBeSentIsShownOnTheRemindersPage()
    {
        var browser = await _app.PageUserAsync("never@example.test");
        await _app.ConfirmAddressAsync("never@example.test");
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(browser, "/settings");
        var save = await browser.PostAsync("/settings?handler=Email", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["enabled"] = "true", ["hour"] = "7", ["__RequestVerificationToken"] = token,
        }));
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        token = await OfferDeskFactory.AntiforgeryTokenAsync(browser, "/");
        (await browser.PostAsync("/?handler=Example", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _smtp.Refuse = true;

        At(7);
        await PassAsync();
        (await browser.GetStringAsync("/settings")).ShouldContain("We could not send today&#x27;s email yet");
        var minutes = 0;
        foreach (var pause in MorningEmails.Backoff)
        {
            minutes += (int)pause.TotalMinutes;
            At(7 + minutes / 60, minutes % 60);
            await PassAsync();
        }

        _smtp.Received.ShouldBeEmpty();
        var page = await browser.GetStringAsync("/settings");
        page.ShouldContain("Emails that did not go out");
        page.ShouldContain($"We could not send today&#x27;s email after {MorningEmails.MaxAttempts} tries");
        At(23);
        (await PassAsync()).ShouldBe(0, "no more tries once it has failed");
    }

    [Fact]
    public async Task SendNowSendsTodaysEmailToTheAccountsAddress()
    {
        var client = await SubscriberAsync(_app, "now@example.test", Example());
        At(5);

        var response = await client.PostAsync("/api/reminders/send-now", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>();
        sent.GetProperty("to").GetString().ShouldBe("now@example.test");
        var mail = _smtp.Received.ShouldHaveSingleItem();
        mail.Recipients.ShouldBe(["now@example.test"]);
        mail.Message.Subject.ShouldBe(sent.GetProperty("subject").GetString());
        // A test does not use up the day's email.
        At(7);
        (await PassAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task SettingsAreEachUsersOwnAndBadOnesAreRefusedByName()
    {
        var one = await _app.ApiUserAsync("one@example.test");
        var two = await _app.ApiUserAsync("two@example.test");

        var fresh = await one.GetFromJsonAsync<JsonElement>("/api/reminders");
        fresh.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        fresh.GetProperty("hour").GetInt32().ShouldBe(7);

        (await one.PutAsJsonAsync("/api/reminders", new { enabled = true, hour = 6 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await two.GetFromJsonAsync<JsonElement>("/api/reminders")).GetProperty("enabled").GetBoolean().ShouldBeFalse();

        var bad = await one.PutAsJsonAsync("/api/reminders", new { enabled = "yes", hour = 24, extra = 1 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        bad.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("hour")[0].GetString()!.ShouldContain("0 to 23");
        errors.GetProperty("enabled")[0].GetString()!.ShouldContain("true or false");
        errors.TryGetProperty("extra", out _).ShouldBeTrue();
        (await one.GetFromJsonAsync<JsonElement>("/api/reminders")).GetProperty("hour").GetInt32().ShouldBe(6, "a refused change changes nothing");

        (await _app.Browser().GetAsync("/api/reminders")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheServiceSendsOnItsOwnClock()
    {
        var settings = _smtp.Settings();
        settings["Reminders:PollSeconds"] = "1";
        await using var app = new OfferDeskFactory(settings: settings) { FastPasswordHashing = true };
        app.Clock.Now = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        await SubscriberAsync(app, "loop@example.test", Example());

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_smtp.Received.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(200);

        _smtp.Received.ShouldHaveSingleItem().Recipients.ShouldBe(["loop@example.test"]);
    }
}

/// <summary>Without a mail server configured, the product says so instead of pretending.</summary>
public sealed class MorningEmailWithoutSmtpTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task SendNowIs409AndThePageSaysEmailIsNotSetUp()
    {
        var client = await fixture.App.ApiUserAsync();
        var response = await client.PostAsync("/api/reminders/send-now", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Email is not set up on this server");

        var browser = await fixture.App.PageUserAsync();
        var page = await browser.GetStringAsync("/settings");
        page.ShouldContain("Email is not set up on this server");
        page.ShouldNotContain("Send me today");
        (await fixture.App.Services.GetRequiredService<MorningEmails>().RunOnceAsync()).ShouldBe(0);
    }
}

/// <summary>The mail server settings: a half-done configuration is refused at start, naming each problem.</summary>
public sealed class SmtpSettingsTests
{
    private static Microsoft.Extensions.Configuration.IConfiguration Config(params (string Key, string Value)[] pairs) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>("Smtp:" + p.Key, p.Value))).Build();

    [Fact]
    public void WithoutAHostEmailIsNotSetUp() => SmtpSettings.Read(Config()).ShouldBeNull();

    [Theory]
    [InlineData("none", MailKit.Security.SecureSocketOptions.None, 587)]
    [InlineData("starttls", MailKit.Security.SecureSocketOptions.StartTls, 587)]
    [InlineData("TLS", MailKit.Security.SecureSocketOptions.SslOnConnect, 465)]
    public void SecurityPicksTheConnectionAndItsUsualPort(string security, MailKit.Security.SecureSocketOptions expected, int port)
    {
        var s = SmtpSettings.Read(Config(("Host", "mail.example.org"), ("From", "OfferDesk <od@example.org>"), ("Security", security)))!;
        s.Security.ShouldBe(expected);
        s.Port.ShouldBe(port);
        s.From.Address.ShouldBe("od@example.org");
    }

    [Fact]
    public void AHalfDoneConfigurationNamesEveryProblem()
    {
        var e = Should.Throw<OfferDesk.Web.Infrastructure.StartupRefusal>(() =>
            SmtpSettings.Read(Config(("Host", "mail.example.org"), ("Port", "99999"), ("Security", "ssl"), ("Username", "me"))));
        e.Message.ShouldContain("Smtp:Security \"ssl\" is not one of none, starttls, tls");
        e.Message.ShouldContain("Smtp:Port \"99999\" is not a port number");
        e.Message.ShouldContain("Smtp:From is required");
        e.Message.ShouldContain("Smtp:Password is required when Smtp:Username is set");
    }
}
