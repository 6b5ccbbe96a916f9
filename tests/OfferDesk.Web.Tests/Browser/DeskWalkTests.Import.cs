using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

public sealed partial class DeskWalkTests
{
    /// <summary>
    /// The walk's import step: a Huntr export from Settings (Your data), its preview (checked by axe,
    /// and on a phone for sideways scrolling like every other state), the confirmation, and the
    /// new companies on the board in their columns.
    /// </summary>
    private static async Task ImportFromAnotherTrackerAsync(IPage page, LiveApp app, Func<string, Task> checkAsync, string size)
    {
        await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bring in companies from another tracker" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Import from another tracker");
        await checkAsync("the import page");

        // Sent without a file: said by the field's label, linked to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what it would add" }).ClickAsync();
        await Expect(page.Locator(".problems")).ToContainTextAsync("CSV file: choose the CSV file to import");
        await checkAsync("a refused upload");

        await page.GetByLabel("CSV file", new() { Exact = true }).SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", "huntr.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what it would add" }).ClickAsync();
        await Expect(page.Locator("#source-h")).ToHaveTextAsync("Looks like a Huntr export");
        await Expect(page.GetByLabel("List", new() { Exact = true })).ToHaveValueAsync("status");
        await Expect(page.Locator(".import")).ToContainTextAsync("4 companies to add, 1 row left out. Nothing is saved until you press Add below.");
        await Expect(page.Locator(".import")).ToContainTextAsync("Row 4: \u201cWishlist\u201d is not applied to yet");
        await checkAsync("the import preview");
        await Artifacts.ScreenshotAsync(page, $"import-preview-{size}", fullPage: true, height: 1800);

        // The file's text goes back with the form, as the browser sends it, and is read again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add 4 companies to my search" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Added 4 companies from your Huntr export.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your board");

        await page.GotoAsync(app.Url("/board?show=interviewing"));
        await Expect(page.Locator("#card-umbrella-labs")).ToBeVisibleAsync();
        await Expect(page.Locator("#card-umbrella-labs")).ToContainTextAsync("Senior Engineer");
        await checkAsync("the board after an import");
        await page.GotoAsync(app.Url("/board?show=applied"));
        await Expect(page.Locator("#card-hooli")).ToBeVisibleAsync();
        await Expect(page.Locator("#card-vandelay-industries")).ToBeVisibleAsync();
        await Expect(page.Locator("#card-pied-piper")).ToHaveCountAsync(0);
    }
}
