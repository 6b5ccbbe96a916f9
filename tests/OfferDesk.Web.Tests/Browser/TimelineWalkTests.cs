using Microsoft.Playwright;
using OfferDesk.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// The endgame's timeline (issue 21) as a person sees it, at a laptop's width and a phone's, light and
/// dark: first with a clash (Bluebird's offer due a week before Northwind decides), named in words under
/// the picture next to the move that answers it; then Northwind's recruiter says they will decide by the
/// deadline, logged in one step with the weekday shown as the date is picked, and the clash is gone.
/// axe-core finds nothing at each state, and nothing sticks out sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineWalkTests(BrowserFixture browser)
{
    [ChromiumFact]
    public Task OnALaptopInTheLight() => WalkAsync(1366, 900, ColorScheme.Light, "laptop");

    [ChromiumFact]
    public Task OnALaptopInTheDark() => WalkAsync(1366, 900, ColorScheme.Dark, "laptop-dark");

    [ChromiumFact]
    public Task OnAPhoneInTheLight() => WalkAsync(390, 844, ColorScheme.Light, "phone");

    [ChromiumFact]
    public Task OnAPhoneInTheDark() => WalkAsync(390, 844, ColorScheme.Dark, "phone-dark");

    private async Task WalkAsync(int width, int height, ColorScheme scheme, string size)
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var phone = width < 500;

        async Task CheckAsync(string state)
        {
            (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on {state} at {width}px, {scheme}");
            await Steps.ShouldFitItsWidthAsync(page, width, state);
        }

        await Steps.WithFailureScreenshotAsync(page, $"timeline-{size}", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.ImportAsync(page, app, Documents.Endgame());

            // Offers opens with the clocks: the clash in words, with what to do about it.
            await page.GotoAsync(app.Url("/offers"));
            var timeline = page.Locator("section.timeline");
            await Expect(timeline.Locator("h2")).ToHaveTextAsync("Your clocks");
            await Expect(timeline.Locator(".clash-words strong")).ToHaveTextAsync(
                "Bluebird Health's offer must be answered 7 days before Northwind Traders expects to decide.");
            await Expect(timeline.Locator(".clash-words a")).ToContainTextAsync("What to do: ");
            // The picture for this screen is shown, the other one not; the dates are written out on a phone.
            await Expect(timeline.Locator(phone ? ".chart-narrow svg" : ".chart-wide svg")).ToBeVisibleAsync();
            await Expect(timeline.Locator(phone ? ".chart-wide svg" : ".chart-narrow svg")).ToBeHiddenAsync();
            var list = timeline.Locator(".timeline-list");
            await Expect(list.Locator("> ol > li")).ToHaveCountAsync(3);
            await Expect(list.Locator("> ol > li").Nth(1)).ToContainTextAsync("answer their offer by Friday, March 13 (3 days left)");
            if (phone) await Expect(list).ToBeVisibleAsync();
            else (await list.BoundingBoxAsync())!.Width.ShouldBeLessThanOrEqualTo(1, "on a wide screen the list is for screen readers");
            // The picture's words follow the page's colour, light or dark.
            var svg = timeline.Locator(phone ? ".chart-narrow svg" : ".chart-wide svg");
            var textColour = await svg.Locator("text.name").First.EvaluateAsync<string>("t => getComputedStyle(t).fill");
            var pageColour = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color");
            textColour.ShouldBe(pageColour);
            await CheckAsync("Offers with a clash");
            await Artifacts.ScreenshotAsync(page, $"timeline-clash-{size}", fullPage: true, height: phone ? 1500 : 900);

            // Today shows the same clocks while the offer is live; the clash's link leads to its move.
            await page.GotoAsync(app.Url("/"));
            var link = page.Locator("section.timeline .clash-words a");
            var href = await link.GetAttributeAsync("href");
            await Expect(page.Locator(href!)).ToHaveCountAsync(1);
            await CheckAsync("Today with a clash");

            // Northwind's recruiter says they will decide by Friday: one step, the weekday shown as it is picked.
            await page.GotoAsync(app.Url("/opportunities/northwind/log"));
            var decide = page.Locator("#decide-h");
            await decide.GetByLabel("When they'll decide").FillAsync("2026-03-13");
            await Expect(decide.Locator(".weekday")).ToHaveTextAsync("Friday, March 13");
            await CheckAsync("the log page with a date picked");
            await page.RunAndWaitForResponseAsync(() => decide.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync(),
                r => r.Request.Method == "POST");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Northwind Traders expects to decide by Friday, March 13", new() { Timeout = BrowserFixture.Wait });

            await page.GotoAsync(app.Url("/offers"));
            await Expect(timeline.Locator(".no-clash")).ToBeVisibleAsync();
            await Expect(timeline.Locator(".clash-words")).ToHaveCountAsync(0);
            await Expect(list.Locator("> ol > li").First).ToContainTextAsync("they said they would decide by Friday, March 13 (in 3 days)");
            await CheckAsync("Offers without a clash");
            await Artifacts.ScreenshotAsync(page, $"timeline-no-clash-{size}", fullPage: true, height: phone ? 1500 : 900);
        });
    }
}
