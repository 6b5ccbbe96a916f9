using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// One Settings page: name and time zone, password, morning email, calendar feed, your data and
/// deleting the account, each answering next to its own form; the old addresses lead there.
/// </summary>
public sealed class SettingsPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task EverySettingIsOnOnePageAndTheMenuSaysSettings()
    {
        var browser = await app.App.PageUserAsync();

        var html = await browser.PageAsync("/settings");
        var page = Html.Parse(html);

        page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim())
            .ShouldBe(["About you", "Password", "Morning email", "Calendar feed", "Your data", "Delete my account"]);
        foreach (var (marker, field) in new[] { ("handler=Profile", "name"), ("handler=Profile", "timeZone"), ("handler=Password", "next"), ("handler=Email", "hour"), ("handler=Delete", "password") })
            HtmlForm.Find(html, "/settings", marker)[field].ShouldNotBeNull($"{field} in {marker}");
        HtmlForm.Find(html, "/settings", "handler=Feed#").ShouldNotBeNull();
        page.QuerySelectorAll("a[href='/data?handler=Export']").ShouldNotBeEmpty();
        // The menu names it, and no setting lives elsewhere any more.
        var menu = page.QuerySelector("header nav")!.TextContent;
        menu.ShouldContain("Settings");
        menu.ShouldNotContain("Import / export");
        menu.ShouldNotContain("Calendar");
        page.QuerySelector("header .who a")!.GetAttribute("href").ShouldBe("/settings");
        (await browser.PageAsync("/search")).ShouldNotContain("handler=Candidate");
        (await browser.PageAsync("/data")).ShouldNotContain("handler=Delete");
    }

    [Theory]
    [InlineData("/account/password", "/settings#password")]
    [InlineData("/account/reminders", "/settings#email")]
    [InlineData("/calendar", "/settings#calendar")]
    public async Task AnOldAddressLeadsToItsPlaceOnSettings(string old, string now)
    {
        var browser = await app.App.PageUserAsync();

        var response = await browser.GetAsync(old);

        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        response.Location().ShouldBe(now);
    }

    [Fact]
    public async Task AFormFromAnOldPagePostedToItsOldAddressStillSaves()
    {
        var browser = await app.App.PageUserAsync();
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(browser, "/settings");

        var old = await browser.PostAsync("/account/reminders", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["enabled"] = "true", ["hour"] = "9", ["__RequestVerificationToken"] = token,
        }));

        // Passed on as it was sent (307, the same method and body) to the section that saves it.
        old.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        old.Location().ShouldBe("/settings?handler=Email");
        var saved = await browser.PostAsync(old.Location(), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["enabled"] = "true", ["hour"] = "9", ["__RequestVerificationToken"] = token,
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        HtmlForm.Find(await browser.PageAsync("/settings"), "/settings", "handler=Email")["hour"].ShouldBe("9");
    }

    [Fact]
    public async Task ARefusedDeleteIsAnsweredNextToItsButtonAndTheAnswerOpensThere()
    {
        var browser = await app.App.PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Delete");
        form.Action.ShouldEndWith("#delete", Case.Sensitive, "the answer opens at the section, not at the top of a long page");

        var refused = await form.Set("password", "not my password").Set("confirm", "true").SubmitAsync(browser);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        var error = page.QuerySelector("#delete-error").ShouldNotBeNull();
        error.TextContent.ShouldBe("That is not the password you sign in with. Nothing was deleted.");
        error.GetAttribute("role").ShouldBe("alert");
        error.NextElementSibling!.TextContent.Trim().ShouldBe("Delete my account", "the error sits right above the button");
        error.Closest("section")!.Id.ShouldBe("delete");
        page.QuerySelector("#delete-password")!.GetAttribute("aria-describedby").ShouldBe("delete-error");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AWrongCurrentPasswordIsAnsweredInThePasswordSectionInWords()
    {
        var browser = await app.App.PageUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/settings", "name=\"next\"");
        form.Action.ShouldEndWith("#password");

        var refused = await form.Set("current", "not it").Set("next", "a brand new passphrase").SubmitAsync(browser);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        var problems = Html.Parse(html).QuerySelector("#password .problems").ShouldNotBeNull("in the password's own section");
        problems.TextContent.ShouldContain("Current password: this is not the password you sign in with now.");
        problems.TextContent.ShouldNotContain("`current`");
        Html.Parse(html).QuerySelector("#current")!.GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task ANameSavedOnSettingsSignsTheScriptsAndATypedZoneIsKeptWhenRefused()
    {
        var browser = await app.App.PageUserAsync();
        await browser.LoadExampleAsync();
        var form = await HtmlForm.LoadAsync(browser, "/settings", "handler=Profile");

        var refused = await form.Set("name", "Ada Quinn").Set("timeZone", "Mars/Olympus").SubmitAsync(browser);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var kept = HtmlForm.Find(await refused.Content.ReadAsStringAsync(), "/settings", "handler=Profile");
        kept["name"].ShouldBe("Ada Quinn");
        kept["timeZone"].ShouldBe("Mars/Olympus");

        var saved = await kept.Set("timeZone", "Europe/Paris").SubmitAsync(browser);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Location().ShouldBe("/settings#you");
        var candidate = JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("candidate");
        candidate.GetProperty("name").GetString().ShouldBe("Ada Quinn");
        candidate.GetProperty("timeZone").GetString().ShouldBe("Europe/Paris");
    }
}
