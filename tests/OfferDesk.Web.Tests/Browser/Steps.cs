using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>What a person does through the pages, step by step, shared by the browser tests.</summary>
public static class Steps
{
    public const string Password = "correct horse battery staple";

    /// <summary>
    /// Nothing on the page sticks out on either side at its width (wide tables may scroll inside
    /// their own box), and the page does not scroll sideways.
    /// </summary>
    public static async Task ShouldFitItsWidthAsync(IPage page, int width, string where)
    {
        var outside = await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              return [...document.body.querySelectorAll("*")]
                .filter(e => !e.closest(".table-wrap, .sr, .skip") && e.getClientRects().length > 0)
                .filter(e => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > width + 1; })
                .slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${e.className} [${Math.round(e.getBoundingClientRect().left)}, ${Math.round(e.getBoundingClientRect().right)}]`);
            }
            """);
        outside.ShouldBeEmpty($"on {where} at {width}px");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, $"{where} scrolls sideways at {width}px");
    }

    /// <summary>
    /// Creates an account on the register page, which signs a new address in and opens Today. Each <see cref="LiveApp"/> has a database of its own, so the same address
    /// can be used every time.
    /// </summary>
    public static async Task<string> RegisterAsync(IPage page, LiveApp app, string email = "sam@example.test")
    {
        await page.GotoAsync(app.Url("/account/register"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(app.Url("/"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Today");
        return email;
    }

    /// <summary>
    /// Loads the example search from Today's empty state, and waits for its moves. The post's own
    /// answer is awaited, not the address: it comes back to the address it left from.
    /// </summary>
    public static async Task LoadExampleAsync(IPage page)
    {
        await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Load an example search to look around" }).ClickAsync(),
            r => r.Request.Method == "POST");
        await Assertions.Expect(page.Locator("article.move").First).ToBeVisibleAsync(new() { Timeout = BrowserFixture.Wait });
    }

    /// <summary>Replaces the signed-in user's search with a pipeline document, uploaded as a person does.</summary>
    public static async Task ImportAsync(IPage page, LiveApp app, string pipelineJson)
    {
        await page.GotoAsync(app.Url("/data"));
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "search.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(pipelineJson) });
        await page.GetByLabel("I understand this replaces my current search").CheckAsync();
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST");
    }

    /// <summary>Signs in on the sign-in page with an existing account.</summary>
    public static async Task SignInAsync(IPage page, LiveApp app, string email)
    {
        await page.GotoAsync(app.Url("/account/login"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(app.Url("/"), new() { Timeout = 15_000 });
    }

    /// <summary>The Search page's "Add a company" form.</summary>
    public static async Task AddCompanyAsync(IPage page, LiveApp app, string company, string stage)
    {
        await page.GotoAsync(app.Url("/search#add"));
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync(company);
        await page.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(stage);
        var rank = page.GetByLabel("Add it to my ranking");
        if (!await rank.IsCheckedAsync()) await rank.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add company" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex($"^Added {Regex.Escape(company)}, applied on "));
    }

    /// <summary>Follows the company's link on the Search page to its own page.</summary>
    public static async Task OpenCompanyAsync(IPage page, LiveApp app, string company)
    {
        await page.GotoAsync(app.Url("/search"));
        await page.GetByRole(AriaRole.Link, new() { Name = company, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/opportunities/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(company);
    }

    /// <summary>A part's Save on a company's page ("Save details", "Save people"…), and the page says it saved.</summary>
    public static async Task SaveCompanyAsync(IPage page, string button)
    {
        // The save's own answer is awaited, then the page it leads to: a busy two-core machine running
        // every test assembly at once can take longer than an expectation's default five seconds.
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/opportunities/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".problems")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        // "Saved.", and when the offer moved the stage along, which stage it is now.
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex("^Saved\\."), new() { Timeout = 15_000 });
    }

    /// <summary>Runs a browser test; on failure, keeps a screenshot of where it stopped.</summary>
    public static async Task WithFailureScreenshotAsync(IPage page, string name, Func<Task> test)
    {
        try { await test(); }
        catch
        {
            try { await Artifacts.ScreenshotAsync(page, "failed-" + name, fullPage: true, forDocs: false); } catch (PlaywrightException) { }
            throw;
        }
    }
}
