using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// Issue 19's walk: a person entering things, at a phone's width and a laptop's, in light and
/// dark. A salary written the European way, and one that reads two ways; a 100,000-character
/// paste into Notes, kept whole and refused in words next to the field. At every state axe-core
/// finds nothing and nothing sits past the viewport; the laptop and phone light runs take the
/// guide's screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryWalkTests(BrowserFixture browser)
{
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

        async Task SaveAsync(string button, string handler) =>
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=" + handler, StringComparison.Ordinal));

        await Steps.WithFailureScreenshotAsync(page, $"entry-walk-{size}-{scheme}", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.LoadExampleAsync(page);
            var bluebird = app.Url("/opportunities/bluebird");

            // A salary that reads two ways on a dollar offer is asked back, next to its field, kept as typed.
            await page.GotoAsync(bluebird);
            // The form's hidden default button stays hidden: a [hidden] element is never shown by a style.
            await Expect(page.Locator("form.parts-form > button[hidden]")).ToBeHiddenAsync();
            await page.Locator("#baseSalary").FillAsync("120.000");
            await SaveAsync("Save the offer", "Offer");
            var asked = page.Locator("#baseSalary ~ .field-error");
            await Expect(asked).ToContainTextAsync("Did you mean 120,000 or 120?", new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator("#baseSalary")).ToHaveValueAsync("120.000");
            await CheckAsync("a salary asked back");
            await ShotAsync("salary-asked", page.Locator("#offer"));

            // Written the European way with euros, it is a hundred and twenty thousand.
            await page.Locator("#currency").FillAsync("EUR");
            await SaveAsync("Save the offer", "Offer");
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator("#baseSalary")).ToHaveValueAsync("120000");
            await page.GotoAsync(app.Url("/offers"));
            await Expect(page.Locator("main")).ToContainTextAsync("EUR 120,000");
            await CheckAsync("the offers with a European salary");

            // 100,000 characters pasted into Notes: all kept, and the field says by how much it is over.
            await page.GotoAsync(bluebird);
            var notes = page.Locator("#notes");
            var pasted = string.Concat(Enumerable.Repeat("Long notes from the call with Priya. ", 2703))[..100_000];
            await notes.FillAsync(pasted);
            (await notes.InputValueAsync()).Length.ShouldBe(100_000, "nothing cut on the way in");
            var counter = page.Locator("#notes ~ .counter");
            await Expect(counter).ToHaveTextAsync("100,000 characters: 80,000 more than the 20,000 that fit. Nothing is cut: shorten it to save.");
            await CheckAsync("a paste over the limit");
            await ShotAsync("notes-over", page.Locator("#your-notes"));
            var sent = 0;
            page.Request += (_, r) => { if (r.Method == "POST") sent++; };
            await page.GetByRole(AriaRole.Button, new() { Name = "Save notes", Exact = true }).ClickAsync();
            await page.WaitForTimeoutAsync(300);
            sent.ShouldBe(0, "not sent while over the limit");
            (await notes.InputValueAsync()).Length.ShouldBe(100_000, "still all there");

            // Near the limit the counter says what is left; under it, it saves.
            await notes.FillAsync(pasted[..19_000]);
            await Expect(counter).ToHaveTextAsync("19,000 of 20,000 characters");
            await SaveAsync("Save notes", "Notes");
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            (await notes.InputValueAsync()).Length.ShouldBe(19_000);
            await CheckAsync("notes near the limit, saved");

            // A contact whose name is written right to left: on Today's Call button the number stays
            // as written, after the name, not scrambled into it.
            await page.GotoAsync(app.Url("/opportunities/northwind"));
            await page.Locator("#c0n").FillAsync("نور الهدى");
            await page.Locator("#c0p").FillAsync("+1 555 0100");
            await SaveAsync("Save people", "People");
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            await page.GotoAsync(app.Url("/"));
            var call = page.Locator(".call a[href^='tel:']").First;
            await Expect(call).ToContainTextAsync("نور الهدى");
            var name = await call.Locator("bdi").First.BoundingBoxAsync();
            var number = await call.Locator("bdi[dir=ltr]").BoundingBoxAsync();
            (await call.Locator("bdi[dir=ltr]").TextContentAsync()).ShouldBe("+1 555 0100");
            number.ShouldNotBeNull().X.ShouldBeGreaterThanOrEqualTo(name.ShouldNotBeNull().X + name.Width - 1, "the number comes after the name, left to right");
            await CheckAsync("Today with a right-to-left contact");
            await ShotAsync("call-rtl", call);

            // The offers' chart: its words readable on a phone and in dark mode.
            await page.GotoAsync(app.Url("/offers"));
            var chart = page.Locator(width < 500 ? ".offer-chart .chart-narrow svg" : ".offer-chart .chart-wide svg");
            await Expect(chart).ToBeVisibleAsync();
            var label = chart.Locator("text.name").First;
            (await label.BoundingBoxAsync()).ShouldNotBeNull().Height.ShouldBeGreaterThanOrEqualTo(11, "the chart's words are readable");
            var ink = await label.EvaluateAsync<double>("""
                e => { const [r, g, b] = getComputedStyle(e).fill.match(/\d+/g).map(Number); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; }
                """);
            if (light) ink.ShouldBeLessThan(0.4, "dark words on a light card");
            else ink.ShouldBeGreaterThan(0.6, "light words on a dark card");
            await CheckAsync("the offers' chart");
            await ShotAsync("offer-chart", page.Locator("figure.offer-chart"));

            // Every column of Offers in view on a laptop, nothing clipped; on a phone, each offer a card.
            var offersTable = page.Locator("table.offers");
            var widths = await offersTable.EvaluateAsync<int[]>("t => [t.scrollWidth, t.closest('.table-wrap').clientWidth]");
            widths[0].ShouldBeLessThanOrEqualTo(widths[1] + 1, $"the offers table fits its box at {width}px");
            foreach (var column in new[] { "Location", "Falls short on" })
                (await page.Locator($"table.offers td[data-label='{column}']").First.BoundingBoxAsync()).ShouldNotBeNull().X
                    .ShouldBeLessThan(width, $"{column} is in view");
            await ShotAsync("offers-table", page.Locator(".offers-wrap"));

            // The ranking on Search: every button on screen, on a phone too.
            await page.GotoAsync(app.Url("/search"));
            foreach (var button in await page.Locator("table.ranking .row-actions button").AllAsync())
            {
                var box = (await button.BoundingBoxAsync()).ShouldNotBeNull();
                (box.X + box.Width).ShouldBeLessThanOrEqualTo(width, "a ranking button is on screen");
            }
            await Expect(page.Locator("table.ranking").First).ToContainTextAsync("Remove from ranking");
            await CheckAsync("the ranking");
            await ShotAsync("ranking", page.Locator("table.ranking").First);

            // The board: an offer's card starts on Accepted, the next stage forward, and Move asks first.
            await page.GotoAsync(app.Url("/board?show=offers"));
            var card = page.Locator("#card-bluebird");
            await Expect(card.Locator("select[name=to]")).ToHaveValueAsync("accepted");
            await card.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
            var confirm = page.Locator("#confirm");
            await Expect(confirm.Locator("h2")).ToHaveTextAsync("Move Bluebird Health to Accepted?");
            await Expect(page.Locator("#col-offers #card-bluebird")).ToBeAttachedAsync();
            await CheckAsync("a move to Accepted, asked first");
            await ShotAsync("board-confirm", confirm);
            await confirm.GetByRole(AriaRole.Link, new() { Name = "No, leave it in Offers in hand" }).ClickAsync();
            await Expect(page.Locator("#confirm")).ToHaveCountAsync(0);
            await Expect(page.Locator("#col-offers #card-bluebird")).ToBeVisibleAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, I accepted their offer" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Bluebird Health moved to Accepted.", new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator("#col-accepted #card-bluebird")).ToBeVisibleAsync();
            await CheckAsync("an offer accepted after the yes");

            // A card dragged onto another is ranked just above it, and the page says so in its live region.
            await page.GotoAsync(app.Url("/board?show=interviewing"));
            await page.RunAndWaitForResponseAsync(() => page.Locator("#card-contoso h3").DragToAsync(page.Locator("#card-northwind h3")),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Drop", StringComparison.Ordinal));
            var said = page.Locator(".flash[role=status]");
            await Expect(said).ToHaveTextAsync("Contoso Cloud is now your #1 choice, just above Northwind Traders.", new() { Timeout = BrowserFixture.Wait });
            await CheckAsync("a card dragged above another");
        });
    }
}
