using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// The acceptance story, done the way a person does it: through the forms, in a real Chromium,
/// against the app on a real port, on 2026-03-10 (the factory's clock).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AcceptanceStoryTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task ANewUserWorksAnOfferAgainstTheirPreferredCompany()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await Steps.WithFailureScreenshotAsync(page, "story", async () =>
        {
            // 1. A new user signs up through the register page and lands on an empty Today.
            await Steps.RegisterAsync(page, app);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Load an example search to look around" })).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "welcome");

            // 2. Their preferred company, interviewing, ranked first.
            await Steps.AddCompanyAsync(page, app, "Acme Corp", "interviewing");
            var acmeRow = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Acme Corp" }) });
            await Expect(acmeRow.Locator("td").First).ToHaveTextAsync("#1");

            // On its page: the hiring manager with a phone number, and an onsite done four days ago.
            await Steps.OpenCompanyAsync(page, app, "Acme Corp");
            await page.GetByLabel("Name").First.FillAsync("Dana Ruiz");
            await page.Locator("#c0r").SelectOptionAsync("hiring-manager");
            await page.Locator("#c0p").FillAsync("+1 555 0100");
            await Steps.SaveCompanyAsync(page, "Save people");
            await page.Locator("#i0d").FillAsync(Date(app.Today.AddDays(-4)));
            await page.Locator("#i0k").FillAsync("onsite");
            await page.Locator("#i0s").SelectOptionAsync("done");
            await Steps.SaveCompanyAsync(page, "Save interviews");
            await Expect(page.Locator("#c0n")).ToHaveValueAsync("Dana Ruiz");
            await Expect(page.Locator("#i0s")).ToHaveValueAsync("done");

            // 3. A second company, ranked second, that makes a written offer.
            await Steps.AddCompanyAsync(page, app, "Globex", "interviewing");
            var globexRow = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Globex" }) });
            await Expect(globexRow.Locator("td").First).ToHaveTextAsync("#2");
            await Artifacts.ScreenshotAsync(page, "search", fullPage: true);

            await Steps.OpenCompanyAsync(page, app, "Globex");
            await page.GetByLabel("Would you accept an offer from them?").SelectOptionAsync("yes");
            await Expect(page.GetByLabel("Would you accept an offer from them?")).ToHaveValueAsync("yes");
            await Steps.SaveCompanyAsync(page, "Save details");
            await Expect(page.GetByLabel("Would you accept an offer from them?")).ToHaveValueAsync("yes");
            // Saving an offer in hand moves the company to the offers.
            await page.GetByLabel("Offer", new() { Exact = true }).SelectOptionAsync("written");
            await page.GetByLabel("Answer due by").FillAsync("2026-03-15");
            await page.GetByLabel("Start date").FillAsync("2026-04-06");
            await page.GetByLabel("Base salary per year").FillAsync("140000");
            await page.GetByLabel("Currency").FillAsync("USD");
            await Steps.SaveCompanyAsync(page, "Save the offer");
            await Expect(page.Locator(".stage")).ToHaveTextAsync("Offers in hand");

            // 4. Today: hold the offer open, and call the company you prefer.
            await page.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
            var defer = page.Locator("#move-defer-offer-globex");
            var accelerate = page.Locator("#move-accelerate-preferred-acme-corp");
            await Expect(defer).ToBeVisibleAsync();
            await Expect(defer.Locator("h3")).ToContainTextAsync("Globex");
            await Expect(accelerate).ToBeVisibleAsync();
            await Expect(accelerate.Locator("h3")).ToContainTextAsync("Call Dana");
            await Artifacts.ScreenshotAsync(page, "today", fullPage: true);

            // The call is where the day starts: under "Start here", its words already open. The phone
            // script names the person to call and never the company that made the offer.
            await Expect(page.Locator("section.start-here")).ToContainTextAsync("Call Dana");
            var script = accelerate.Locator("pre");
            await Expect(script).ToBeVisibleAsync();
            await accelerate.GetByText("What to say").ClickAsync();
            await Expect(script).ToBeHiddenAsync();
            await accelerate.GetByText("What to say").ClickAsync();
            await Expect(script).ToBeVisibleAsync();
            var words = await script.InnerTextAsync();
            words.ShouldContain("Dana");
            words.ShouldContain("+1 555 0100");
            words.ShouldContain("Acme Corp");
            words.ShouldNotContain("Globex");

            // The printable call sheet says the same, with the decisions made before dialling.
            await accelerate.GetByRole(AriaRole.Link, new() { Name = "Printable call sheet" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Call sheet: Acme Corp");
            var sheet = await page.Locator("article.prep").InnerTextAsync();
            sheet.ShouldContain("Dana");
            sheet.ShouldNotContain("Globex");
            await Expect(page.GetByText("Decided before you dial")).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "call-sheet", fullPage: true);

            // The company page: its moves, then the details entered so far.
            await page.GetByRole(AriaRole.Link, new() { Name = "← Acme Corp" }).ClickAsync();
            await Expect(page.Locator("#moves-h")).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "opportunity", fullPage: true, forDocs: false, height: 1700);

            // 5. Dana says to take the other offer: mark the call done with that outcome.
            await page.GotoAsync(app.Url("/"));
            await accelerate.GetByRole(AriaRole.Button, new() { Name = "Take the other offer" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Done\. Your advice for .+ is updated\.$"));
            await Expect(accelerate).ToHaveCountAsync(0);
            await Expect(defer).ToHaveCountAsync(0);
            var accept = page.Locator("#move-accept-offer-globex");
            await Expect(accept).ToBeVisibleAsync();
            await Expect(accept.Locator("h3")).ToHaveTextAsync("Accept the offer from Globex");
            await Expect(accept).ToContainTextAsync("nothing you would prefer is still in play");
            await Artifacts.ScreenshotAsync(page, "today-after-call", fullPage: true);

            // 6. Before the user answers, Acme comes back with a verbal offer after all.
            await Steps.OpenCompanyAsync(page, app, "Acme Corp");
            await page.GetByLabel("Offer", new() { Exact = true }).SelectOptionAsync("verbal");
            await page.GetByLabel("Base salary per year").FillAsync("150,000");
            await page.GetByLabel("Currency").FillAsync("usd");
            await page.GetByLabel("Signing bonus").FillAsync("10000");
            await Steps.SaveCompanyAsync(page, "Save the offer");

            // 7. Offers: both, most preferred first, with first-year totals and a chart.
            await page.GetByRole(AriaRole.Link, new() { Name = "Offers", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Your offers side by side");
            var rows = page.Locator("table.offers tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0).Locator("th")).ToContainTextAsync("Acme Corp");
            await Expect(rows.Nth(0)).ToContainTextAsync("Told by word of mouth");
            await Expect(rows.Nth(0).Locator("td strong")).ToHaveTextAsync("USD 160,000");
            await Expect(rows.Nth(1).Locator("th")).ToContainTextAsync("Globex");
            await Expect(rows.Nth(1)).ToContainTextAsync("In writing");
            await Expect(rows.Nth(1).Locator("td strong")).ToHaveTextAsync("USD 140,000");
            var chart = page.Locator("figure.offer-chart svg[role=img]:visible");
            await Expect(chart).ToBeVisibleAsync();
            await Expect(chart.Locator("g.bar")).ToHaveCountAsync(2);
            await Expect(chart.Locator("g.bar[data-offer=acme-corp]")).ToHaveAttributeAsync("data-total", "160000");
            (await chart.BoundingBoxAsync())!.Width.ShouldBeGreaterThan(300);
            await Artifacts.ScreenshotAsync(page, "offers", fullPage: true, forDocs: false);
        });
    }
}
