using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Reminders;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// No email goes to an address before its owner opens the link sent there; the owner of an
/// address someone else registered takes the account back by a password reset by email
/// (issue 22). Through a real SMTP server on loopback.
/// </summary>
public sealed class AddressConfirmationTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
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

    private async Task<ReceivedMail> MailToAsync(string address)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_smtp.Received.FirstOrDefault(m => m.Recipients.Contains(address)) is { } mail) return mail;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no email to {address}");
    }

    /// <summary>The path and query of the link to PublicUrl in a mail's text.</summary>
    private static string LinkIn(ReceivedMail mail, string path) =>
        Regex.Match(mail.TextPart, $@"https://desk\.example({Regex.Escape(path)}\?u=\S+)").Groups[1].Value is { Length: > 0 } found
            ? found : throw new InvalidOperationException($"no {path} link in: {mail.TextPart}");

    private async Task<HttpClient> SignedInAsync(string email, string password = Password)
    {
        var browser = _app.Browser();
        var form = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        (await form.Set("email", email).Set("password", password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    [Fact]
    public async Task NothingIsMailedToAnAddressBeforeItsOwnerOpensTheLink()
    {
        const string email = "fresh@example.test";
        var api = await _app.ApiUserAsync(email);
        await api.PutPipelineAsync(MorningEmailTests.Example());
        (await api.PutAsJsonAsync("/api/reminders", new { enabled = true, hour = 7 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        _app.Clock.Now = new DateTimeOffset(2026, 3, 10, 7, 30, 0, TimeSpan.Zero);

        (await _app.Services.GetRequiredService<MorningEmails>().RunOnceAsync()).ShouldBe(0);
        var refused = await api.PostAsync("/api/reminders/send-now", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("confirm your address first");
        _smtp.Received.ShouldBeEmpty();

        var browser = await SignedInAsync(email);
        var page = await browser.PageAsync("/settings");
        page.ShouldContain("Confirm your address first.");
        page.ShouldNotContain("Send me today");
        (await HtmlForm.Find(page, "/settings", "handler=Confirm").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var confirmation = (await MailToAsync(email));
        confirmation.Message.Subject.ShouldBe("Confirm your address for OfferDesk");
        var link = LinkIn(confirmation, "/account/confirm");

        (await _app.Browser().GetAsync("/account/confirm?u=x&t=forged")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var opened = await _app.Browser().GetAsync(link);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await opened.Content.ReadAsStringAsync()).ShouldContain("Your address is confirmed");

        (await _app.Services.GetRequiredService<MorningEmails>().RunOnceAsync()).ShouldBe(1);
        (await browser.PageAsync("/settings")).ShouldNotContain("Confirm your address first.");
    }

    [Fact]
    public async Task TheApiAsksForTheLinkToo()
    {
        const string email = "api-only@example.test";
        var api = await _app.ApiUserAsync(email);

        var asked = await api.PostAsync("/api/reminders/confirm-address", null);

        asked.StatusCode.ShouldBe(HttpStatusCode.OK, await asked.Content.ReadAsStringAsync());
        var answer = await asked.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        (answer.GetProperty("to").GetString(), answer.GetProperty("alreadyConfirmed").GetBoolean()).ShouldBe((email, false));
        (await _app.Browser().GetAsync(LinkIn(await MailToAsync(email), "/account/confirm"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await (await api.PostAsync("/api/reminders/confirm-address", null)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        again.GetProperty("alreadyConfirmed").GetBoolean().ShouldBeTrue();
        _smtp.Received.Count.ShouldBe(1, "nothing more is sent once confirmed");
        (await api.PostAsync("/api/reminders/send-now", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOwnerOfARegisteredAddressTakesTheAccountBackByEmail()
    {
        const string email = "owner@example.test";
        var squatter = await _app.PageUserAsync(email, "the squatter's own passphrase");

        (await _app.Browser().PageAsync("/account/login")).ShouldContain("href=\"/account/forgot\"");
        var asked = await AskResetAsync(email);
        var unknown = await AskResetAsync("nobody-here@example.test");
        asked.ShouldContain("If an account here uses that address");
        Visible(asked).ShouldBe(Visible(unknown), "the answer says nothing about who has an account");

        var mail = await MailToAsync(email);
        mail.Message.Subject.ShouldBe("Choose a new password for OfferDesk");
        var link = LinkIn(mail, "/account/reset");
        var owner = _app.Browser();
        var reset = await HtmlForm.LoadAsync(owner, link, "name=\"next\"");
        var done = await reset.Set("next", "the owner's own passphrase").SubmitAsync(owner);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Location().ShouldBe("/account/login");

        (await _app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = "the owner's own passphrase" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = "the squatter's own passphrase" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The squatter's session ends: a change from it is answered as signed out.
        var stale = await HtmlForm.LoadAsync(squatter, "/", "handler=Example");
        (await stale.SubmitAsync(squatter)).Location().ShouldContain("/account/login");
        // The reset proved the mailbox: the address counts as confirmed.
        (await (await SignedInAsync(email, "the owner's own passphrase")).PageAsync("/settings")).ShouldNotContain("Confirm your address first.");
        // The link works once.
        var later = _app.Browser();
        var again = await HtmlForm.LoadAsync(later, link, "name=\"next\"");
        var reused = await again.Set("next", "a third passphrase of words").SubmitAsync(later);
        reused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reused.Content.ReadAsStringAsync()).ShouldContain("This link does not work");
    }

    private async Task<string> AskResetAsync(string address)
    {
        var browser = _app.Browser();
        var form = await HtmlForm.LoadAsync(browser, "/account/forgot", "name=\"email\"");
        var response = await form.Set("email", address).SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Visible(string html) => Html.Parse(html).QuerySelector("main")?.TextContent.Trim() ?? Html.Parse(html).Body!.TextContent.Trim();
}

/// <summary>Where no mail server is set up, a personal install works as before: nothing to confirm, no reset by email.</summary>
public sealed class AddressConfirmationWithoutSmtpTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task NothingToConfirmAndTheForgotPageSaysWhyNoLinkCanBeSent()
    {
        var browser = await fixture.App.PageUserAsync();
        (await browser.PageAsync("/settings")).ShouldNotContain("Confirm your address first.");
        (await fixture.App.Browser().PageAsync("/account/login")).ShouldNotContain("/account/forgot");
        (await fixture.App.Browser().PageAsync("/account/forgot")).ShouldContain("This OfferDesk has no email set up");
    }
}
