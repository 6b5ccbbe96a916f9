using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// A company's page in parts, in a real browser at a laptop's size and a phone's: text typed in
/// two parts, one part saved, and the other's text still there, marked as not saved yet; then
/// Enter in a field saves that field's own part. axe-core finds nothing at each step, and on the
/// phone nothing sticks out sideways. Leaving the page with text not saved asks first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompanyPageTests(BrowserFixture browser)
{
    [ChromiumFact]
    public Task TextTypedInAnotherPartIsStillThereAfterASaveOnALaptop() => TwoPartsAsync(1200, 900, "laptop");

    [ChromiumFact]
    public Task TextTypedInAnotherPartIsStillThereAfterASaveOnAPhone() => TwoPartsAsync(390, 844, "phone");

    [ChromiumFact]
    public async Task LeavingWithTextNotSavedAsksFirstAndAPartsOwnSaveDoesNot()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        var asked = new List<string>();
        var leave = false;
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Type);
            if (leave) await dialog.AcceptAsync(); else await dialog.DismissAsync();
        };
        var company = app.Url("/opportunities/northwind");
        await Steps.WithFailureScreenshotAsync(page, "company-leave", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.LoadExampleAsync(page);
            await page.GotoAsync(company);
            var done = page.Locator("article.move form.done button[type=submit]").First;

            // Typed and not saved: a Done asks, and staying keeps the page and the text.
            await page.Locator("#notes").FillAsync("Call Dana before 10.");
            await done.ClickAsync();
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Call Dana before 10.");
            asked.ShouldBe(["beforeunload"]);
            page.Url.ShouldBe(company);

            // The part's own Save does not ask; with nothing left unsaved, neither does a Done.
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save notes", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Notes", StringComparison.Ordinal));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Call Dana before 10.");
            await page.RunAndWaitForResponseAsync(() => done.ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/moves/done", StringComparison.Ordinal));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Done\. Your advice for .+ is updated\.$"), new() { Timeout = BrowserFixture.Wait });
            asked.Count.ShouldBe(1, "only the first Done, with text not saved, asked");

            // Typed again and the user chooses to leave: the Done goes through.
            await page.GotoAsync(company);
            await page.Locator("#role").FillAsync("Principal Engineer");
            leave = true;
            await page.RunAndWaitForResponseAsync(() => done.ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("/moves/done", StringComparison.Ordinal));
            asked.ShouldBe(["beforeunload", "beforeunload"]);
        });
    }

    private async Task TwoPartsAsync(int width, int height, string size)
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var company = app.Url("/opportunities/northwind");

        async Task CheckAsync(string state)
        {
            (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on {state} at {width}px");
            if (width < 500) await Steps.ShouldFitItsWidthAsync(page, width, state);
        }

        await Steps.WithFailureScreenshotAsync(page, "company-parts-" + size, async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.LoadExampleAsync(page);

            await page.GotoAsync(company);
            await Expect(page.Locator("h1")).ToContainTextAsync("Northwind Traders");
            await page.Locator("#role").FillAsync("Principal Engineer");
            await page.Locator("#notes").FillAsync("Call Dana before 10.");
            await Expect(page.Locator("#details .unsaved")).ToBeVisibleAsync();

            // Save the notes: the page comes back at the notes, saved, and the role as typed.
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save notes", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Notes", StringComparison.Ordinal));
            var saved = page.Locator("#your-notes .saved");
            await Expect(saved).ToContainTextAsync("Notes saved.", new() { Timeout = BrowserFixture.Wait });
            await Expect(saved).ToContainTextAsync("Not saved yet: what you changed under Details.");
            page.Url.ShouldEndWith("#your-notes");
            await Expect(saved).ToBeInViewportAsync();
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Call Dana before 10.");
            await Expect(page.Locator("#role")).ToHaveValueAsync("Principal Engineer");
            await Expect(page.Locator("#details .unsaved")).ToBeVisibleAsync();
            await Expect(page.Locator("#details .unsaved")).ToHaveTextAsync("Changed, not saved yet");
            await Expect(page.Locator("#your-notes .unsaved")).ToBeHiddenAsync();
            await CheckAsync("a part saved with another part typed");
            await Artifacts.ScreenshotAsync(page, $"company-kept-{size}", forDocs: false);

            // The search holds the notes and not the role, as another tab shows.
            var other = await context.NewPageAsync();
            await other.GotoAsync(company);
            await Expect(other.Locator("#notes")).ToHaveValueAsync("Call Dana before 10.");
            await Expect(other.Locator("#role")).ToHaveValueAsync("Staff Engineer");
            await other.CloseAsync();

            // The link in the note leads to the part not saved yet; Enter in its field saves it.
            await saved.GetByRole(AriaRole.Link, new() { Name = "Details" }).ClickAsync();
            await Expect(page.Locator("#role")).ToBeInViewportAsync();
            await page.Locator("#role").FocusAsync();
            await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Details", StringComparison.Ordinal));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            page.Url.ShouldEndWith("/opportunities/northwind#details");
            await Expect(page.Locator("#role")).ToHaveValueAsync("Principal Engineer");
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Call Dana before 10.");
            await Expect(page.Locator(".part .unsaved:visible")).ToHaveCountAsync(0);
            await CheckAsync("the other part saved");
        });
    }
}
