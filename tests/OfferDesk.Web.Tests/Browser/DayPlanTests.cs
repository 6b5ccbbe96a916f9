using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// The day as one plan (contract v3), in a real browser at a laptop's size and a phone's, light and
/// dark: Today opens with "Start here", whose call to the top choice also carries yesterday's
/// thank-you inside its words; then "They withdrew the offer", logged in one step, brings the urgent
/// calls to the companies stepped away from. axe-core finds nothing at each state, and nothing sticks
/// out sideways on the phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DayPlanTests(BrowserFixture browser)
{
    // Around the test app's fixed day, Tuesday, March 10, 2026.
    private const string Search = """
        {
          "version": 1,
          "candidate": { "employment": "unemployed", "name": "Sam Lee" },
          "opportunities": [
            { "id": "harbor", "company": "Harbor Labs", "role": "Staff Engineer", "preference": 1, "stage": "interviewing", "wouldAccept": true,
              "appliedOn": "2026-02-02", "lastHeardFrom": "2026-03-09", "process": { "totalSteps": 3, "completedSteps": 2 },
              "contacts": [ { "name": "Maya Okafor", "role": "hiring-manager", "phone": "+1 555 0140", "email": "maya@harbor.example" } ],
              "interviews": [ { "at": "2026-03-09", "kind": "onsite", "status": "done" } ] },
            { "id": "kestrel", "company": "Kestrel Systems", "role": "Senior Engineer", "preference": 2, "stage": "offer", "wouldAccept": true,
              "appliedOn": "2026-01-20",
              "contacts": [ { "name": "Dr. Pieter van der Berg", "role": "recruiter", "phone": "+1 555 0150", "email": "pieter@kestrel.example" } ],
              "interviews": [ { "at": "2026-02-20", "status": "done", "thankYouSent": true } ],
              "offer": { "status": "written", "deadline": "2026-03-20", "baseSalary": 150000, "currency": "USD" } },
            { "id": "pine", "company": "Pine Analytics", "role": "Engineer", "preference": 3, "stage": "declined",
              "contacts": [ { "name": "Ola Berg", "role": "hiring-manager", "phone": "+1 555 0160" } ],
              "interviews": [ { "at": "2026-02-10", "status": "done", "thankYouSent": true } ],
              "offer": { "status": "verbal", "baseSalary": 140000, "currency": "USD" },
              "events": [ { "on": "2026-02-25", "kind": "decline" } ] },
            { "id": "fir", "company": "Fir Cloud", "role": "Platform Engineer", "stage": "withdrawn",
              "contacts": [ { "name": "Talent Team", "role": "recruiter", "email": "talent@fir.example" } ],
              "events": [ { "on": "2026-03-02", "kind": "withdrawal" } ] }
          ]
        }
        """;

    [ChromiumFact]
    public Task OnALaptopInTheLight() => DayAsync(1366, 900, ColorScheme.Light, "laptop");

    [ChromiumFact]
    public Task OnAPhoneInTheDark() => DayAsync(390, 844, ColorScheme.Dark, "phone-dark");

    private async Task DayAsync(int width, int height, ColorScheme scheme, string size)
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

        await Steps.WithFailureScreenshotAsync(page, $"day-plan-{size}", async () =>
        {
            await Steps.RegisterAsync(page, app);
            await Steps.ImportAsync(page, app, Search);

            // Start here: the call to the top choice, its words open, with the thank-you inside them.
            await page.GotoAsync(app.Url("/"));
            var start = page.Locator("section.start-here");
            await Expect(start.Locator("h2")).ToHaveTextAsync("Start here");
            var call = start.Locator("article.move");
            await Expect(call.Locator("h3")).ToContainTextAsync("Call Maya at Harbor Labs");
            await Expect(call.Locator(".why")).ToContainTextAsync("it also thanks them for the interview");
            var words = call.Locator("pre");
            await Expect(words).ToBeVisibleAsync();
            await Expect(words).ToContainTextAsync("Thank you again for meeting with me on Monday, March 9");
            await Expect(words).Not.ToContainTextAsync("Kestrel");
            // One conversation with Harbor Labs today: no separate thank-you card.
            (await page.Locator("article.move[id^='move-'][id$='-harbor']").CountAsync()).ShouldBe(1);
            await CheckAsync("Today with a carried thank-you");
            await Artifacts.ScreenshotAsync(page, $"today-start-here-{size}", fullPage: true);

            // The worst day: the offer in hand is withdrawn, logged in one step.
            await page.GotoAsync(app.Url("/opportunities/kestrel/log"));
            var withdrawn = page.Locator("#offer-withdrawn-h");
            await Expect(withdrawn.Locator("h2")).ToHaveTextAsync("They withdrew the offer");
            await CheckAsync("the log page");
            await page.RunAndWaitForResponseAsync(() => withdrawn.GetByRole(AriaRole.Button, new() { Name = "They withdrew it" }).ClickAsync(),
                r => r.Request.Method == "POST");
            await Expect(page.Locator(".flash")).ToContainTextAsync("Kestrel Systems withdrew the offer", new() { Timeout = BrowserFixture.Wait });

            // Today now starts with the urgent calls to the companies stepped away from.
            await page.GotoAsync(app.Url("/"));
            await Expect(start.Locator("article.move h3")).ToContainTextAsync("Call Ola at Pine Analytics");
            await Expect(start.Locator("article.move")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("p-urgent"));
            await Expect(start.Locator("pre")).ToContainTextAsync("would you consider renewing your offer?");
            var urgent = page.Locator("section[aria-labelledby='g-urgent']");
            await Expect(urgent.Locator("article.move h3")).ToContainTextAsync(["Write to Talent Team at Fir Cloud"]);
            await CheckAsync("Today after the offer was withdrawn");
            await Artifacts.ScreenshotAsync(page, $"today-offer-withdrawn-{size}", fullPage: true);
        });
    }
}
