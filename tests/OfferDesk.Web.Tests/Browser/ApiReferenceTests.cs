using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>The API reference page works in a real browser under our content policy, and asks no other host for anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task TheApiReferenceShowsEveryOperationAndLoadsOnlyFromThisServer()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        var complaints = new List<string>();
        page.Request += (_, r) => { lock (requested) requested.Add(r.Url); };
        page.Console += (_, m) => { if (m.Type == "error") lock (complaints) complaints.Add(m.Text); };
        page.PageError += (_, e) => { lock (complaints) complaints.Add(e); };

        await Steps.WithFailureScreenshotAsync(page, "api-reference", async () =>
        {
            await page.GotoAsync(app.Url("/api-reference/"));
            await Expect(page.GetByText("Sign in for a bearer token").First).ToBeVisibleAsync();
            // Groups other than the first open on demand.
            await page.GetByRole(AriaRole.Button, new() { Name = "Open Group - Search" }).ClickAsync();
            await Expect(page.GetByText("Replace the whole search").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        });

        lock (requested)
        {
            requested.ShouldContain(u => u.EndsWith("/openapi/v1.json"));
            requested.ShouldAllBe(u => u.StartsWith(app.Address + "/") || u.StartsWith("data:") || u.StartsWith("blob:"));
        }
        lock (complaints) complaints.Where(c => c.Contains("Content Security Policy")).ShouldBeEmpty();
    }
}
