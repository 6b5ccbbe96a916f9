using System.Net;
using System.Text.Json;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// The company page in parts: each part's form saves that part and nothing else; refused edits
/// keep what was typed and save nothing; two tabs conflict only on the same part of the same company.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class OpportunityEditTests(WebApps apps) : IClassFixture<WebApps>
{
    private const string Page = "/opportunities/bluebird";

    /// <summary>The marker that picks each part's form: its handler.</summary>
    public const string Details = "handler=Details", Offer = "handler=Offer", People = "handler=People",
        Interviews = "handler=Interviews", History = "handler=History", Notes = "handler=Notes";

    /// <summary>The part whose form holds the field named <paramref name="field"/>.</summary>
    public static string PartOf(string field) => field switch
    {
        _ when field.StartsWith("Input.Contacts[", StringComparison.Ordinal) => People,
        _ when field.StartsWith("Input.Interviews[", StringComparison.Ordinal) => Interviews,
        _ when field.StartsWith("Input.Events[", StringComparison.Ordinal) => History,
        "Input.Notes" => Notes,
        "Input.Company" or "Input.Role" or "Input.Stage" or "Input.AppliedOn" or "Input.LastHeardFrom" or "Input.WouldAccept"
            or "Input.TotalSteps" or "Input.CompletedSteps" => Details,
        _ => Offer,
    };

    private async Task<HttpClient> ExampleUserAsync(string provider)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    /// <summary>The company's fields, by document property, as JSON text (absent ones are absent).</summary>
    private static Dictionary<string, string> Fields(string pipeline, string id) =>
        Http.Opportunity(pipeline, id).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());

    [Theory]
    [InlineData("sqlite", Offer, "Input.Deadline", "2026-13-01", "\"2026-13-01\" is not a date")]
    [InlineData("sqlite", Offer, "Input.BaseSalary", "-5", "-5 is negative")]
    [InlineData("sqlite", Details, "Input.Company", "", "enter the company's name")]
    [PostgresInlineData("postgres", Offer, "Input.Deadline", "2026-13-01", "\"2026-13-01\" is not a date")]
    [PostgresInlineData("postgres", Details, "Input.Company", "", "enter the company's name")]
    public async Task ABadValueIs400KeepsEverythingTypedNamesTheProblemAtTheFieldAndSavesNothing(string provider, string part, string field, string bad, string message)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, part);
        var typed = part == Offer
            ? new[] { ("Input.Title", "Lead Engineer"), ("Input.SigningBonus", "12345"), ("Input.Location", "Typed before the mistake") }
            : [("Input.Role", "Principal Engineer"), ("Input.TotalSteps", "4"), ("Input.AppliedOn", "2026-02-01")];
        foreach (var (name, value) in typed) form.Set(name, value);
        form.Set(field, bad);

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var control = HtmlForm.Control(html, field).ShouldNotBeNull();
        control.GetValueOrDefault("value", "").ShouldBe(bad);
        control.GetValueOrDefault("aria-invalid").ShouldBe("true");
        var error = Html.Parse(html).GetElementById(control["aria-describedby"].Split(' ').Last()).ShouldNotBeNull("the field is described by its problem");
        error.ClassList.ShouldContain("field-error");
        System.Net.WebUtility.HtmlDecode(error.TextContent).ShouldContain(message);
        html.ShouldContain("nothing was saved");
        var again = HtmlForm.Find(html, Page, part);
        foreach (var (name, value) in typed) again[name].ShouldBe(value, "what was typed is kept");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task EachPartSavesRedirectsBackToItselfAndShowsUp(string provider)
    {
        var browser = await ExampleUserAsync(provider);

        var details = await (await HtmlForm.LoadAsync(browser, Page, Details)).Set("Input.Role", "Principal Engineer").SubmitAsync(browser);
        details.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.Location().ShouldBe(Page + "#details");
        var offer = await (await HtmlForm.LoadAsync(browser, Page, Offer)).Set("Input.Deadline", "2026-03-16").Set("Input.BaseSalary", "150,000").SubmitAsync(browser);
        offer.Location().ShouldBe(Page + "#offer");
        var notes = await (await HtmlForm.LoadAsync(browser, Page, Notes)).Set("Input.Notes", "They moved fast.").SubmitAsync(browser);
        notes.Location().ShouldBe(Page + "#your-notes");

        var html = await browser.PageAsync(Page);
        html.ShouldContain("Saved.");
        HtmlForm.Control(html, "Input.Role")!["value"].ShouldBe("Principal Engineer");
        HtmlForm.Control(html, "Input.Deadline")!["value"].ShouldBe("2026-03-16");
        HtmlForm.Control(html, "Input.BaseSalary")!["value"].ShouldBe("150000");
        var saved = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        saved.GetProperty("role").GetString().ShouldBe("Principal Engineer");
        saved.GetProperty("notes").GetString().ShouldBe("They moved fast.");
        saved.GetProperty("offer").GetProperty("deadline").GetString().ShouldBe("2026-03-16");
        saved.GetProperty("offer").GetProperty("baseSalary").GetDecimal().ShouldBe(150000m);
        saved.GetProperty("company").GetString().ShouldBe("Bluebird Health");
        saved.GetProperty("interviews").GetArrayLength().ShouldBe(1, "untouched parts are kept");
    }

    /// <summary>
    /// Each part's form, changed, and sent with fields of every other part changed too (as a
    /// hand-made post could): only the part's own document fields change.
    /// </summary>
    [Theory]
    [InlineData("sqlite", Details, "Input.Role", "Changed role", "role")]
    [InlineData("sqlite", Offer, "Input.Title", "Changed title", "offer")]
    [InlineData("sqlite", People, "Input.Contacts[0].Name", "Changed Name", "contacts")]
    [InlineData("sqlite", Interviews, "Input.Interviews[0].Kind", "changed kind", "interviews")]
    [InlineData("sqlite", History, "Input.Events[0].Note", "Changed note", "events")]
    [InlineData("sqlite", Notes, "Input.Notes", "Changed notes", "notes")]
    [PostgresInlineData("postgres", Offer, "Input.Title", "Changed title", "offer")]
    [PostgresInlineData("postgres", Notes, "Input.Notes", "Changed notes", "notes")]
    public async Task EachPartSavesOnlyItsOwnFields(string provider, string part, string field, string value, string property)
    {
        var browser = await ExampleUserAsync(provider);
        var before = Fields(await browser.PipelineAsync(), "bluebird");
        var form = await HtmlForm.LoadAsync(browser, Page, part);
        form.Set(field, value);
        // The blank row at the end of History needs a day to count, if it is the row changed.
        if (field.StartsWith("Input.Events[0]", StringComparison.Ordinal) && string.IsNullOrEmpty(form["Input.Events[0].On"])) form.Set("Input.Events[0].On", "2026-03-09");
        foreach (var (other, sneaked) in new[]
        {
            ("Input.Company", "Sneaked Ltd"), ("Input.Role", "Sneaked role"), ("Input.Stage", "rejected"), ("Input.Notes", "Sneaked notes"),
            ("Input.OfferStatus", ""), ("Input.Title", "Sneaked title"), ("Input.Contacts[0].Name", "Sneaked Name"),
            ("Input.Interviews[0].Kind", "sneaked"), ("Input.Interviews[0].Date", "2026-01-01"), ("Input.Events[0].Note", "Sneaked"), ("Input.Events[0].On", "2026-01-01"),
        })
        {
            if (form[other] is null) form.Add(other, sneaked);
        }

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var after = Fields(await browser.PipelineAsync(), "bluebird");
        after[property].ShouldContain(property == "interviews" ? value : JsonSerializer.Serialize(value)[1..^1]);
        foreach (var name in before.Keys.Union(after.Keys).Where(n => n != property))
            after.GetValueOrDefault(name).ShouldBe(before.GetValueOrDefault(name), $"{name} is not part of the part saved");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TwoTabsEditingTwoDifferentCompaniesBothSave(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var first = await HtmlForm.LoadAsync(browser, Page, Details);
        var second = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", Details);
        (await second.Set("Input.Role", "Changed in another tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await first.Set("Input.Role", "Kept edit").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "fabrikam").GetProperty("role").GetString().ShouldBe("Changed in another tab");
        Http.Opportunity(pipeline, "bluebird").GetProperty("role").GetString().ShouldBe("Kept edit");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TwoTabsEditingTwoPartsOfTheSameCompanyBothSave(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var offer = await HtmlForm.LoadAsync(browser, Page, Offer);
        var notes = await HtmlForm.LoadAsync(browser, Page, Notes);
        var details = await HtmlForm.LoadAsync(browser, Page, Details);
        (await notes.Set("Input.Notes", "Notes from the other tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await details.Set("Input.Role", "Role from a third tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await offer.Set("Input.BaseSalary", "160000").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        saved.GetProperty("notes").GetString().ShouldBe("Notes from the other tab");
        saved.GetProperty("role").GetString().ShouldBe("Role from a third tab");
        saved.GetProperty("offer").GetProperty("baseSalary").GetDecimal().ShouldBe(160000m);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TheSamePartChangedInAnotherTabShowsBothVersionsAndLosesNothingTyped(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var mine = await HtmlForm.LoadAsync(browser, Page, Details);
        var theirs = await HtmlForm.LoadAsync(browser, Page, Details);
        (await theirs.Set("Input.Role", "From the other tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var between = await browser.PipelineAsync();

        var response = await mine.Set("Input.Role", "Typed here").Set("Input.Company", "Bluebird Typed").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);
        var part = page.GetElementById("details").ShouldNotBeNull();
        var text = System.Net.WebUtility.HtmlDecode(part.TextContent);
        text.ShouldContain("was changed in another tab");
        text.ShouldContain("Nothing was saved");
        var saved = part.QuerySelector(".conflict").ShouldNotBeNull("the saved version is shown in the part that conflicts");
        saved.TextContent.ShouldContain("The version saved elsewhere");
        saved.TextContent.ShouldContain("From the other tab");
        saved.TextContent.ShouldNotContain("Typed here");
        var again = HtmlForm.Find(html, Page, Details);
        again["Input.Role"].ShouldBe("Typed here");
        again["Input.Company"].ShouldBe("Bluebird Typed");
        (await browser.PipelineAsync()).ShouldBe(between);

        // Saving from the conflict view keeps what was typed.
        (await again.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bluebird = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        bluebird.GetProperty("role").GetString().ShouldBe("Typed here");
        bluebird.GetProperty("company").GetString().ShouldBe("Bluebird Typed");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task EveryProblemOfAPartIsNamedByItsLabelLinkedToItsFieldAndDescribesIt(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, Offer);
        form.Set("Input.Deadline", "soon").Set("Input.PtoDays", "-1").Set("Input.BaseSalary", "lots").Set("Input.Currency", "EURO");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var problems = Html.Problems(html);
        problems.Select(p => p.Label).Order().ShouldBe(["Answer due by", "Base salary per year", "Currency", "Days off per year"]);
        var page = Html.Parse(html);
        page.QuerySelectorAll(".problems").Length.ShouldBe(1);
        page.GetElementById("offer")!.QuerySelector(".problems").ShouldNotBeNull("the problems show at the top of the part sent");
        foreach (var (label, href, text) in problems)
        {
            text.ShouldNotContain("opportunities[");
            text.ShouldNotContain("offer.");
            var input = page.QuerySelector(href!).ShouldNotBeNull($"{label} links to its field");
            page.QuerySelector($"label[for='{input.Id}']")!.TextContent.Trim().ShouldBe(label);
            input.GetAttribute("aria-invalid").ShouldBe("true");
            var described = input.GetAttribute("aria-describedby").ShouldNotBeNull($"{label} is described by its problem")
                .Split(' ').Select(page.GetElementById).ToList();
            described.ShouldContain(e => e != null && e.ClassList.Contains("field-error") && text.Contains(e.TextContent.Trim()), $"{label}'s own message describes it");
        }
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherUsersCompanyIs404ForEveryPartAndChangesNothing(string provider)
    {
        var owner = await ExampleUserAsync(provider);
        var other = await ExampleUserAsync(provider);
        // The other user's own company of that id is removed, so the id is only the owner's.
        var remove = await HtmlForm.LoadAsync(other, Page, "handler=Delete");
        (await remove.Set("confirm", "true").SubmitAsync(other)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var ownerBefore = await owner.PipelineAsync();
        var otherBefore = await other.PipelineAsync();

        (await other.GetAsync(Page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var handler in new[] { "Details", "Offer", "People", "Interviews", "History", "Notes", "Delete" })
        {
            var response = await other.PostWithTokenAsync($"{Page}?handler={handler}", ("Input.Company", "Hijacked"), ("Input.Notes", "Hijacked"), ("confirm", "true"));
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }
        (await other.PostWithTokenAsync(Page, ("Input.Company", "Hijacked"))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a post without a part");
        (await owner.PostWithTokenAsync(Page, ("Input.Company", "Hijacked"))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a post without a part changes nothing");
        (await owner.PipelineAsync()).ShouldBe(ownerBefore);
        (await other.PipelineAsync()).ShouldBe(otherBefore);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SavingAnOfferInHandMovesTheStageAlongAndTakingItBackMovesItBack(string provider)
    {
        var browser = await ExampleUserAsync(provider);

        // Contoso is interviewing: a verbal offer saved in the offer part moves it to the offers.
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/contoso", Offer);
        var response = await form.Set("Input.OfferStatus", "verbal").Set("Input.BaseSalary", "130000").Set("Input.Currency", "USD").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var contoso = Http.Opportunity(await browser.PipelineAsync(), "contoso");
        contoso.GetProperty("stage").GetString().ShouldBe("offer");
        contoso.GetProperty("offer").GetProperty("status").GetString().ShouldBe("verbal");
        (await browser.PageAsync("/opportunities/contoso")).ShouldContain("Saved. The stage is now Offers in hand.");

        // And taking it back (no offer) returns it to interviewing.
        form = await HtmlForm.LoadAsync(browser, "/opportunities/contoso", Offer);
        (await form.Set("Input.OfferStatus", "").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        contoso = Http.Opportunity(await browser.PipelineAsync(), "contoso");
        contoso.GetProperty("stage").GetString().ShouldBe("interviewing");
        contoso.TryGetProperty("offer", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnOfferInHandIsNotOfferedAMoveBackToAppliedOrInterviewingOnTheBoardOrItsPage(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var board = Html.Parse(await browser.PageAsync("/board"));
        // Bluebird holds a written offer; Contoso, interviewing, holds none.
        var bluebird = board.QuerySelectorAll("#to-bluebird option").Select(o => o.GetAttribute("value")).ToList();
        bluebird.ShouldNotContain("applied");
        bluebird.ShouldNotContain("interviewing");
        bluebird.ShouldContain("accepted");
        board.QuerySelectorAll("#to-contoso option").Select(o => o.GetAttribute("value")).ShouldContain("applied");
        var page = Html.Parse(await browser.PageAsync(Page)).QuerySelectorAll("#stage option").Select(o => o.GetAttribute("value")).ToList();
        page.ShouldNotContain("applied");
        page.ShouldNotContain("interviewing");
        var contoso = Html.Parse(await browser.PageAsync("/opportunities/contoso")).QuerySelectorAll("#stage option").Select(o => o.GetAttribute("value")).ToList();
        contoso.ShouldContain("applied");
        contoso.ShouldNotContain("offer", "without an offer, the offer part is where the stage moves to offers");

        // Sent anyway (a form from before the offer came), it is refused in people's words.
        var form = await HtmlForm.LoadAsync(browser, Page, Details);
        var response = await form.Set("Input.Stage", "applied").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Stage");
        problem.Text.ShouldContain("there is an offer in hand");
        Http.Opportunity(await browser.PipelineAsync(), "bluebird").GetProperty("stage").GetString().ShouldBe("offer");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AStageThatNeedsTheOfferFirstIsRefusedInPeoplesWords(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        // A form from before the offer: its list still had "offer" (a stale tab, or a hand-made post).
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", Details);

        var response = await form.Set("Input.Stage", "offer").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Stage");
        problem.Href.ShouldBe("#stage");
        problem.Text.ShouldContain("record the offer under Offer first");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite", Details, "Input.TotalSteps=2;Input.CompletedSteps=3", "Steps done", "#completedSteps", "more than the steps in their process (2)")]
    [InlineData("sqlite", History, "Input.Events[0].On=2026-03-09;Input.Events[0].Kind=note;Input.Events[0].Outcome=no-timeline", "Event 1: Call outcome", "#e0x", "only an accelerate call has a call outcome")]
    public async Task ARuleBetweenTwoFieldsOfAPartIsToldInThePagesWords(string provider, string part, string fields, string label, string href, string message)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", part);
        foreach (var pair in fields.Split(';')) form.Set(pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = Html.Problems(await response.Content.ReadAsStringAsync()).ShouldHaveSingleItem();
        problem.Label.ShouldBe(label);
        problem.Href.ShouldBe(href);
        problem.Text.ShouldContain(message);
        problem.Text.ShouldNotContain("totalSteps");
        problem.Text.ShouldNotContain("accelerate-call");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ACompanysMovesCallAndWriteAsOnTodayAndDoneThereCanBeUndone(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var today = Html.Parse(await browser.PageAsync("/"));
        var (calls, mails) = (0, 0);
        foreach (var move in (await browser.AdviceAsync()).GetProperty("moves").EnumerateArray())
        {
            var id = $"move-{move.GetProperty("code").GetString()}-{move.GetProperty("opportunity").GetString()}";
            var page = Html.Parse(await browser.PageAsync($"/opportunities/{move.GetProperty("opportunity").GetString()}"));
            var card = page.QuerySelector($"#moves [id='{id}']").ShouldNotBeNull($"{id} is on its company's page");
            string[] Links(AngleSharp.Dom.IElement e) => [.. e.QuerySelectorAll("a[href^='tel:'], a[href^='mailto:']").Select(a => a.GetAttribute("href")!)];
            Links(card).ShouldBe(Links(today.QuerySelector($"[id='{id}']")!), $"{id}: the same call and mail links as on Today");
            calls += card.QuerySelectorAll("a[href^='tel:']").Length;
            mails += card.QuerySelectorAll("a[href^='mailto:']").Length;
        }
        calls.ShouldBeGreaterThan(0);
        mails.ShouldBeGreaterThan(0);
        Html.Parse(await browser.PageAsync("/opportunities/northwind")).QuerySelector("#moves a[href='tel:+15550100']").ShouldNotBeNull();

        // Done on the company's page comes back to it, with Undo.
        var before = await browser.PipelineAsync();
        var html = await browser.PageAsync("/opportunities/contoso");
        var done = HtmlForm.All(html, "/opportunities/contoso").First(f => f.Action == "/moves/done" && f.Html.Contains(">Done<", StringComparison.Ordinal));
        done["returnUrl"].ShouldBe("/opportunities/contoso");
        var response = await done.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/opportunities/contoso");
        (await browser.PipelineAsync()).ShouldNotBe(before);
        var undo = HtmlForm.Find(await browser.PageAsync("/opportunities/contoso"), "/opportunities/contoso", "action=\"/moves/undo\"");
        (await undo.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task RemovingNeedsTheBoxTickedThenTheCompanyIsGone(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();

        var unconfirmed = await (await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", "handler=Delete")).SubmitAsync(browser);
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PipelineAsync()).ShouldBe(before);

        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam", "handler=Delete");
        var response = await form.Set("confirm", "true").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/search");
        (await browser.GetAsync("/opportunities/fabrikam")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ids = JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("opportunities").EnumerateArray()
            .Select(o => o.GetProperty("id").GetString()).ToList();
        ids.ShouldBe(["northwind", "bluebird", "contoso"]);
    }

    [Theory]
    [ScenarioFiles("sqlite")]
    [ScenarioFiles("postgres")]
    public async Task SavingEveryPartUntouchedChangesNothing(string provider, string file)
    {
        var browser = await apps[provider].PageUserAsync();
        await browser.PutPipelineAsync(Documents.ScenarioPipeline(file));
        var before = await browser.PipelineAsync();

        foreach (var id in JsonDocument.Parse(before).RootElement.GetProperty("opportunities").EnumerateArray().Select(o => o.GetProperty("id").GetString()!))
        {
            foreach (var part in new[] { Details, Offer, People, Interviews, History, Notes })
            {
                var form = await HtmlForm.LoadAsync(browser, $"/opportunities/{id}", part);
                var response = await form.SubmitAsync(browser);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{id} {part}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        // The form has one box for "thank-you sent": false and absent both read as not sent.
        (await browser.PipelineAsync()).ShouldBe(before.Replace(",\n          \"thankYouSent\": false", ""));
    }
}
