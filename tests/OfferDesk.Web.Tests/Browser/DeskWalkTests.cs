using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// A new user's first day on the desk, at a laptop's size and a phone's: sign up, add three
/// companies from the board, log an interview with a time, log an offer, move a card, the call
/// and mail links of two moves, Done and Undo, and a CSV import from another tracker. At every
/// step axe-core finds nothing, and on the phone nothing sticks out sideways.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DeskWalkTests(BrowserFixture browser)
{
    [ChromiumFact]
    public Task ANewUserWorksTheirDeskOnALaptop() => WalkAsync(1366, 900, "laptop");

    [ChromiumFact]
    public Task ANewUserWorksTheirDeskOnAPhone() => WalkAsync(390, 844, "phone");

    private async Task WalkAsync(int width, int height, string size)
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var phone = width < 500;
        // A busy two-core machine can take more than the default five seconds to answer a form.
        Assertions.SetDefaultExpectTimeout(15_000);
        string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        async Task CheckAsync(string state)
        {
            (await Axe.ViolationsAsync(page)).ShouldBeEmpty($"axe on {state} at {width}px");
            if (!phone) return;
            await Steps.ShouldFitItsWidthAsync(page, width, state);
        }

        async Task AddOnBoardAsync(string company, string stage)
        {
            var add = page.Locator("details.add-card");
            if (await add.GetAttributeAsync("open") is null) await add.Locator("summary").ClickAsync();
            await page.GetByLabel("Company", new() { Exact = true }).FillAsync(company);
            await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(stage);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to board" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex($"^Added {Regex.Escape(company)}, applied on "));
        }

        ILocator Card(string id) => page.Locator($"#card-{id}");

        await Steps.WithFailureScreenshotAsync(page, "desk-" + size, async () =>
        {
            // Sign up; the empty Today.
            await Steps.RegisterAsync(page, app);
            await CheckAsync("an empty Today");

            // Three companies, added from the board.
            await page.GetByRole(AriaRole.Link, new() { Name = "Board", Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Your board");
            await CheckAsync("an empty board");
            await AddOnBoardAsync("Acme Corp", "interviewing");
            await AddOnBoardAsync("Globex", "interviewing");
            await AddOnBoardAsync("Initech", "applied");
            await Expect(Card("acme-corp")).ToContainTextAsync("Your #1 choice");
            await Expect(page.Locator("#h-interviewing")).ToHaveTextAsync("Interviewing 2");
            await CheckAsync("the board with three companies");

            // Acme's hiring manager, with a number to call and an address to write to.
            await page.GotoAsync(app.Url("/opportunities/acme-corp"));
            await page.GetByLabel("Name").First.FillAsync("Dana Ruiz");
            await page.Locator("#c0r").SelectOptionAsync("hiring-manager");
            await page.Locator("#c0p").FillAsync("+1 555 0100");
            await page.Locator("#c0e").FillAsync("dana@acme.example");
            await Steps.SaveCompanyAsync(page, "Save people");

            // An interview at Acme, with a time, from the card's "Log what happened".
            await page.GotoAsync(app.Url("/board?show=interviewing"));
            await Card("acme-corp").GetByRole(AriaRole.Link, new() { Name = "Log what happened" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("What happened at Acme Corp?");
            await CheckAsync("the log forms");
            await page.Locator("#scheduled-date").FillAsync(Date(app.Today.AddDays(2)));
            await page.Locator("#scheduled-time").FillAsync("15:00");
            await page.Locator("#scheduled-kind").FillAsync("onsite");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the interview" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Interview with Acme Corp added.");
            await page.GotoAsync(app.Url("/opportunities/acme-corp/log"));
            await Expect(page.Locator(".lead")).ToContainTextAsync("next interview Thursday, March 12, 3:00 pm");

            // Globex: the interview happened today, and then they made a written offer.
            await page.GotoAsync(app.Url("/opportunities/globex/log?returnUrl=/board"));
            await page.GetByRole(AriaRole.Button, new() { Name = "It's done" }).ClickAsync();
            await page.GotoAsync(app.Url("/opportunities/globex/log?returnUrl=/board"));
            await page.GetByLabel("How they made it").SelectOptionAsync("written");
            await page.GetByLabel("Answer by").FillAsync(Date(app.Today.AddDays(5)));
            await page.GetByLabel("Base salary a year").FillAsync("lots");
            await page.GetByLabel("Currency").FillAsync("USD");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the offer" }).ClickAsync();
            // A slip is named by its label, linked to the field, and what was typed stays.
            await Expect(page.Locator(".problems")).ToContainTextAsync("Base salary: \"lots\" is not an amount");
            await Expect(page.GetByLabel("Base salary a year")).ToHaveValueAsync("lots");
            await Expect(page.GetByLabel("Answer by")).ToHaveValueAsync(Date(app.Today.AddDays(5)));
            await CheckAsync("a refused offer form");
            await page.GetByLabel("Base salary a year").FillAsync("120000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the offer" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Offer from Globex recorded.");
            page.Url.ShouldContain("/board?show=offers");
            await Expect(Card("globex")).ToBeVisibleAsync();
            await Expect(Card("globex")).ToContainTextAsync("5 days left to answer");
            await CheckAsync("the board with an offer");
            await Artifacts.ScreenshotAsync(page, $"board-{size}", fullPage: true, height: 1400);

            // Move a card with the keyboard-friendly form: Initech is interviewing now.
            await page.GotoAsync(app.Url("/board?show=applied"));
            await Card("initech").GetByLabel("Move Initech to").SelectOptionAsync("interviewing");
            await Card("initech").GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Initech moved to Interviewing.");
            await Expect(page.Locator("#h-interviewing")).ToHaveTextAsync("Interviewing 2");
            if (!phone)
            {
                // And by dragging it back onto the Applied column.
                // Held by its edge, not by the list or a button inside it.
                await Card("initech").DragToAsync(page.Locator("#col-applied"), new() { SourcePosition = new() { X = 6, Y = 6 } });
                await Expect(page.Locator(".flash")).ToHaveTextAsync("Initech moved to Applied.");
                await Expect(page.Locator("#col-applied #card-initech")).ToBeVisibleAsync();
            }

            // Today: call Acme (a tel: link), and thank Globex by email (a mailto: link).
            await page.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
            await CheckAsync("Today with moves");
            // The dialler and the mail app are other programs, which a headless browser has not:
            // a click on either link is caught on its way out and the address it opens is kept.
            await page.EvaluateAsync("""
                () => {
                  window.opened = [];
                  document.addEventListener("click", e => {
                    const a = e.target.closest("a[href^='tel:'], a[href^='mailto:']");
                    if (a) { e.preventDefault(); window.opened.push(a.getAttribute("href")); }
                  }, true);
                }
                """);
            var call = page.Locator("#move-accelerate-preferred-acme-corp a[href^='tel:']");
            await call.ScrollIntoViewIfNeededAsync();
            await Expect(call).ToBeInViewportAsync();
            await call.ClickAsync();

            var thanks = page.Locator("#move-send-thank-you-globex");
            await thanks.GetByText("What to write").ClickAsync();
            var mail = thanks.GetByRole(AriaRole.Link, new() { Name = "Open in mail app" });
            await mail.ScrollIntoViewIfNeededAsync();
            await Expect(mail).ToBeInViewportAsync();
            await mail.ClickAsync();
            var opened = await page.EvaluateAsync<string[]>("() => window.opened");
            opened.Length.ShouldBe(2);
            opened[0].ShouldBe("tel:+15550100");
            var href = opened[1];
            href.ShouldStartWith("mailto:?subject=");
            Uri.UnescapeDataString(Regex.Match(href, "subject=([^&]*)").Groups[1].Value).ShouldBe("Thank you: the role at Globex");
            var body = Uri.UnescapeDataString(Regex.Match(href, "body=([^&]*)").Groups[1].Value);
            body.ShouldNotContain("Subject:");
            (await thanks.Locator("pre").InnerTextAsync()).ShouldContain(body.Replace("\r\n", "\n").Trim()[..20]);
            await Artifacts.ScreenshotAsync(page, $"today-{size}", fullPage: true, height: 1600);

            // Done, then Undo: the thank-you is back.
            await page.RunAndWaitForResponseAsync(() => thanks.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync(), r => r.Url.EndsWith("/moves/done"));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Done\. Your advice for .+ is updated\.$"));
            await Expect(page.Locator("#move-send-thank-you-globex")).ToHaveCountAsync(0);
            await CheckAsync("Today with Undo");
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync(), r => r.Url.EndsWith("/moves/undo"));
            await Expect(page.Locator(".flash")).ToHaveTextAsync("Undone: back as it was.");
            await Expect(page.Locator("#move-send-thank-you-globex")).ToBeVisibleAsync();

            await CompanyPageInPartsAsync(page, app, size, CheckAsync);

            await ImportFromAnotherTrackerAsync(page, app, CheckAsync, size);
        });
    }

    /// <summary>
    /// A company's page: its parts reached from the short list at the top, one part saved on its
    /// own, a refused part that keeps what was typed, and its moves acted on as on Today (the call
    /// and mail links, Done and Undo).
    /// </summary>
    private static async Task CompanyPageInPartsAsync(IPage page, LiveApp app, string size, Func<string, Task> check)
    {
        string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GotoAsync(app.Url("/opportunities/acme-corp"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Acme Corp");
        await check("the company page in parts");

        // The call to Dana, from the company's own moves.
        var call = page.Locator("#moves #move-accelerate-preferred-acme-corp a[href^='tel:']");
        await Expect(call).ToHaveAttributeAsync("href", "tel:+15550100");
        await Artifacts.ScreenshotAsync(page, $"company-{size}", fullPage: true, height: 1800);

        // Notes, reached from the list of parts, saved on their own.
        await page.Locator("nav.parts").GetByRole(AriaRole.Link, new() { Name = "Notes" }).ClickAsync();
        await Expect(page.Locator("#notes")).ToBeInViewportAsync();
        await page.Locator("#notes").FillAsync("Dana prefers calls before 10.");
        // Where JavaScript runs, a part with changes says they are not saved yet; the others do not.
        await Expect(page.Locator("#your-notes .unsaved")).ToBeVisibleAsync();
        await Expect(page.Locator("#details .unsaved")).ToBeHiddenAsync();
        await Steps.SaveCompanyAsync(page, "Save notes");
        page.Url.ShouldEndWith("#your-notes");
        await Expect(page.Locator("#notes")).ToHaveValueAsync("Dana prefers calls before 10.");
        await check("a part saved");

        // The same part saved meanwhile in another tab: nothing is lost, both versions are shown.
        var other = await page.Context.NewPageAsync();
        await other.SetViewportSizeAsync(page.ViewportSize!.Width, page.ViewportSize.Height);
        await other.GotoAsync(app.Url("/opportunities/acme-corp#your-notes"));
        await other.Locator("#notes").FillAsync("From the other tab.");
        await Steps.SaveCompanyAsync(other, "Save notes");
        await other.CloseAsync();
        await page.Locator("#notes").FillAsync("Typed in this tab.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await Expect(page.Locator("#your-notes .conflict")).ToContainTextAsync("From the other tab.");
        await Expect(page.Locator("#notes")).ToHaveValueAsync("Typed in this tab.");
        await check("a part changed in another tab");
        await page.Locator("#your-notes").ScrollIntoViewIfNeededAsync();
        await Artifacts.ScreenshotAsync(page, $"company-conflict-{size}", forDocs: false);
        await Steps.SaveCompanyAsync(page, "Save notes");
        await Expect(page.Locator("#notes")).ToHaveValueAsync("Typed in this tab.");

        // A second interview with a time but no day: refused, by its label, with what was typed kept.
        await page.Locator("#i1t").FillAsync("10:30");
        await page.Locator("#i1k").FillAsync("final");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save interviews" }).ClickAsync();
        await Expect(page.Locator("#interviews .problems")).ToContainTextAsync("Interview 2: Day");
        await Expect(page.Locator("#i1t")).ToHaveValueAsync("10:30");
        await Expect(page.Locator("#i1k")).ToHaveValueAsync("final");
        await Expect(page.Locator("#i1d")).ToHaveAttributeAsync("aria-describedby", new Regex("err-"));
        await Expect(page.Locator("#notes")).ToHaveValueAsync("Typed in this tab.", new() { Timeout = 1_000 });
        await check("a refused part");
        await page.Locator("#interviews").ScrollIntoViewIfNeededAsync();
        await Artifacts.ScreenshotAsync(page, $"company-refused-{size}", forDocs: false);
        await page.Locator("#i1d").FillAsync(Date(app.Today.AddDays(9)));
        await Steps.SaveCompanyAsync(page, "Save interviews");
        await Expect(page.Locator("#i1t")).ToHaveValueAsync("10:30");

        // Globex's thank-you, from its page: the mail app with the address and words filled, then Done and Undo.
        await page.GotoAsync(app.Url("/opportunities/globex"));
        var thanks = page.Locator("#moves #move-send-thank-you-globex");
        await thanks.GetByText("What to write").ClickAsync();
        var mail = thanks.GetByRole(AriaRole.Link, new() { Name = "Open in mail app" });
        await mail.ScrollIntoViewIfNeededAsync();
        await Expect(mail).ToBeInViewportAsync();
        var href = await mail.GetAttributeAsync("href") ?? "";
        href.ShouldStartWith("mailto:?subject=");
        Uri.UnescapeDataString(Regex.Match(href, "subject=([^&]*)").Groups[1].Value).ShouldBe("Thank you: the role at Globex");
        await check("a company's move opened");
        await page.RunAndWaitForResponseAsync(() => thanks.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync(), r => r.Url.EndsWith("/moves/done"));
        await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Done\. Your advice for .+ is updated\.$"));
        page.Url.ShouldEndWith("/opportunities/globex");
        await Expect(page.Locator("#move-send-thank-you-globex")).ToHaveCountAsync(0);
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync(), r => r.Url.EndsWith("/moves/undo"));
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Undone: back as it was.");
        await Expect(page.Locator("#move-send-thank-you-globex")).ToBeVisibleAsync();

        // Acme's offer, entered in its Offer part: the company moves to the offers, and Offers compares the two.
        await page.GotoAsync(app.Url("/opportunities/acme-corp#offer"));
        await page.GetByLabel("Offer", new() { Exact = true }).SelectOptionAsync("verbal");
        await page.GetByLabel("Answer due by").FillAsync(Date(app.Today.AddDays(7)));
        await page.GetByLabel("Base salary per year").FillAsync("135,000");
        await page.GetByLabel("Currency").FillAsync("USD");
        await page.GetByLabel("Days off per year").FillAsync("25");
        await page.GetByLabel("Workplace").SelectOptionAsync("hybrid");
        await Steps.SaveCompanyAsync(page, "Save the offer");
        await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is now in Offers in hand\.$"));
        await Expect(page.Locator(".stage")).ToHaveTextAsync("Offers in hand");
        await Expect(page.Locator("#notes")).ToHaveValueAsync("Typed in this tab.");
        await check("an offer saved from its part");
        await page.GetByRole(AriaRole.Link, new() { Name = "Offers", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your offers side by side");
        await check("two offers compared");
        await Artifacts.ScreenshotAsync(page, $"offers-{size}", fullPage: true, height: 1800);
    }
}
