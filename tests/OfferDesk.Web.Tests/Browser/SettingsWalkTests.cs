using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// Issue 19's first steps and settings, as a person walks them at a phone's width and a laptop's,
/// in light and dark: signing up signs in and opens Today; the header shows the whole account
/// address; Settings holds every setting on one page; a refused Delete account and a wrong current
/// password are answered where the finger is. At every state axe-core finds nothing and nothing
/// sits past the viewport; the light runs take the guide's screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SettingsWalkTests(BrowserFixture browser)
{
    // A long address, the kind the phone header used to cut.
    private const string Email = "samantha.alexandra.leewhitfield@careerchange.example.test";

    [ChromiumFact]
    public Task OnAPhoneInLight() => WalkAsync(390, 844, ColorScheme.Light);

    [ChromiumFact]
    public Task OnAPhoneInDark() => WalkAsync(390, 844, ColorScheme.Dark);

    [ChromiumFact]
    public Task OnALaptopInLight() => WalkAsync(1366, 900, ColorScheme.Light);

    [ChromiumFact]
    public Task OnALaptopInDark() => WalkAsync(1366, 900, ColorScheme.Dark);

    private async Task WalkAsync(int width, int height, ColorScheme scheme)
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var size = width < 500 ? "phone" : "laptop";
        var light = scheme == ColorScheme.Light;

        async Task CheckAsync(string state)
        {
            (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on {state} at {width}px, {scheme}");
            await Steps.ShouldFitItsWidthAsync(page, width, $"{state} ({scheme})");
        }

        async Task ShotAsync(string name, ILocator of)
        {
            await of.ScrollIntoViewIfNeededAsync();
            await Artifacts.ScreenshotAsync(of, $"{name}-{size}{(light ? "" : "-dark")}", forDocs: light);
        }

        await Steps.WithFailureScreenshotAsync(page, $"settings-walk-{size}-{scheme}", async () =>
        {
            // Sign-up: the address and password once, then Today, signed in.
            await page.GotoAsync(app.Url("/account/register"));
            await page.GetByLabel("Email").FillAsync(Email);
            await page.GetByLabel("Password").FillAsync(Steps.Password);
            await CheckAsync("the sign-up form");
            await ShotAsync("sign-up", page.Locator("main"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(app.Url("/"), new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Welcome to OfferDesk: your account is ready and you are signed in.");
            await Expect(page.Locator("h1")).ToContainTextAsync("Today");

            // The header shows the whole address, on a phone too: wrapped, never cut.
            var account = page.Locator("header .who a.account");
            await Expect(account).ToContainTextAsync(Email);
            var cut = await account.EvaluateAsync<bool>("a => a.scrollWidth > a.clientWidth + 1 || getComputedStyle(a).textOverflow === 'ellipsis' && a.scrollWidth > a.clientWidth");
            cut.ShouldBeFalse("the account link is not cut");
            var box = (await account.BoundingBoxAsync()).ShouldNotBeNull();
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(width, "the account link is on screen");
            box.X.ShouldBeGreaterThanOrEqualTo(0);
            await CheckAsync("Today after signing up");
            await ShotAsync("signed-up", page.Locator("header.top"));

            // Settings, from the menu: every setting on one page.
            await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(app.Url("/settings"));
            foreach (var heading in new[] { "About you", "Password", "Morning email", "Calendar feed", "Your data", "Delete my account" })
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            await CheckAsync("Settings");
            await ShotAsync("settings", page.Locator("#you"));

            // Saving your name answers in words, at the top.
            await page.GetByLabel("Your name").FillAsync("Sam Lee");
            await page.Locator("#you").GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Saved. Your advice and scripts use your name and time zone now.", new() { Timeout = BrowserFixture.Wait });
            await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Sam Lee");

            // A wrong current password: told in words at its label, in the password's own section, in view.
            await page.GetByLabel("Current password").FillAsync("not my password");
            await page.GetByLabel("New password").FillAsync("another long passphrase");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            var told = page.Locator("#password .problems");
            await Expect(told).ToContainTextAsync("Current password: this is not the password you sign in with now.", new() { Timeout = BrowserFixture.Wait });
            await Expect(told).ToBeInViewportAsync();
            await CheckAsync("a wrong current password");

            // A refused Delete account: its error right above the button, on screen where the tap was.
            await page.GetByLabel("Your password").FillAsync("not my password");
            await page.GetByLabel("Yes, delete my account and my search").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" }).ClickAsync();
            var refused = page.Locator("#delete-error");
            await Expect(refused).ToHaveTextAsync("That is not the password you sign in with. Nothing was deleted.", new() { Timeout = BrowserFixture.Wait });
            await Expect(refused).ToBeInViewportAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete my account" })).ToBeInViewportAsync();
            await CheckAsync("a refused delete");
            await ShotAsync("delete-refused", page.Locator("#delete"));

            // The old address of the morning email leads to its section.
            await page.GotoAsync(app.Url("/account/reminders"));
            await Expect(page).ToHaveURLAsync(new Regex("/settings#email$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Morning email", Exact = true })).ToBeInViewportAsync();
        });
    }
}
