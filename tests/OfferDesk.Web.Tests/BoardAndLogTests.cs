using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>The board (/board), "log what happened" (/opportunities/{id}/log), acting from a move card, and Undo after Done.</summary>
public sealed partial class BoardAndLogTests : IAsyncLifetime
{
    private readonly OfferDeskFactory app = new() { FastPasswordHashing = true };

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpClient> ExampleUserAsync()
    {
        var browser = await app.PageUserAsync();
        await browser.LoadExampleAsync();
        return browser;
    }

    /// <summary>A form inside one company's card on the board.</summary>
    private static async Task<HtmlForm> CardFormAsync(HttpClient browser, string id, string handler)
    {
        var html = await browser.PageAsync("/board");
        var card = html[html.IndexOf($"id=\"card-{id}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
        return HtmlForm.Find(card, "/board", $"handler={handler}");
    }

    private static async Task<JsonElement> CompanyAsync(HttpClient browser, string id) => Http.Opportunity(await browser.PipelineAsync(), id);

    /// <summary>The words a person sees: tags, scripts and styles removed, entities decoded.</summary>
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Hidden().Replace(html, " "), " "));

    [GeneratedRegex("<(script|style|head)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [Fact]
    public async Task TheBoardShowsEachStageAsAColumnWithCountsAndCardsWithRankAndNextMove()
    {
        var browser = await ExampleUserAsync();
        var html = await browser.PageAsync("/board");
        var text = Regex.Replace(Visible(html), "\\s+", " ");

        foreach (var (column, count) in new[] { ("Applied", 1), ("Interviewing", 2), ("Offers in hand", 1), ("Accepted", 0), ("Closed", 0) })
            text.ShouldContain($"{column} {count}");
        var northwind = html[html.IndexOf("id=\"card-northwind\"", StringComparison.Ordinal)..];
        northwind = Visible(northwind[..northwind.IndexOf("</article>", StringComparison.Ordinal)]);
        northwind.ShouldContain("Northwind Traders");
        northwind.ShouldContain("Staff Engineer");
        northwind.ShouldContain("Your #1 choice");
        var next = (await browser.AdviceAsync()).GetProperty("moves").EnumerateArray().First(m => m.GetProperty("opportunity").GetString() == "northwind");
        northwind.ShouldContain(next.GetProperty("summary").GetString()!);
        northwind.ShouldContain("due today");
        // Cards sit in their stage's column, ranked.
        html.IndexOf("id=\"card-northwind\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"card-contoso\"", StringComparison.Ordinal));
        html.IndexOf("id=\"col-interviewing\"", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("id=\"card-northwind\"", StringComparison.Ordinal));
        html.IndexOf("id=\"col-offers\"", StringComparison.Ordinal).ShouldBeGreaterThan(html.IndexOf("id=\"card-contoso\"", StringComparison.Ordinal));
        // The offer's days left to answer.
        text.ShouldContain("5 days left to answer");
    }

    [Theory]
    [InlineData("/board")]
    [InlineData("/opportunities/northwind/log")]
    [InlineData("/")]
    public async Task PagesSpeakInPeoplesWordsNeverMoveCodesStageKeysOrDocumentPaths(string path)
    {
        var browser = await ExampleUserAsync();
        var text = Visible(await browser.PageAsync(path));
        foreach (var code in Wording.Codes<MoveCode>()) text.ShouldNotContain(code);
        text.ShouldNotContain("opportunities[");
        text.ShouldNotMatch("\\d{4}-\\d{2}-\\d{2}");
    }

    [Fact]
    public async Task MovingACardAndRankingItAreFormsThatSave()
    {
        var browser = await ExampleUserAsync();
        var move = (await CardFormAsync(browser, "fabrikam", "Move")).Set("to", "interviewing");
        var response = await move.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldBe("/board?show=interviewing");
        (await CompanyAsync(browser, "fabrikam")).GetProperty("stage").GetString().ShouldBe("interviewing");

        var rank = (await CardFormAsync(browser, "contoso", "Rank")).Add("direction", "up");
        (await rank.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CompanyAsync(browser, "contoso")).GetProperty("preference").GetInt32().ShouldBe(2);
        (await CompanyAsync(browser, "bluebird")).GetProperty("preference").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task DroppingACardOnAnotherRanksItJustAboveAndOnAColumnMovesIt()
    {
        var browser = await ExampleUserAsync();
        var drop = await HtmlForm.LoadAsync(browser, "/board", "id=\"board-drop\"");
        (await drop.Set("id", "contoso").Set("before", "northwind").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "contoso").GetProperty("preference").GetInt32().ShouldBe(1);
        Http.Opportunity(pipeline, "northwind").GetProperty("preference").GetInt32().ShouldBe(2);
        Http.Opportunity(pipeline, "bluebird").GetProperty("preference").GetInt32().ShouldBe(3);

        drop = await HtmlForm.LoadAsync(browser, "/board", "id=\"board-drop\"");
        (await drop.Set("id", "fabrikam").Set("to", "interviewing").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CompanyAsync(browser, "fabrikam")).GetProperty("stage").GetString().ShouldBe("interviewing");
    }

    [Theory]
    [InlineData("offer", "offer", "/board?show=offers#card-contoso")]
    [InlineData("accepted", "accepted", "/board?show=accepted#card-contoso")]
    public async Task MovingToOffersWithoutAnOfferAsksForItAndTheShortFormRecordsIt(string to, string stage, string back)
    {
        var browser = await ExampleUserAsync();
        var response = await (await CardFormAsync(browser, "contoso", "Move")).Set("to", to).SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldStartWith("/opportunities/contoso/log?show=offer");
        (await CompanyAsync(browser, "contoso")).GetProperty("stage").GetString().ShouldBe("interviewing", "nothing changes until the offer is told");

        var html = await browser.PageAsync(response.Location());
        html.ShouldNotContain("id=\"held-on\"", customMessage: "only the form asked for");
        var offer = HtmlForm.Find(html, response.Location(), "handler=Offer");
        offer.Set("status", "written").Set("deadline", "2026-03-17").Set("baseSalary", "130,000").Set("currency", "usd");
        var saved = await offer.SubmitAsync(browser);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, Visible(await saved.Content.ReadAsStringAsync()));
        saved.Location().ShouldBe(back);
        var contoso = await CompanyAsync(browser, "contoso");
        contoso.GetProperty("stage").GetString().ShouldBe(stage);
        contoso.GetProperty("offer").GetProperty("status").GetString().ShouldBe("written");
        contoso.GetProperty("offer").GetProperty("baseSalary").GetDecimal().ShouldBe(130000m);
        contoso.GetProperty("offer").GetProperty("currency").GetString().ShouldBe("USD");
        contoso.GetProperty("offer").GetProperty("deadline").GetString().ShouldBe("2026-03-17");
    }

    [Fact]
    public async Task ABadOfferNamesEachFieldByItsLabelInOneRoundKeepsWhatWasTypedAndSavesNothing()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var offer = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=Offer");
        var response = await offer.Set("status", "expected").Set("deadline", "next friday").Set("baseSalary", "lots").Set("currency", "dollars").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        var text = Visible(html);
        text.ShouldContain("How they made it: choose");
        text.ShouldContain("Answer by: \"next friday\" is not a date.");
        text.ShouldContain("Base salary: \"lots\" is not an amount");
        text.ShouldContain("Currency: \"dollars\" is not a currency code");
        foreach (var field in new[] { "offer-deadline", "offer-base", "offer-currency" })
        {
            html.ShouldContain($"href=\"#{field}\"");
            var control = HtmlForm.Control(html, field == "offer-base" ? "baseSalary" : field["offer-".Length..])!;
            control["aria-invalid"].ShouldBe("true");
            control["aria-describedby"].ShouldContain($"err-{field}");
            html.ShouldContain($"id=\"err-{field}\"");
        }
        HtmlForm.Control(html, "baseSalary")!["value"].ShouldBe("lots");
        HtmlForm.Control(html, "currency")!["value"].ShouldBe("dollars");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnInterviewTimeIsReadInTheCandidatesZoneAndShownInTheirWords()
    {
        var browser = await ExampleUserAsync();
        var doc = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await browser.PipelineAsync())!;
        var candidate = JsonSerializer.Deserialize<Dictionary<string, object>>(doc["candidate"].GetRawText())!;
        candidate["timeZone"] = "America/Chicago";
        doc["candidate"] = JsonSerializer.SerializeToElement(candidate);
        await browser.PutPipelineAsync(JsonSerializer.Serialize(doc));

        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Scheduled");
        var response = await form.Set("date", "2026-03-20").Set("time", "15:00").Set("kind", "video").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fabrikam = await CompanyAsync(browser, "fabrikam");
        fabrikam.GetProperty("stage").GetString().ShouldBe("interviewing");
        var interview = fabrikam.GetProperty("interviews").EnumerateArray().Single();
        interview.GetProperty("at").GetString().ShouldBe("2026-03-20T15:00:00-05:00", "3 pm in Chicago, on daylight time since March 8");
        interview.GetProperty("status").GetString().ShouldBe("scheduled");
        Visible(await browser.PageAsync("/opportunities/fabrikam/log")).ShouldContain("next interview Friday, March 20, 3:00 pm");
    }

