using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Web.Pages;

/// <summary>
/// "Log what happened" at one company: six short forms, one per thing that happens in a search,
/// each recording its fields and events through the model's named operations, so the long
/// company form is only for corrections. A refused form keeps what was typed and names each
/// problem by its field's label, linked to the field.
/// </summary>
public sealed class LogModel(Desk desk) : PageModel
{
    /// <summary>The forms, in the order they are shown: the key (an anchor and ?show=) and the heading.</summary>
    public static readonly (string Key, string Heading)[] Forms =
    [
        ("scheduled", "An interview is scheduled"),
        ("held", "I had the interview"),
        ("heard", "They got back to me"),
        ("decide", "They told me when they'll decide"),
        ("offer", "They made an offer"),
        ("offer-withdrawn", "They withdrew the offer"),
        ("rejected", "They said no"),
        ("withdrew", "I withdrew"),
    ];

    /// <summary>The heading of a form at this company: for a company you had parted from, hearing from them is "they got back in touch".</summary>
    public string Heading(string key) => key == "heard" && Opportunity.Stage is Stage.Declined or Stage.Withdrawn or Stage.Rejected
        ? "They got back in touch"
        : Forms.First(f => f.Key == key).Heading;

    public DeskView View { get; private set; } = null!;
    public Opportunity Opportunity { get; private set; } = null!;
    public NodaTime.DateTimeZone Zone { get; private set; } = null!;

