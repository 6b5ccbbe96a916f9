using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>Every form needs the page's antiforgery token; without it the post changes nothing.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class AntiforgeryTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Password = "correct horse battery staple";

    /// <summary>Each signed-in form: the page it is on, a marker that picks it, and what a user would fill in.</summary>
    private static readonly (string Page, string Marker, string Fill)[] SignedInForms =
    [
        ("/search", "handler=Add", "company=Tailspin Toys"),
        ("/search", "value=\"contoso\"", "direction=up"),
        ("/opportunities/fabrikam", "handler=Details", "Input.Company=Renamed Ltd"),
        ("/opportunities/fabrikam", "handler=Notes", "Input.Notes=Changed"),
        ("/opportunities/fabrikam", "handler=Delete", "confirm=true"),
        ("/", "value=\"accelerate-preferred\"", "choice=take-other-offer"),
        ("/", "value=\"defer-offer\"", ""),
        ("/settings", "handler=Feed#", ""),
        ("/settings", "name=\"next\"", $"current={Password}&next=another horse battery staple"),
        ("/", "action=\"/account/logout\"", ""),
    ];

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task EveryFormPostedWithoutItsTokenIs400AndChangesNothing(string provider)
    {
        var app = apps[provider];
        var email = $"af-{Guid.NewGuid():N}@example.test";
        var browser = await app.PageUserAsync(email, Password);
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();
        (await browser.PageAsync("/settings")).ShouldContain("Create my private feed");

        foreach (var (page, marker, fill) in SignedInForms)
        {
            var form = await HtmlForm.LoadAsync(browser, page, marker);
            form["__RequestVerificationToken"].ShouldNotBeNull($"the form {marker} on {page} carries a token");
            foreach (var pair in fill.Split('&', StringSplitOptions.RemoveEmptyEntries))
                form.Set(pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);

            var response = await form.WithoutAntiforgery().SubmitAsync(browser);

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"the form {marker} on {page} without a token");
            (await browser.PipelineAsync()).ShouldBe(before, $"the form {marker} on {page} changed the search");
        }
        (await browser.PageAsync("/settings")).ShouldContain("Create my private feed", customMessage: "no feed was made");
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in, password unchanged");
        var again = app.Browser();
        var login = await HtmlForm.LoadAsync(again, "/account/login", "name=\"password\"");
        var signedIn = await login.Set("email", email).Set("password", Password).SubmitAsync(again);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the old password still works");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task LoadingTheExampleWithoutTheTokenIs400AndLeavesTheSearchEmpty(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        var before = await browser.PipelineAsync();

        var form = await HtmlForm.LoadAsync(browser, "/", "handler=Example");
        var response = await form.WithoutAntiforgery().SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.PipelineAsync()).ShouldBe(before);
        (await browser.PageAsync("/")).ShouldContain("Load an example search");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnUploadWithoutTheTokenIs400AndChangesNothing(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        var before = await browser.PipelineAsync();

        using var body = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Documents.Rival));
        file.Headers.ContentType = new MediaTypeHeaderValue(Http.Json);
        body.Add(file, "file", "search.json");
        body.Add(new StringContent("true"), "confirm");
        var response = await browser.PostAsync("/data?handler=Import", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherUsersTokenDoesNotPass(string provider)
    {
        var app = apps[provider];
        var victim = await app.PageUserAsync();
        await victim.LoadExampleAsync();
        var before = await victim.PipelineAsync();
        var attacker = await app.PageUserAsync();
        var attackersToken = await OfferDeskFactory.AntiforgeryTokenAsync(attacker, "/search");

        var form = await HtmlForm.LoadAsync(victim, "/opportunities/fabrikam", "handler=Delete");
        var response = await form.Set("confirm", "true").Set("__RequestVerificationToken", attackersToken).SubmitAsync(victim);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await victim.PipelineAsync()).ShouldBe(before);
    }
}
