using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// Weighing offers in a real browser (issue 23), on a laptop and a phone, light and dark: the
/// candidate enters Acme's equity grant as the letter gives it, says what matters and rates both
/// offers, and the page shows four years of money, the scores with their working and the number
/// that flips it. A grant that does not read is refused at its field, keeping what was typed.
/// axe-core finds nothing, and nothing sticks out past the phone's width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OffersWeighingBrowserTests(BrowserFixture browser)
{
    private const string Search = """
        {
          "version": 1,
          "candidate": { "employment": "employed", "name": "Sam Lee" },
          "opportunities": [
            { "id": "acme", "company": "Acme Corp", "role": "Staff Engineer", "preference": 1, "stage": "offer",
              "contacts": [ { "name": "Dana Ruiz", "role": "hiring-manager", "phone": "+1 555 0100" } ],
              "offer": { "status": "written", "deadline": "2026-03-20", "baseSalary": 130000, "currency": "USD", "bonusTargetPercent": 10, "shortfalls": [ "money" ] } },
            { "id": "beta", "company": "Beta Inc", "role": "Senior Engineer", "preference": 2, "stage": "offer", "wouldAccept": true,
              "offer": { "status": "written", "deadline": "2026-03-20", "baseSalary": 150000, "currency": "USD", "signingBonus": 30000, "equityPerYear": 40000 } }
          ]
        }
        """;

    [ChromiumFact]
    public Task OnALaptopInTheLight() => WeighAsync(1366, 900, ColorScheme.Light, "laptop");

    [ChromiumFact]
    public Task OnALaptopInTheDark() => WeighAsync(1366, 900, ColorScheme.Dark, "laptop-dark");

    [ChromiumFact]
    public Task OnAPhoneInTheLight() => WeighAsync(390, 844, ColorScheme.Light, "phone");

    [ChromiumFact]
    public Task OnAPhoneInTheDark() => WeighAsync(390, 844, ColorScheme.Dark, "phone-dark");

    private async Task WeighAsync(int width, int height, ColorScheme scheme, string size)
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });

        async Task CheckAsync(string state)
        {
            (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on {state} at {width}px, {scheme}");
            if (width < 500) await Steps.ShouldFitItsWidthAsync(page, width, state);
        }

        await Steps.WithFailureScreenshotAsync(page, $"offers-weighed-{size}", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.ImportAsync(page, app, Search);

            await page.GotoAsync(app.Url("/offers"));
            // Before the grant: 4 × 143,000 against 790,000.
            await Expect(page.Locator("#flip-number")).ToContainTextAsync("Acme Corp would match Beta Inc's four years of money (USD 790,000)");
            await Expect(page.Locator("#flip-number")).ToContainTextAsync("To ask for: USD 180,000.");
            await CheckAsync("the Offers page before weighing");

            var form = page.Locator("form#weigh");
            // A split that does not read is refused at its field, and what was typed stays.
            await form.GetByLabel("Equity grant, whole value").First.FillAsync("200k");
            await form.Locator("#split-acme").FillAsync("5/15/forty/40");
            await page.RunAndWaitForResponseAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Save and weigh" }).ClickAsync(), r => r.Request.Method == "POST");
            await Expect(page.Locator("#split-acme-error")).ToContainTextAsync("\"forty\" is not a percentage");
            await Expect(page.Locator("#split-acme")).ToHaveValueAsync("5/15/forty/40");
            await Expect(page.Locator("#grant-acme")).ToHaveValueAsync("200k");
            await CheckAsync("the refused grant");

            // The grant as the letter gives it; what matters; and how each offer does on it.
            await page.Locator("#split-acme").FillAsync("5/15/40/40");
            await page.Locator("#years-acme").FillAsync("4");
            await page.Locator("#cliff-acme").FillAsync("12");
            await page.Locator("#weight-0").SelectOptionAsync("5");
            await page.Locator("#rating-0-acme").SelectOptionAsync("5");
            await page.Locator("#rating-0-beta").SelectOptionAsync("2");
            await page.Locator("#matter-1").FillAsync("Commute");
            await page.Locator("#weight-1").SelectOptionAsync("2");
            await page.Locator("#rating-1-acme").SelectOptionAsync("3");
            await page.RunAndWaitForResponseAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Save and weigh" }).ClickAsync(), r => r.Request.Method == "POST");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Saved", new() { Timeout = BrowserFixture.Wait });

            // Four years of money: the grant vests 10,000, 30,000, 80,000 and 80,000.
            var acme = page.Locator("table.offers-years tr[data-offer='acme']");
            await Expect(acme.Locator("td[data-label='Year 1']")).ToHaveTextAsync("USD 153,000");
            await Expect(acme.Locator("td[data-label='Year 3']")).ToHaveTextAsync("USD 223,000");
            await Expect(acme.Locator("td.four-years")).ToHaveTextAsync("USD 772,000");
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Four years of money by offer" }).First).ToBeAttachedAsync();
            // The scores, each with its working.
            await Expect(page.Locator("ul.scores li[data-offer='acme']")).ToContainTextAsync("4.43 of 5 (Title 5 × 5 + Commute 2 × 3 = 31; 31 ÷ 7 = 4.43)");
            await Expect(page.Locator("ul.scores li[data-offer='beta']")).ToContainTextAsync("2 of 5");
            await Expect(page.Locator("ul.scores li[data-offer='beta']")).ToContainTextAsync("Not rated on Commute");
            // The number that flips it: 18,000 over four years, with the bonus growing with the base.
            var flip = page.Locator("#flip-number");
            await Expect(flip).ToContainTextAsync("with USD 4,090.91 more base salary a year");
            await Expect(flip).ToContainTextAsync("or with USD 18,000 more signing bonus");
            await Expect(flip).ToContainTextAsync("To ask for: USD 135,000.");
            await CheckAsync("the weighed offers");
            // The guide shows the laptop in the light and the phone in the dark.
            var forDocs = size is "laptop" or "phone-dark";
            await Artifacts.ScreenshotAsync(page.Locator("section#weighed"), $"offers-four-years-{size}", forDocs);
            await Artifacts.ScreenshotAsync(page.Locator("section.flip"), $"offers-flip-number-{size}", forDocs);

            // What was saved reads back into the form.
            await Expect(page.Locator("#grant-acme")).ToHaveValueAsync("200000");
            await Expect(page.Locator("#split-acme")).ToHaveValueAsync("5/15/40/40");
            await Expect(page.Locator("#rating-0-beta")).ToHaveValueAsync("2");
        });
    }
}