    /// <summary>The one form asked for (from the board), or null for all of them.</summary>
    public string? Show { get; private set; }
    public bool Accept { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Problems of the form sent, keyed by field id; the message starts with the field's label.</summary>
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>What was typed in the form sent, kept when it is refused.</summary>
    public Dictionary<string, string?> Typed { get; } = new(StringComparer.Ordinal);

    public string? Error(string field) => Problems.FirstOrDefault(p => p.Path == field)?.Message;
    public string? Value(string field, string? fallback = null) => Typed.TryGetValue(field, out var v) ? v : fallback;

    public async Task<IActionResult> OnGetAsync(string id, string? show, bool accept, string? returnUrl, CancellationToken ct)
    {
        Show = Forms.Any(f => f.Key == show) ? show : show == "closed" ? "closed" : null;
        Accept = accept;
        ReturnUrl = Infrastructure.LocalUrl.Safe(Url, returnUrl ?? $"/opportunities/{id}");
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public bool Shows(string key) => Show is null || Show == key || (Show == "closed" && key is "rejected" or "withdrew");

    /// <summary>Whether a form fits this company now: a withdrawn offer needs an offer made.</summary>
    public bool Fits(string key) => key != "offer-withdrawn" || Opportunity.Offer is { Status: not OfferStatus.Expected };

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        if (View.Pipeline.Find(id) is not { } o) return false;
        Opportunity = o;
        Zone = desk.ZoneFor(View.Pipeline);
        return true;
    }

    public Task<IActionResult> OnPostScheduledAsync(string id, string? date, string? time, string? kind, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("scheduled-date", date), ("scheduled-time", time), ("scheduled-kind", kind));
        return SaveAsync(id, "scheduled", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(date, "scheduled-date", "Date", problems, required: true);
            TimeOnly? at = null;
            if (!string.IsNullOrWhiteSpace(time))
            {
                if (TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) at = t;
                else problems.Add(new("scheduled-time", $"Time: \"{time}\" is not a time of day, like 3:00 pm."));
            }
            Text(kind, "scheduled-kind", "Kind of interview", 100, problems);
            if (problems.Count > 0 || day is null) return;
            if (o.ScheduleInterview(Shown.AtLocal(day.Value, at, desk.ZoneFor(p)), kind, today) is { } refused) problems.Add(new("scheduled-date", refused.Message));
        }, o => $"Interview with {o.Company} added.");
    }

    /// <summary>The interview happened; with <paramref name="thanked"/>, the thank-you for it is already sent too (both logged at once).</summary>
    public Task<IActionResult> OnPostHeldAsync(string id, string? on, string? kind, bool thanked, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("held-on", on), ("held-kind", kind), ("held-thanked", thanked ? "true" : null));
        return SaveAsync(id, "held", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(on, "held-on", "Day of the interview", problems) ?? today;
            Text(kind, "held-kind", "Kind of interview", 100, problems);
            if (problems.Count > 0) return;
            if (o.InterviewHeld(day, today, kind) is { } refused)
                problems.Add(new("held-on", refused.Path == "on" ? $"Day of the interview: {refused.Message}." : refused.Message));
            else if (thanked && !o.Events.Any(e => e.Kind == EventKind.ThankYou && e.On == day)) o.MarkThanked(day);
        }, o => thanked
            ? $"Interview at {o.Company} marked as done, with your thank-you already sent."
            : $"Interview at {o.Company} marked as done. Send a thank-you: it is on Today.");
    }

    public Task<IActionResult> OnPostHeardAsync(string id, string? on, string? note, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("heard-on", on), ("heard-note", note));
        return SaveAsync(id, "heard", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(on, "heard-on", "When they got back to you", problems) ?? today;
            if (day > today) problems.Add(new("heard-on", "When they got back to you: is a day still to come."));
            Text(note, "heard-note", "What they said", 2000, problems);
            if (problems.Count > 0) return;
            o.HeardBack(day, note);
        }, o => $"Noted: {o.Company} got back to you.");
    }

    public Task<IActionResult> OnPostDecideAsync(string id, string? by, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("decide-by", by));
        return SaveAsync(id, "decide", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(by, "decide-by", "When they'll decide", problems, required: true);
            if (problems.Count > 0 || day is null) return;
            o.ExpectDecisionBy(day.Value, today);
        }, o => $"Noted: {o.Company} expects to decide by {Wording.Spoken(o.Process!.DecisionBy!.Value)}. Your advice weighs that date now.");
    }

    public Task<IActionResult> OnPostRescindedAsync(string id, string? on, string? note, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("offer-withdrawn-on", on), ("offer-withdrawn-note", note));
        return SaveAsync(id, "offer-withdrawn", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(on, "offer-withdrawn-on", "When they withdrew it", problems) ?? today;
            if (day > today) problems.Add(new("offer-withdrawn-on", "When they withdrew it: is a day still to come."));
            Text(note, "offer-withdrawn-note", "What they said", 2000, problems);
            if (problems.Count > 0) return;
            if (o.OfferWithdrawn(day, note) is { } refused) problems.Add(new("offer-withdrawn-on", refused.Message));
        }, o => $"I'm sorry: {o.Company} withdrew the offer. Today shows who to call first.");
    }

    public Task<IActionResult> OnPostOfferAsync(string id, string? status, string? deadline, string? baseSalary, string? currency,
        string? ptoDays, string? workplace, string? location, string? note, bool accept, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("offer-status", status), ("offer-deadline", deadline), ("offer-base", baseSalary), ("offer-currency", currency),
            ("offer-pto", ptoDays), ("offer-workplace", workplace), ("offer-location", location), ("offer-note", note));
        Accept = accept;
        return SaveAsync(id, "offer", version, returnUrl, (p, o, today, problems) =>
        {
            if (!Wording.TryParse<OfferStatus>(status ?? "", out var s) || s == OfferStatus.Expected)
                problems.Add(new("offer-status", "How they made it: choose by word of mouth, in writing, or signed."));
            var due = Date(deadline, "offer-deadline", "Answer by", problems);
            var cur = currency?.Trim().ToUpperInvariant();
            // Read as the person writes it, in the offer's currency (this form's, else the one recorded).
            var pay = MoneyText.Read(baseSalary, string.IsNullOrEmpty(cur) ? o.Offer?.Currency : cur, NumberLocale.From(Request.Headers.AcceptLanguage));
            if (pay.Problem is { } notPay) problems.Add(new("offer-base", $"Base salary: {notPay}."));
            else if (string.IsNullOrEmpty(cur) && pay.Currency is { } named) cur = named;
            if (!string.IsNullOrEmpty(cur) && (cur.Length != 3 || !cur.All(char.IsAsciiLetterUpper)))
                problems.Add(new("offer-currency", $"Currency: \"{currency}\" is not a currency code: three letters, like USD or EUR."));
            int? pto = null;
            if (!string.IsNullOrWhiteSpace(ptoDays))
            {
                if (int.TryParse(ptoDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 366) pto = days;
                else problems.Add(new("offer-pto", $"Paid days off a year: \"{ptoDays}\" is not a number of days from 0 to 366."));
            }
            Workplace? where = null;
            if (!string.IsNullOrEmpty(workplace))
            {
                if (Wording.TryParse<Workplace>(workplace, out var w)) where = w;
                else problems.Add(new("offer-workplace", "Where you would work: choose on-site, hybrid or remote."));
            }
            Text(location, "offer-location", "Location", 200, problems);
            Text(note, "offer-note", "A note about the offer", 2000, problems);
            if (problems.Count > 0) return;
            if (o.RecordOffer(s, due, pay.Amount, string.IsNullOrEmpty(cur) ? null : cur, today) is { } refused) { problems.Add(new("offer-status", refused.Message)); return; }
            // Terms beyond the money: a blank keeps what was there, as for the amounts above.
            if (pto is not null) o.Offer!.PtoDays = pto;
            if (where is not null) o.Offer!.Workplace = where;
            if (!string.IsNullOrWhiteSpace(location)) o.Offer!.Location = location.Trim();
            if (!string.IsNullOrWhiteSpace(note)) o.Offer!.Note = note.Trim();
            if (accept && p.Accept(o, today) is { } notAccepted) problems.Add(new("offer-status", notAccepted.Message));
        }, o => accept ? $"Offer from {o.Company} recorded and accepted. Congratulations!" : $"Offer from {o.Company} recorded.");
    }

    public Task<IActionResult> OnPostRejectedAsync(string id, string? on, string? note, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("rejected-on", on), ("rejected-note", note));
        return SaveAsync(id, "rejected", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(on, "rejected-on", "When they told you", problems) ?? today;
            Text(note, "rejected-note", "What they said", 2000, problems);
            if (problems.Count > 0) return;
            o.Reject(day, note);
        }, o => $"{o.Company} moved to closed. On to the next one.");
    }

    public Task<IActionResult> OnPostWithdrewAsync(string id, string? on, int? version, string? returnUrl, CancellationToken ct)
    {
        Keep(("withdrew-on", on));
        return SaveAsync(id, "withdrew", version, returnUrl, (p, o, today, problems) =>
        {
            var day = Date(on, "withdrew-on", "When you withdrew", problems) ?? today;
            if (problems.Count > 0) return;
            o.Withdraw(day);
        }, o => $"You withdrew from {o.Company}.");
    }

    private void Keep(params (string Field, string? Value)[] fields)
    {
        foreach (var (f, v) in fields) Typed[f] = v;
    }

    private static DateOnly? Date(string? text, string field, string label, List<Problem> problems, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) problems.Add(new(field, $"{label}: choose a day."));
            return null;
        }
        if (Wording.TryParseDate(text.Trim(), out var d)) return d;
        problems.Add(new(field, $"{label}: \"{text}\" is not a date."));
        return null;
    }

    private static void Text(string? text, string field, string label, int max, List<Problem> problems)
    {
        // Refused whole, never cut: the page shows the text back as it was sent.
        if (text is { Length: > 0 } && text.Trim().Length is var length && length > max)
            problems.Add(new(field, $"{label}: this has {length.ToString("#,0", CultureInfo.InvariantCulture)} characters, and at most {max.ToString("#,0", CultureInfo.InvariantCulture)} fit. Nothing was cut: shorten it by {(length - max).ToString("#,0", CultureInfo.InvariantCulture)} and save again."));
    }

    private async Task<IActionResult> SaveAsync(string id, string form, int? version, string? returnUrl,
        Action<Pipeline, Opportunity, DateOnly, List<Problem>> apply, Func<Opportunity, string> saved)
    {
        var ct = HttpContext.RequestAborted;
        ReturnUrl = Infrastructure.LocalUrl.Safe(Url, returnUrl ?? $"/opportunities/{id}");
        Show = form;
        string company = "";
        var result = await desk.EditAsync(version, p =>
        {
            var today = desk.TodayFor(p);
            if (p.Find(id) is not { } o) return [new Problem("id", "no such company")];
            company = o.Company;
            var problems = new List<Problem>();
            apply(p, o, today, problems);
            return problems;
        }, ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Saved)
        {
            TempData["Flash"] = saved(Opportunity);
            // Back on the board, show the column the card is in now (on a phone only one shows).
            return LocalRedirect(ReturnUrl == "/board" ? $"/board?show={BoardModel.ColumnOf(Opportunity.Stage).Key}#card-{id}" : ReturnUrl);
        }
        // The whole document's rules speak in paths; here they become the form's first field.
        Problems = [.. result.Problems.Select(p => p.Path.Contains('[') || p.Path.Length == 0 ? new Problem(FirstField(form), Plain(p)) : p)];
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string FirstField(string form) => form switch
    {
        "scheduled" => "scheduled-date", "held" => "held-on", "heard" => "heard-on",
        "offer" => "offer-status", "rejected" => "rejected-on", "decide" => "decide-by",
        "offer-withdrawn" => "offer-withdrawn-on", _ => "withdrew-on",
    };

    private static string Plain(Problem p) => p.Path.Length == 0 ? p.Message : "This would break a rule of your search, so nothing was saved. Check the company's page.";
}