    [Fact]
    public async Task HadTheInterviewMarksItDoneAndRefusesADayToCome()
    {
        var browser = await ExampleUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Held");
        var refused = await form.Set("on", "2026-03-12").SubmitAsync(browser);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await refused.Content.ReadAsStringAsync()).ShouldContain("Day of the interview: is a day still to come");

        form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Held");
        (await form.Set("on", "2026-03-10").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fabrikam = await CompanyAsync(browser, "fabrikam");
        fabrikam.GetProperty("stage").GetString().ShouldBe("interviewing");
        var done = fabrikam.GetProperty("interviews").EnumerateArray().Single();
        done.GetProperty("status").GetString().ShouldBe("done");
        done.GetProperty("at").GetString().ShouldBe("2026-03-10");
        fabrikam.GetProperty("lastHeardFrom").GetString().ShouldBe("2026-03-10");
        Http.Moves(await browser.AdviceAsync()).ShouldContain(("send-thank-you", "fabrikam"));
    }

    [Fact]
    public async Task InterviewDoneSentTwiceMakesOneInterview()
    {
        var browser = await ExampleUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Held");
        form.Set("on", "2026-03-10").Set("kind", "onsite");

        (await form.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The same form again (a double tap, Back and send again): its version is gone, so it saves nothing.
        (await form.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // And the same thing said again from a fresh form is the same interview, not a second one.
        var fresh = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Held");
        var again = await fresh.Set("on", "2026-03-10").Set("kind", "onsite").SubmitAsync(browser);

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CompanyAsync(browser, "fabrikam")).GetProperty("interviews").EnumerateArray().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task InterviewDoneCanSayTheThankYouIsAlreadySent()
    {
        var browser = await ExampleUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/fabrikam/log", "handler=Held");
        form.Html.ShouldContain("I already sent them a thank-you");

        var response = await form.Set("on", "2026-03-10").Add("thanked", "true").SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var fabrikam = await CompanyAsync(browser, "fabrikam");
        var done = fabrikam.GetProperty("interviews").EnumerateArray().Single();
        done.GetProperty("status").GetString().ShouldBe("done");
        done.GetProperty("thankYouSent").GetBoolean().ShouldBeTrue();
        fabrikam.GetProperty("events").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "thank-you");
        Http.Moves(await browser.AdviceAsync()).ShouldNotContain(("send-thank-you", "fabrikam"), "both are logged: nothing left to send");
        Visible(await browser.PageAsync(response.Location())).ShouldContain("with your thank-you already sent");
    }

    [Fact]
    public async Task TheyGotBackToMeEndsTheSilenceWithANote()
    {
        var browser = await ExampleUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/northwind/log", "handler=Heard");
        (await form.Set("note", "Decision by Friday.").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var northwind = await CompanyAsync(browser, "northwind");
        northwind.GetProperty("lastHeardFrom").GetString().ShouldBe("2026-03-10");
        var note = northwind.GetProperty("events").EnumerateArray().Last();
        note.GetProperty("kind").GetString().ShouldBe("note");
        note.GetProperty("note").GetString().ShouldBe("Decision by Friday.");
    }

    [Fact]
    public async Task MovingACardToClosedAsksHowThenRecordsARefusalOrAWithdrawal()
    {
        var browser = await ExampleUserAsync();
        var drop = await HtmlForm.LoadAsync(browser, "/board", "id=\"board-drop\"");
        var response = await drop.Set("id", "fabrikam").Set("to", "closed").SubmitAsync(browser);
        response.Location().ShouldBe("/opportunities/fabrikam/log?show=closed&returnUrl=/board");
        var html = await browser.PageAsync(response.Location());
        html.ShouldContain("handler=Rejected");
        html.ShouldContain("handler=Withdrew");
        html.ShouldNotContain("handler=Offer");

        (await HtmlForm.Find(html, response.Location(), "handler=Withdrew").SubmitAsync(browser)).Location().ShouldBe("/board?show=closed#card-fabrikam");
        var fabrikam = await CompanyAsync(browser, "fabrikam");
        fabrikam.GetProperty("stage").GetString().ShouldBe("withdrawn");
        fabrikam.GetProperty("events").EnumerateArray().Last().GetProperty("kind").GetString().ShouldBe("withdrawal");

        var rejected = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=Rejected");
        (await rejected.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var contoso = await CompanyAsync(browser, "contoso");
        contoso.GetProperty("stage").GetString().ShouldBe("rejected");
        contoso.GetProperty("interviews").EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("cancelled", "the interview still to come is off");
    }

    [Fact]
    public async Task AnOfferInHandCannotGoBackToInterviewingAndTheBoardSaysWhy()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var response = await (await CardFormAsync(browser, "bluebird", "Move")).Set("to", "interviewing").SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await response.Content.ReadAsStringAsync()).ShouldContain("Bluebird Health has an offer in hand.");
        (await browser.PipelineAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnotherUsersCompanyIsNotFoundOnTheBoardAndTheLog()
    {
        var owner = await ExampleUserAsync();
        var other = await app.PageUserAsync();
        (await other.GetAsync("/opportunities/northwind/log")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var form = await HtmlForm.LoadAsync(owner, "/opportunities/northwind/log", "handler=Heard");
        var token = await OfferDeskFactory.AntiforgeryTokenAsync(other, "/board");
        (await other.PostAsync(form.Action, new FormUrlEncodedContent([new("on", "2026-03-10"), new("__RequestVerificationToken", token)]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostWithTokenAsync("/board?handler=Move", ("id", "northwind"), ("to", "applied"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddingFromTheBoardPutsTheCompanyInItsColumnRankedLast()
    {
        var browser = await app.PageUserAsync();
        foreach (var (name, stage) in new[] { ("Acme", "applied"), ("Beta", "interviewing"), ("Gamma", "applied") })
        {
            var add = await HtmlForm.LoadAsync(browser, "/board", "handler=Add");
            var response = await add.Set("company", name).Set("stage", stage).SubmitAsync(browser);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var pipeline = await browser.PipelineAsync();
        Http.Opportunity(pipeline, "gamma").GetProperty("preference").GetInt32().ShouldBe(3);
        Http.Opportunity(pipeline, "beta").GetProperty("stage").GetString().ShouldBe("interviewing");
        var empty = await (await HtmlForm.LoadAsync(browser, "/board", "handler=Add")).Set("company", "  ").SubmitAsync(browser);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await empty.Content.ReadAsStringAsync()).ShouldContain("Company: enter the company's name.");
    }

    [Fact]
    public async Task MoveCardsOfferACallLinkAndAMailLinkWithSubjectAndBodyFromTheScript()
    {
        var browser = await ExampleUserAsync();
        var html = await browser.PageAsync("/");
        var advice = await browser.AdviceAsync();
        var moves = advice.GetProperty("moves").EnumerateArray().ToList();

        var phone = moves.First(m => m.GetProperty("channel").GetString() == "phone" && m.GetProperty("opportunity").GetString() == "northwind");
        var card = WebUtility.HtmlDecode(Card(html, phone));
        card.ShouldContain("href=\"tel:+15550100\"");
        Visible(card).ShouldContain("Call Dana Ruiz");

        var email = moves.First(m => m.GetProperty("channel").GetString() == "email" && m.GetProperty("script").GetString()!.StartsWith("Subject:"));
        card = Card(html, email);
        var script = email.GetProperty("script").GetString()!;
        var subject = script.Split('\n')[0]["Subject:".Length..].Trim();
        var body = script[(script.IndexOf('\n') + 1)..].TrimStart('\n');
        var href = WebUtility.HtmlDecode(Regex.Match(card, "href=\"(mailto:[^\"]+)\"").Groups[1].Value);
        var contact = Http.Opportunity(await browser.PipelineAsync(), email.GetProperty("opportunity").GetString()!).GetProperty("contacts")[0].GetProperty("email").GetString();
        href.ShouldStartWith($"mailto:{contact}?");
        // Escaped by hand for the attribute (MoveCard.MailtoAttribute): exactly as the HTML encoder would.
        card.ShouldContain($"href=\"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(href)}\"");
        var query = href[(href.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        query["subject"].ShouldBe(subject);
        query["body"].ShouldBe(body.Replace("\n", "\r\n"));
        // Copy takes the body without the subject line.
        var copyTarget = Regex.Match(card, "class=\"copy\" data-copy=\"([^\"]+)\"").Groups[1].Value;
        var bodyElement = Regex.Match(card, $"<span id=\"{copyTarget}\">(.*?)</span>", RegexOptions.Singleline).Groups[1].Value;
        WebUtility.HtmlDecode(bodyElement).ShouldBe(body);
    }

    private static string Card(string html, JsonElement move)
    {
        var at = html.IndexOf($"id=\"move-{move.GetProperty("code").GetString()}-{move.GetProperty("opportunity").GetString()}\"", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        var card = html[at..];
        return card[..card.IndexOf("</article>", StringComparison.Ordinal)];
    }

    [Fact]
    public async Task DoneCanBeUndoneOnceAndNeverOverALaterChange()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var html = await browser.PageAsync("/");
        var done = HtmlForm.Find(Card(html, (await browser.AdviceAsync()).GetProperty("moves").EnumerateArray().First(m => m.GetProperty("code").GetString() == "accelerate-preferred")), "/", "action=\"/moves/done\"");
        (await done.Add("choice", "no-timeline").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PipelineAsync()).ShouldNotBe(before);

        var after = await browser.PageAsync("/");
        var undo = HtmlForm.Find(after, "/", "action=\"/moves/undo\"");
        var response = await undo.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Normalized(await browser.PipelineAsync()).ShouldBe(Normalized(before));
        (await browser.PageAsync("/")).ShouldContain("Undone: back as it was.");

        // The same undo again would overwrite the undo itself: refused, nothing changed.
        var again = await undo.SubmitAsync(browser);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Normalized(await browser.PipelineAsync()).ShouldBe(Normalized(before));

        // A tampered token is refused.
        (await undo.Set("token", "x" + undo["token"]).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>Done on the first accelerate-preferred card of the example; the Undo form the flash offers after it.</summary>
    private async Task<(HttpClient Browser, string Before, HtmlForm Undo)> DoneThenUndoFormAsync()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var html = await browser.PageAsync("/");
        var done = HtmlForm.Find(Card(html, (await browser.AdviceAsync()).GetProperty("moves").EnumerateArray().First(m => m.GetProperty("code").GetString() == "accelerate-preferred")), "/", "action=\"/moves/done\"");
        (await done.Add("choice", "no-timeline").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (browser, before, HtmlForm.Find(await browser.PageAsync("/"), "/", "action=\"/moves/undo\""));
    }

    [Fact]
    public async Task UndoStillWorksNineMinutesFiftyNineAfterDone()
    {
        var (browser, before, undo) = await DoneThenUndoFormAsync();

        app.Clock.Now += TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59);
        (await undo.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Normalized(await browser.PipelineAsync()).ShouldBe(Normalized(before));
    }

    [Fact]
    public async Task UndoIsRefusedTenMinutesOneAfterDoneAndChangesNothing()
    {
        var (browser, _, undo) = await DoneThenUndoFormAsync();
        var done = await browser.PipelineAsync();

        app.Clock.Now += TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1);
        var response = await undo.SubmitAsync(browser);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await response.Content.ReadAsStringAsync()).ShouldContain("Undo is only offered for 10 minutes after Done. Nothing was changed");
        (await browser.PipelineAsync()).ShouldBe(done);
    }

    [Fact]
    public async Task UndoAfterAnotherSaveIsRefusedAndKeepsThatSave()
    {
        var browser = await ExampleUserAsync();
        var html = await browser.PageAsync("/");
        var done = HtmlForm.Find(Card(html, (await browser.AdviceAsync()).GetProperty("moves").EnumerateArray().First(m => m.GetProperty("code").GetString() == "accelerate-preferred")), "/", "action=\"/moves/done\"");
        (await done.Add("choice", "no-timeline").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var undo = HtmlForm.Find(await browser.PageAsync("/"), "/", "action=\"/moves/undo\"");
        var heard = await HtmlForm.LoadAsync(browser, "/opportunities/contoso/log", "handler=Heard");
        (await heard.Set("note", "Still keen.").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await browser.PipelineAsync();

        var response = await undo.SubmitAsync(browser);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Visible(await response.Content.ReadAsStringAsync()).ShouldContain("could lose that change. Nothing was changed.");
        (await browser.PipelineAsync()).ShouldBe(saved);
    }

    [Fact]
    public async Task AnOfferCarriesDaysOffWorkplaceLocationAndANoteAndTheOffersPageShowsThemWithTheDaysLeft()
    {
        var browser = await ExampleUserAsync();
        var form = await HtmlForm.LoadAsync(browser, "/opportunities/northwind/log", "handler=Offer");
        form.Set("status", "written").Set("deadline", "2026-03-08").Set("baseSalary", "150000").Set("currency", "USD")
            .Set("ptoDays", "25").Set("workplace", "hybrid").Set("location", "Lisbon").Set("note", "Four-day weeks in summer.");
        (await form.SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var offer = (await CompanyAsync(browser, "northwind")).GetProperty("offer");
        offer.GetProperty("ptoDays").GetInt32().ShouldBe(25);
        offer.GetProperty("workplace").GetString().ShouldBe("hybrid");
        offer.GetProperty("location").GetString().ShouldBe("Lisbon");
        offer.GetProperty("note").GetString().ShouldBe("Four-day weeks in summer.");

        var html = await browser.PageAsync("/offers");
        var northwind = Visible(html.Split("<tr>").Skip(2).First(r => r.Contains("Northwind Traders")));
        northwind.ShouldContain("In writing");
        northwind.ShouldContain("25");
        northwind.ShouldContain("Hybrid");
        northwind.ShouldContain("Lisbon");
        northwind.ShouldContain("Four-day weeks in summer.");
        northwind.ShouldContain("2 days overdue");
        html.ShouldContain("offer-deadline overdue");
        Visible(html.Split("<tr>").Skip(2).First(r => r.Contains("Bluebird Health"))).ShouldContain("5 days left to answer");

        var bad = await HtmlForm.LoadAsync(browser, "/opportunities/northwind/log", "handler=Offer");
        var refused = await bad.Set("ptoDays", "lots").Set("workplace", "moon").SubmitAsync(browser);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = Visible(await refused.Content.ReadAsStringAsync());
        text.ShouldContain("Paid days off a year: \"lots\" is not a number of days");
        text.ShouldContain("Where you would work: choose on-site, hybrid or remote.");
    }

    [Theory]
    [InlineData("/board")]
    [InlineData("/opportunities/northwind/log")]
    [InlineData("/moves/undo")]
    public async Task TheDeskIsSignedInOnly(string path)
    {
        var response = await app.Browser().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Location().ShouldContain("/account/login");
    }

    [Fact]
    public async Task ASignedOutVisitorSeesWhatOfferDeskDoesShownOnTheExamplesAdvice()
    {
        var visitor = app.Browser();
        var html = await visitor.PageAsync("/welcome");
        var text = Visible(html);
        text.ShouldContain("The next right move in your job search");
        html.ShouldContain("href=\"/account/register\"");
        html.Split("<article class=\"move").Length.ShouldBe(4, "three moves of the example's real advice");
        text.ShouldContain("Northwind Traders");
        Visible(await visitor.PageAsync("/account/login")).ShouldContain("See what it does");
    }

    [Fact]
    public async Task ClearingTheSearchNeedsTheTickAndKeepsTheAccount()
    {
        var browser = await ExampleUserAsync();
        var before = await browser.PipelineAsync();
        var clear = await HtmlForm.LoadAsync(browser, "/data", "handler=Clear");
        var refused = await clear.SubmitAsync(browser);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await refused.Content.ReadAsStringAsync()).ShouldContain("Tick the box to confirm");
        (await browser.PipelineAsync()).ShouldBe(before);

        (await clear.Set("confirm", "true").SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("opportunities").GetArrayLength().ShouldBe(0);
        JsonDocument.Parse(await browser.PipelineAsync()).RootElement.GetProperty("candidate").GetProperty("name").GetString().ShouldBe("Sam Lee");
    }

    [Fact]
    public async Task DeletingTheAccountNeedsThePasswordThenRemovesItAndTheSearch()
    {
        var email = $"leaving-{Guid.NewGuid():N}@example.test";
        var browser = await app.PageUserAsync(email);
        await browser.LoadExampleAsync();
        var html = await browser.PageAsync("/settings");
        html.IndexOf("handler=Export", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("handler=Delete", StringComparison.Ordinal), "the export is offered first");

        var delete = HtmlForm.Find(html, "/settings", "handler=Delete");
        var wrong = await delete.Set("password", "not my password").Set("confirm", "true").SubmitAsync(browser);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Visible(await wrong.Content.ReadAsStringAsync()).ShouldContain("Nothing was deleted");
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var gone = await delete.Set("password", "correct horse battery staple").SubmitAsync(browser);
        gone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        gone.Location().ShouldBe("/account/login");
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out");
        // The address is free again: a new account with it starts empty.
        var again = await app.PageUserAsync(email);
        JsonDocument.Parse(await again.PipelineAsync()).RootElement.GetProperty("opportunities").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task TheSearchDownloadsAsASpreadsheetInPeoplesWords()
    {
        var browser = await ExampleUserAsync();
        var response = await browser.GetAsync("/data?handler=ExportCsv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        using var csv = new CsvHelper.CsvReader(new StringReader(text), System.Globalization.CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r["Company"]).ShouldBe(["Northwind Traders", "Bluebird Health", "Contoso Cloud", "Fabrikam Studio"]);
        rows[1]["Stage"].ShouldBe("Offers in hand");
        rows[1]["Offer"].ShouldBe("In writing");
        rows[1]["Base salary"].ShouldBe("140000");
        rows[0]["Contacts"].ShouldBe("Dana Ruiz +1 555 0100 dana@northwind.example");
        rows[3]["Rank"].ShouldBe("");
    }

    private static string Normalized(string pipelineJson) => JsonSerializer.Serialize(JsonDocument.Parse(pipelineJson).RootElement);
}
