using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>The pages are plain HTML forms: everything a user needs works with JavaScript off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task SignInLoadTheExampleAndMarkAMoveDoneWithoutJavaScript()
    {
        using var app = new LiveApp();
        await using var context = await browser.LaunchAsync(javaScript: false);
        var page = await context.NewPageAsync();

        await Steps.WithFailureScreenshotAsync(page, "no-javascript", async () =>
        {
            // An account, then out and back in through the sign-in form.
            var email = await Steps.RegisterAsync(page, app);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Sign in to OfferDesk", new() { Timeout = BrowserFixture.Wait });
            await Steps.SignInAsync(page, app, email);

            // Today's empty state offers the example search. Each post's own answer is awaited, then
            // what the page it leads to shows, with room for a busy machine: waiting for the address
            // would not do, as these posts come back to the address they left from.
            await Steps.LoadExampleAsync(page);
            var moves = page.Locator("article.move");

            // JavaScript really is off: site.js would have revealed the copy buttons.
            var copy = page.Locator("button.copy").First;
            await Expect(copy).ToBeHiddenAsync();
            await Expect(copy).ToHaveAttributeAsync("hidden", "");

            // The scripts open without JavaScript too (a <details> element).
            var first = moves.Filter(new() { Has = page.Locator("form.done button", new() { HasText = "Done" }) }).First;
            var id = await first.GetAttributeAsync("id");
            id.ShouldNotBeNull();
            await first.Locator("summary").ClickAsync();
            await Expect(first.Locator("pre")).ToBeVisibleAsync();

            // Done: the form posts, the page comes back, and the advice has moved on.
            var before = await moves.CountAsync();
            await page.RunAndWaitForResponseAsync(() => first.GetByRole(AriaRole.Button, new() { Name = "Done", Exact = true }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.EndsWith("/moves/done", StringComparison.Ordinal));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Done\. Your advice for .+ is updated\.$"), new() { Timeout = BrowserFixture.Wait });
            await Expect(page.Locator($"[id='{id}']")).ToHaveCountAsync(0);
            (await moves.CountAsync()).ShouldBeLessThan(before);

            // A company's page: one part saved on its own, and what was typed in another kept, as typed.
            await page.GotoAsync(app.Url("/opportunities/northwind"));
            var role = await page.Locator("#role").InputValueAsync();
            await page.Locator("#role").FillAsync("Typed but not saved");
            await page.Locator("#notes").FillAsync("Saved without JavaScript.");
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Notes", StringComparison.Ordinal));
            await Expect(page.Locator("#your-notes .saved")).ToContainTextAsync("Notes saved.", new() { Timeout = BrowserFixture.Wait });
            page.Url.ShouldEndWith("#your-notes");
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Saved without JavaScript.");
            await Expect(page.Locator("#role")).ToHaveValueAsync("Typed but not saved");
            await Expect(page.Locator("#details .unsaved")).ToBeVisibleAsync();
            await Expect(page.Locator("#your-notes .unsaved")).ToBeHiddenAsync();
            role.ShouldNotBe("Typed but not saved");

            // Then its own Save: nothing else is left unsaved, so the page goes back to that part.
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync(),
                r => r.Request.Method == "POST" && r.Url.Contains("handler=Details", StringComparison.Ordinal));
            await Expect(page.Locator(".flash")).ToHaveTextAsync(new Regex(@"^Saved\. .+ is up to date\.$"), new() { Timeout = BrowserFixture.Wait });
            page.Url.ShouldEndWith("/opportunities/northwind#details");
            await Expect(page.Locator("#role")).ToHaveValueAsync("Typed but not saved");
            await Expect(page.Locator("#notes")).ToHaveValueAsync("Saved without JavaScript.");
            await Expect(page.Locator(".unsaved").First).ToBeHiddenAsync();
        });
    }
}
