using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>Keyboard and screen-reader basics, checked in a real browser on the busiest page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task TheOpportunityPageHasLabelsOrderedHeadingsAndVisibleFocus()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();

        await Steps.WithFailureScreenshotAsync(page, "accessibility", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await page.GetByRole(AriaRole.Button, new() { Name = "Load an example search to look around" }).ClickAsync();
            // The example's top choice: moves, contacts, interviews, and every blank row for adding.
            await page.GotoAsync(app.Url("/opportunities/northwind"));
            await Expect(page.Locator("h1")).ToContainTextAsync("Northwind Traders");

            // Every field a user can reach has a label.
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("input, select, textarea")]
                    .filter(e => e.type !== "hidden" && !e.hidden)
                    .filter(e => e.labels.length === 0 || [...e.labels].every(l => l.textContent.trim() === ""))
                    .map(e => e.outerHTML)
                """);
            unlabelled.ShouldBeEmpty();
            (await page.Locator("input:not([type=hidden]), select, textarea").CountAsync()).ShouldBeGreaterThan(20);

            // Headings start at one h1 and never skip a level on the way down.
            var levels = await page.EvaluateAsync<int[]>("""
                () => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
                    .filter(h => h.getClientRects().length > 0)
                    .map(h => Number(h.tagName[1]))
                """);
            levels.ShouldNotBeEmpty();
            levels[0].ShouldBe(1);
            levels.Count(l => l == 1).ShouldBe(1);
            for (var i = 1; i < levels.Length; i++)
                levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, $"heading {i} is h{levels[i]} right after an h{levels[i - 1]}: {string.Join(",", levels)}");

            // The style sheet draws a focus ring for keyboard users...
            var ring = await page.EvaluateAsync<string?>("""
                () => {
                  for (const sheet of document.styleSheets)
                    for (const rule of sheet.cssRules)
                      if (rule.selectorText?.includes(":focus-visible") && rule.style.outlineStyle && rule.style.outlineStyle !== "none")
                        return rule.style.outline;
                  return null;
                }
                """);
            ring.ShouldNotBeNull("no :focus-visible rule with an outline in the style sheet");

            // ...and the first Tab lands on the skip link, which shows itself with that ring.
            await page.Keyboard.PressAsync("Tab");
            var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
            await Expect(skip).ToBeFocusedAsync();
            await Expect(skip).ToBeInViewportAsync();
            (await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("solid");
            (await skip.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).outlineWidth)")).ShouldBeGreaterThanOrEqualTo(2);
            await page.Keyboard.PressAsync("Enter");
            page.Url.ShouldEndWith("#main");

            // Tabbing on reaches a form field, which also shows the ring.
            var company = page.Locator("#company");
            await company.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            await Expect(company).ToBeFocusedAsync();
            (await company.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("solid");
        });
    }

    [ChromiumFact]
    public async Task EveryPageFitsAPhoneScreenWithoutSidewaysScrolling()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);

        await Steps.WithFailureScreenshotAsync(page, "phone", async () =>
        {
            // A long address, as real ones can be: the header must not push it off screen.
            await Steps.RegisterAsync(page, app, "samantha.alexandra.leewhitfield@careerchange.example.test");
            await page.GetByRole(AriaRole.Button, new() { Name = "Load an example search to look around" }).ClickAsync();
            string[] paths = ["/", "/search", "/opportunities/northwind", "/opportunities/bluebird", "/offers",
                "/opportunities/northwind/prep/accelerate-preferred", "/data", "/settings"];
            foreach (var path in paths)
            {
                await page.GotoAsync(app.Url(path));
                await Expect(page.Locator("h1")).ToBeVisibleAsync();
                await Steps.ShouldFitItsWidthAsync(page, 390, path);
            }
        });
    }

    [ChromiumFact]
    public async Task ALongTodayComesInPagesThatFitAPhoneAndPassAxe()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();

        await Steps.WithFailureScreenshotAsync(page, "long-today", async () =>
        {
            await Steps.RegisterAsync(page, app);
            // 120 companies applied to a month ago: a follow-up each, more than one page of cards.
            var applied = app.Today.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var companies = string.Join(", ", Enumerable.Range(1, 120).Select(i =>
                $$"""{ "id": "c{{i}}", "company": "Company {{i}}", "stage": "applied", "appliedOn": "{{applied}}" }"""));
            var search = $$"""{ "version": 1, "candidate": { "employment": "unemployed" }, "opportunities": [ {{companies}} ] }""";
            await Steps.ImportAsync(page, app, search);

            foreach (var (width, height) in new[] { (1366, 900), (390, 844) })
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync(app.Url("/"));
                await Expect(page.Locator(".tally")).ToContainTextAsync("120 moves today");
                (await page.Locator("article.move").CountAsync()).ShouldBe(50);
                (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on Today's first page at {width}px");
                await Artifacts.ScreenshotAsync(page, $"long-today-{width}", fullPage: true, forDocs: false, height: 1400);

                // The pager leads on; the last page has the rest and leads back.
                await page.GetByRole(AriaRole.Link, new() { Name = "Next moves" }).ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "Next moves" }).ClickAsync();
                await Expect(page.Locator(".pager")).ToContainTextAsync("Page 3 of 3");
                (await page.Locator("article.move").CountAsync()).ShouldBe(20);
                (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on Today's last page at {width}px");
                await page.Locator(".pager").ScrollIntoViewIfNeededAsync();
                await Artifacts.ScreenshotAsync(page, $"long-today-last-{width}", forDocs: false);
                await Steps.ShouldFitItsWidthAsync(page, width, "Today's last page");
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Previous 50" })).ToBeVisibleAsync();
            }
        });
    }
}
