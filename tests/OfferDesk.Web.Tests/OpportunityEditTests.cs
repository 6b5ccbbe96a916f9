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
        html.ShouldContain("Saved. Bluebird Health is");
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

    /// <summary>What a test types into each part of Bluebird's page: a field, and a value it does not hold.</summary>
    private static readonly (string Part, string Field, string Value)[] TypedInEachPart =
    [
        (Details, "Input.Role", "Typed role"),
        (Offer, "Input.Title", "Typed title"),
        (People, "Input.Contacts[0].Name", "Typed Name"),
        (Interviews, "Input.Interviews[0].Kind", "typed kind"),
        (History, "Input.Events[0].Note", "Typed note"),
        (Notes, "Input.Notes", "Typed notes"),
    ];

    /// <summary>The anchor of the part a marker picks (its section's id on the page).</summary>
    private static string Anchor(string part) => part switch
    {
        Details => "details", Offer => "offer", People => "people", Interviews => "interviews", History => "history", _ => "your-notes",
    };

    /// <summary>Whether the part says, beside its Save, that it holds changes not saved yet.</summary>
    /// <summary>
    /// This tab's form for <paramref name="part"/>, loaded before another tab loads
    /// <paramref name="theirPart"/> and saves <paramref name="theirField"/> as "From the other tab".
    /// </summary>
    private static async Task<HtmlForm> LoadedBeforeAnotherTabSavesAsync(HttpClient browser, string part, string theirPart, string theirField)
    {
        var mine = await HtmlForm.LoadAsync(browser, Page, part);
        var theirs = await HtmlForm.LoadAsync(browser, Page, theirPart);
        (await theirs.Set(theirField, "From the other tab").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return mine;
    }

    private static bool MarkedUnsaved(string html, string part) =>
        Html.Parse(html).QuerySelector($"#{Anchor(part)} .save-row .unsaved").ShouldNotBeNull($"{part} has its mark").HasAttribute("hidden") is false;

    /// <summary>
    /// Every part typed in, one part's Save pressed: that part is saved and nothing else; the page
    /// comes back (not a redirect, which would show the stored search) with every other part as
    /// typed and marked as not saved yet, and the saved part saying so.
    /// </summary>
    [Theory]
    [InlineData("sqlite", Details, "role")]
    [InlineData("sqlite", Offer, "offer")]
    [InlineData("sqlite", People, "contacts")]
    [InlineData("sqlite", Interviews, "interviews")]
    [InlineData("sqlite", History, "events")]
    [InlineData("sqlite", Notes, "notes")]
    [PostgresInlineData("postgres", Offer, "offer")]
    [PostgresInlineData("postgres", Notes, "notes")]
    public async Task TypingInEveryPartAndSavingOneSavesOnlyItAndKeepsTheOthersAsTyped(string provider, string part, string property)
    {
        var browser = await ExampleUserAsync(provider);
        var before = Fields(await browser.PipelineAsync(), "bluebird");
        var form = await HtmlForm.LoadAsync(browser, Page, part);
        foreach (var (_, field, value) in TypedInEachPart) form.Set(field, value);
        // The blank row at the end of What happened needs a day to be saved, when it is the part saved.
        if (part == History) form.Set("Input.Events[0].On", "2026-03-09");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the page comes back with what was typed, instead of the redirect");
        var html = await response.Content.ReadAsStringAsync();
        var after = Fields(await browser.PipelineAsync(), "bluebird");
        var saved = TypedInEachPart.Single(t => t.Part == part);
        after[property].ShouldContain(saved.Value);
        foreach (var name in before.Keys.Union(after.Keys).Where(n => n != property))
            after.GetValueOrDefault(name).ShouldBe(before.GetValueOrDefault(name), $"{name} is not part of the part saved");
        var again = HtmlForm.Find(html, Page, part);
        foreach (var (other, field, value) in TypedInEachPart.Where(t => t.Part != part))
        {
            again[field].ShouldBe(value, $"what was typed under {other} is still there");
            MarkedUnsaved(html, other).ShouldBeTrue($"{other} says it is not saved yet");
        }
        MarkedUnsaved(html, part).ShouldBeFalse();
        var note = Html.Parse(html).QuerySelector($"#{Anchor(part)} .saved[role=status]").ShouldNotBeNull("the part saved says so, at its top");
        note.TextContent.ShouldContain("saved.");
        note.TextContent.ShouldContain("Not saved yet");
        note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldBe(TypedInEachPart.Where(t => t.Part != part).Select(t => "#" + Anchor(t.Part)));
        Html.Problems(html).ShouldBeEmpty();
    }

    /// <summary>A post of one part that carries other parts' fields without their stamps (a hand-made post, a form of one part) saves that part alone, and redirects.</summary>
    [Theory]
    [InlineData("sqlite", Details, "role")]
    [InlineData("sqlite", People, "contacts")]
    [InlineData("sqlite", Notes, "notes")]
    [PostgresInlineData("postgres", Offer, "offer")]
    public async Task OtherPartsFieldsSentWithoutTheirStampsAreNotSaved(string provider, string part, string property)
    {
        var browser = await ExampleUserAsync(provider);
        var before = Fields(await browser.PipelineAsync(), "bluebird");
        var form = await HtmlForm.LoadAsync(browser, Page, part);
        foreach (var (_, field, value) in TypedInEachPart) form.Set(field, value);
        foreach (var other in new[] { Details, Offer, People, Interviews, History, Notes }.Where(p => p != part))
            form.Remove($"loaded-{other["handler=".Length..].ToLowerInvariant()}");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var after = Fields(await browser.PipelineAsync(), "bluebird");
        after[property].ShouldContain(TypedInEachPart.Single(t => t.Part == part).Value);
        foreach (var name in before.Keys.Union(after.Keys).Where(n => n != property))
            after.GetValueOrDefault(name).ShouldBe(before.GetValueOrDefault(name), $"{name} is not part of the part saved");
    }

    /// <summary>
    /// Text typed in two parts, one saved: the other is still there, and its own Save then saves it
    /// (its stamp moved on with the page, so it is not taken for a change made in another tab);
    /// with nothing left unsaved, that save redirects back to its part.
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TypedTextLeftInAnotherPartSurvivesASaveAndThenSavesWithItsOwnButton(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var form = await HtmlForm.LoadAsync(browser, Page, Notes);
        form.Set("Input.Notes", "Ask about the team's on-call.").Set("Input.Title", "Lead Engineer").Set("Input.BaseSalary", "165,000");

        var first = await form.SubmitAsync(browser);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await first.Content.ReadAsStringAsync();
        var stored = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        stored.GetProperty("notes").GetString().ShouldBe("Ask about the team's on-call.");
        stored.GetProperty("offer").GetRawText().ShouldNotContain("Lead Engineer", customMessage: "the offer is not saved by the notes' Save");
        HtmlForm.Control(html, "Input.Title")!["value"].ShouldBe("Lead Engineer");
        HtmlForm.Control(html, "Input.BaseSalary")!["value"].ShouldBe("165,000", "kept exactly as typed");
        System.Net.WebUtility.HtmlDecode(Html.Parse(html).GetElementById("your-notes")!.QuerySelector(".saved")!.TextContent).ShouldContain("Notes saved.");
        MarkedUnsaved(html, Offer).ShouldBeTrue();

        // The same post again (a reload of that page, a second press): the notes' stamp is stale,
        // but they already hold what is sent, so it is not a conflict.
        var twice = await form.SubmitAsync(browser);
        twice.StatusCode.ShouldBe(HttpStatusCode.OK, await twice.Content.ReadAsStringAsync());
        Html.Parse(await twice.Content.ReadAsStringAsync()).QuerySelector(".conflict").ShouldBeNull();

        var second = await HtmlForm.Find(html, Page, Offer).SubmitAsync(browser);

        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        second.Location().ShouldBe(Page + "#offer");
        stored = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        stored.GetProperty("offer").GetProperty("title").GetString().ShouldBe("Lead Engineer");
        stored.GetProperty("offer").GetProperty("baseSalary").GetDecimal().ShouldBe(165000m);
        stored.GetProperty("notes").GetString().ShouldBe("Ask about the team's on-call.");
        var page = await browser.PageAsync(Page);
        page.ShouldContain("Saved.");
        MarkedUnsaved(page, Offer).ShouldBeFalse();
        MarkedUnsaved(page, Notes).ShouldBeFalse();
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task ABadValueInOnePartIsNamedAtItsFieldAndKeepsWhatWasTypedInEveryPart(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var before = await browser.PipelineAsync();
        var form = await HtmlForm.LoadAsync(browser, Page, Offer);
        form.Set("Input.Notes", "Typed in notes").Set("Input.Contacts[1].Name", "Sam Ortiz").Set("Input.Contacts[1].Phone", "+1 555 0199");
        form.Set("Input.Title", "Lead Engineer").Set("Input.Deadline", "next friday");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var problem = Html.Problems(html).ShouldHaveSingleItem();
        problem.Label.ShouldBe("Answer due by");
        problem.Href.ShouldBe("#deadline");
        problem.Text.ShouldContain("\"next friday\" is not a date");
        Html.Parse(html).GetElementById("offer")!.QuerySelector(".problems").ShouldNotBeNull("the problem shows in the part sent");
        var again = HtmlForm.Find(html, Page, Offer);
        again["Input.Deadline"].ShouldBe("next friday");
        again["Input.Title"].ShouldBe("Lead Engineer");
        again["Input.Notes"].ShouldBe("Typed in notes");
        again["Input.Contacts[1].Name"].ShouldBe("Sam Ortiz");
        again["Input.Contacts[1].Phone"].ShouldBe("+1 555 0199");
        MarkedUnsaved(html, Notes).ShouldBeTrue();
        MarkedUnsaved(html, People).ShouldBeTrue();
        MarkedUnsaved(html, Details).ShouldBeFalse();
        Html.Parse(html).QuerySelectorAll(".saved").ShouldBeEmpty("nothing was saved");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AConflictInOnePartKeepsWhatWasTypedInTheOthersAndEachThenSaves(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var mine = await LoadedBeforeAnotherTabSavesAsync(browser, Details, Details, "Input.Role");

        var response = await mine.Set("Input.Role", "Typed here").Set("Input.Notes", "Notes typed here").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await response.Content.ReadAsStringAsync();
        Html.Parse(html).GetElementById("details")!.QuerySelector(".conflict").ShouldNotBeNull();
        var again = HtmlForm.Find(html, Page, Notes);
        again["Input.Role"].ShouldBe("Typed here");
        again["Input.Notes"].ShouldBe("Notes typed here");
        MarkedUnsaved(html, Notes).ShouldBeTrue();
        Http.Opportunity(await browser.PipelineAsync(), "bluebird").TryGetProperty("notes", out _).ShouldBeFalse();

        // The notes save on their own; the details, still as typed, then save over the other tab's.
        var notes = await again.SubmitAsync(browser);
        notes.StatusCode.ShouldBe(HttpStatusCode.OK, "the details still hold typed text");
        html = await notes.Content.ReadAsStringAsync();
        HtmlForm.Control(html, "Input.Role")!["value"].ShouldBe("Typed here");
        var details = await HtmlForm.Find(html, Page, Details).SubmitAsync(browser);
        details.StatusCode.ShouldBe(HttpStatusCode.Redirect, await details.Content.ReadAsStringAsync());
        var bluebird = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        bluebird.GetProperty("role").GetString().ShouldBe("Typed here");
        bluebird.GetProperty("notes").GetString().ShouldBe("Notes typed here");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task TakingTheSavedVersionOfAConflictingPartKeepsWhatWasTypedInTheOthers(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var mine = await LoadedBeforeAnotherTabSavesAsync(browser, Details, Details, "Input.Role");
        var conflict = await mine.Set("Input.Role", "Typed here").Set("Input.Notes", "Notes typed here").SubmitAsync(browser);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var between = await browser.PipelineAsync();

        var response = await HtmlForm.Find(await conflict.Content.ReadAsStringAsync(), Page, "handler=TakeSaved").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var again = HtmlForm.Find(html, Page, Notes);
        again["Input.Role"].ShouldBe("From the other tab", "the saved version, in the form");
        again["Input.Notes"].ShouldBe("Notes typed here", "the other part, as typed");
        MarkedUnsaved(html, Notes).ShouldBeTrue();
        MarkedUnsaved(html, Details).ShouldBeFalse();
        (await browser.PipelineAsync()).ShouldBe(between, "showing the saved version saves nothing");
        (await browser.PostWithTokenAsync($"{Page}?handler=TakeSaved&part=Nonsense")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task AnotherTabsSaveOfAPartLeftAsLoadedHereIsNotTakenForTyping(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var mine = await LoadedBeforeAnotherTabSavesAsync(browser, Offer, Notes, "Input.Notes");

        // This page's notes are as it loaded them, older than the other tab's: nothing typed there.
        var response = await mine.Set("Input.Title", "Lead Engineer").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe(Page + "#offer");
        var bluebird = Http.Opportunity(await browser.PipelineAsync(), "bluebird");
        bluebird.GetProperty("notes").GetString().ShouldBe("From the other tab");
        bluebird.GetProperty("offer").GetProperty("title").GetString().ShouldBe("Lead Engineer");
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task SavingAnOfferInHandWhileTheDetailsHoldTypedTextMovesTheStageShownThereToo(string provider)
    {
        var browser = await ExampleUserAsync(provider);
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/contoso", Offer);
        form.Set("Input.Role", "Typed role").Set("Input.OfferStatus", "verbal").Set("Input.BaseSalary", "130000").Set("Input.Currency", "USD");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        System.Net.WebUtility.HtmlDecode(Html.Parse(html).GetElementById("offer")!.QuerySelector(".saved")!.TextContent)
            .ShouldContain("Offer saved. The stage is now Offers in hand.");
        var again = HtmlForm.Find(html, "/opportunities/contoso", Details);
        again["Input.Role"].ShouldBe("Typed role");
        again["Input.Stage"].ShouldBe("offer", "the stage was not changed here: it shows where the offer moved it");
        var contoso = Http.Opportunity(await browser.PipelineAsync(), "contoso");
        contoso.GetProperty("stage").GetString().ShouldBe("offer");
        contoso.GetProperty("role").GetString().ShouldBe("Platform Engineer");

        var details = await again.SubmitAsync(browser);

        details.StatusCode.ShouldBe(HttpStatusCode.Redirect, await details.Content.ReadAsStringAsync());
        contoso = Http.Opportunity(await browser.PipelineAsync(), "contoso");
        contoso.GetProperty("role").GetString().ShouldBe("Typed role");
        contoso.GetProperty("stage").GetString().ShouldBe("offer");
    }

    /// <summary>A row added in one list and a row ticked for removal in another survive a save of a third part, then each saves with its own Save.</summary>
    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task RowsAddedAndRemovedInListsSurviveASaveOfAnotherPart(string provider)
    {
        const string Northwind = "/opportunities/northwind";
        var browser = await ExampleUserAsync(provider);
        var form = await HtmlForm.LoadAsync(browser, Northwind, Notes);
        // Northwind has one contact and two interviews; the row after each list is blank, for adding.
        form.Set("Input.Contacts[1].Name", "Sam Ortiz").Set("Input.Contacts[1].Role", "recruiter").Set("Input.Contacts[1].Email", "sam@northwind.example");
        form.Add("Input.Interviews[0].Remove", "true");
        form.Set("Input.Events[0].On", "2026-03-09").Set("Input.Events[0].Kind", "follow-up").Set("Input.Events[0].Note", "Wrote to Dana");
        form.Set("Input.Notes", "Saved first.");

        var response = await form.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);
        var again = HtmlForm.Find(html, Northwind, People);
        (again["Input.Contacts[1].Name"], again["Input.Contacts[1].Role"], again["Input.Contacts[1].Email"]).ShouldBe(("Sam Ortiz", "recruiter", "sam@northwind.example"));
        page.QuerySelector("#c2n").ShouldNotBeNull("a blank row follows the row typed, for adding one more");
        again["Input.Interviews[0].Remove"].ShouldBe("true", "the box ticked is still ticked");
        (again["Input.Events[0].On"], again["Input.Events[0].Kind"], again["Input.Events[0].Note"]).ShouldBe(("2026-03-09", "follow-up", "Wrote to Dana"));
        foreach (var part in new[] { People, Interviews, History }) MarkedUnsaved(html, part).ShouldBeTrue(part);
        var stored = Http.Opportunity(await browser.PipelineAsync(), "northwind");
        stored.GetProperty("notes").GetString().ShouldBe("Saved first.");
        stored.GetProperty("contacts").GetArrayLength().ShouldBe(1);
        stored.GetProperty("interviews").GetArrayLength().ShouldBe(2);
        (stored.TryGetProperty("events", out var events) ? events.GetArrayLength() : 0).ShouldBe(0);

        // Each list saves with its own Save, the others still kept, until the last redirects.
        response = await again.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html = await response.Content.ReadAsStringAsync();
        HtmlForm.Find(html, Northwind, Interviews)["Input.Interviews[0].Remove"].ShouldBe("true");
        response = await HtmlForm.Find(html, Northwind, Interviews).SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html = await response.Content.ReadAsStringAsync();
        response = await HtmlForm.Find(html, Northwind, History).SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Location().ShouldBe(Northwind + "#history");

        stored = Http.Opportunity(await browser.PipelineAsync(), "northwind");
        stored.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldBe(["Dana Ruiz", "Sam Ortiz"]);
        stored.GetProperty("interviews").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["onsite"]);
        stored.GetProperty("events").EnumerateArray().Last().GetProperty("note").GetString().ShouldBe("Wrote to Dana");
        stored.GetProperty("notes").GetString().ShouldBe("Saved first.");
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
        var mine = await LoadedBeforeAnotherTabSavesAsync(browser, Details, Details, "Input.Role");
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
        foreach (var handler in new[] { "Details", "Offer", "People", "Interviews", "History", "Notes", "Delete", "TakeSaved&part=Notes" })
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
        (await browser.PageAsync("/opportunities/contoso")).ShouldContain("Saved. Contoso Cloud is now in Offers in hand.");

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

        // Done on the company's page comes back to it, with Undo (Fabrikam's check-in has a plain Done).
        var before = await browser.PipelineAsync();
        var html = await browser.PageAsync("/opportunities/fabrikam");
        var done = HtmlForm.All(html, "/opportunities/fabrikam").First(f => f.Action == "/moves/done" && f.Html.Contains(">Done<", StringComparison.Ordinal));
        done["returnUrl"].ShouldBe("/opportunities/fabrikam");
        var response = await done.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/opportunities/fabrikam");
        (await browser.PipelineAsync()).ShouldNotBe(before);
        var undo = HtmlForm.Find(await browser.PageAsync("/opportunities/fabrikam"), "/opportunities/fabrikam", "action=\"/moves/undo\"");
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
