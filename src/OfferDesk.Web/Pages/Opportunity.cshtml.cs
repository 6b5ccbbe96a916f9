using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class OpportunityModel(Desk desk) : PageModel
{
    public DeskView View { get; private set; } = null!;
    public Opportunity Opportunity { get; private set; } = null!;
    public IReadOnlyList<Move> Moves { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public int Version { get; private set; }

    [BindProperty]
    public OpportunityInput Input { get; set; } = new();

    public string? FieldError(string path) =>
        Problems.Where(p => p.Path == path).Select(p => p.Message).ToList() is { Count: > 0 } messages ? string.Join("; ", messages) : null;

    /// <summary>
    /// The stages the details section offers: not back to applied or interviewing with an offer in
    /// hand, and not to the offer stages without one (saving the offer moves the stage there), as
    /// on the board; the company's own stage always.
    /// </summary>
    public static IEnumerable<Stage> StageChoices(Opportunity o, string? typed = null)
    {
        var inHand = o.Offer is { Status: not OfferStatus.Expected };
        Stage? chosen = Wording.TryParse<Stage>(typed ?? "", out var t) ? t : null;
        foreach (var s in Enum.GetValues<Stage>())
            if (s == o.Stage || s == chosen || (inHand ? s is not (Stage.Applied or Stage.Interviewing) : s is not (Stage.Offer or Stage.Accepted or Stage.Declined)))
                yield return s;
    }

    /// <summary>The label and input of a field of this form, for the list of problems to name and link to.</summary>
    public static ProblemField? Field(string path)
    {
        var row = System.Text.RegularExpressions.Regex.Match(path, @"^(contacts|interviews|events)\[(\d+)\]\.(\w+)$");
        // An interview's time is two pickers here, a day and a time of day, each with its own label.
        if (row.Success && row.Groups[1].Value == "interviews" && row.Groups[3].Value is "at" or "time")
        {
            var n = int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return row.Groups[3].Value == "at" ? new ProblemField($"Interview {n + 1}: Day", $"i{n}d") : new ProblemField($"Interview {n + 1}: Time", $"i{n}t");
        }
        if (path == "contacts") return new ProblemField("People", "people-h");
        if (DocumentFields.Label(path) is not { } label) return null;
        if (row.Success)
        {
            var letter = row.Groups[1].Value[0];
            var suffix = (letter, row.Groups[3].Value) switch
            {
                ('c', "name") => "n", ('c', "role") => "r", ('c', "phone") => "p", ('c', "email") => "e",
                ('i', "kind") => "k", ('i', "status") => "s",
                ('e', "on") => "o", ('e', "kind") => "k", ('e', "outcome") => "x", ('e', "note") => "n",
                _ => null,
            };
            return new ProblemField(label, suffix is null ? null : $"{letter}{row.Groups[2].Value}{suffix}");
        }
        return new ProblemField(label, path switch
        {
            "company" or "role" or "stage" or "appliedOn" or "lastHeardFrom" or "notes" => path,
            "process.totalSteps" => "totalSteps",
            "process.completedSteps" => "completedSteps",
            "offer" or "offer.status" => "offerStatus",
            "offer.deadline" => "deadline",
            "offer.startDate" => "startDate",
            "offer.title" => "title",
            "offer.baseSalary" => "baseSalary",
            "offer.currency" => "currency",
            "offer.bonusTargetPercent" => "bonus",
            "offer.signingBonus" => "signing",
            "offer.equityPerYear" => "equity",
            "offer.ptoDays" => "ptoDays",
            "offer.workplace" => "workplace",
            "offer.location" => "location",
            "wouldAccept" => "wouldAccept",
            "offer.note" => "offerNote",
            "interviews" => "interviews-h",
            "events" => "history-h",
            _ => null,
        });
    }

    /// <summary>The sections of the page, in order: which part, its anchor, its heading, its save button, and what it says once saved.</summary>
    public static readonly (CompanySection Section, string Key, string Heading, string Save, string Saved)[] Sections =
    [
        (CompanySection.Details, "details", "Details", "Save details", "Details saved."),
        (CompanySection.Offer, "offer", "Offer", "Save the offer", "Offer saved."),
        (CompanySection.People, "people", "People", "Save people", "People saved."),
        (CompanySection.Interviews, "interviews", "Interviews", "Save interviews", "Interviews saved."),
        (CompanySection.History, "history", "What happened", "Save what happened", "What happened is saved."),
        (CompanySection.Notes, "your-notes", "Notes", "Save notes", "Notes saved."),
    ];

    public static string Key(CompanySection section) => Sections.First(s => s.Section == section).Key;

    /// <summary>Whether a save of the details asked first about accepting or closing the company: the page shows the box that says yes.</summary>
    public bool AskStage { get; private set; }

    /// <summary>The section whose form was sent and refused, if any: its problems, and the saved version on a conflict, show there.</summary>
    public CompanySection? Sent { get; private set; }

    /// <summary>For each section, the fingerprint of the company's part its form was made from.</summary>
    public Dictionary<CompanySection, string> Loaded { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = OpportunityInput.From(Opportunity, Zone);
        Version = View.Version;
        foreach (var (section, _, _, _, _) in Sections) Loaded[section] = OpportunityInput.Fingerprint(Opportunity, section);
        AddBlankRows();
        return Page();
    }

    /// <summary>The candidate's zone, for times shown and typed on this page.</summary>
    public NodaTime.DateTimeZone Zone => desk.ZoneFor(View.Pipeline);

    /// <summary>Set when another tab saved this same section of this company since the form was loaded: the page shows theirs beside what was typed.</summary>
    public Opportunity? Theirs { get; private set; }

    /// <summary>A post without a section (no form of this page sends one) changes nothing.</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    /// <summary>What a save says: the company, and the stage when the save moved it.</summary>
    public static string SavedFlash(string company, string? movedTo) =>
        movedTo is null ? $"Saved. {company} is up to date." : $"Saved. {company} is now in {movedTo}.";

    public Task<IActionResult> OnPostDetailsAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.Details, version, loaded, ct);
    public Task<IActionResult> OnPostOfferAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.Offer, version, loaded, ct);
    public Task<IActionResult> OnPostPeopleAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.People, version, loaded, ct);
    public Task<IActionResult> OnPostInterviewsAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.Interviews, version, loaded, ct);
    public Task<IActionResult> OnPostHistoryAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.History, version, loaded, ct);
    public Task<IActionResult> OnPostNotesAsync(string id, int? version, string? loaded, CancellationToken ct) => SaveAsync(id, CompanySection.Notes, version, loaded, ct);

    /// <summary>The name of the hidden field that carries a part's fingerprint (<see cref="Loaded"/>) in the page's form.</summary>
    public static string StampName(CompanySection section) => "loaded-" + section.ToString().ToLowerInvariant();

    /// <summary>
    /// The fingerprints the post carries, by part: every part's when it came from this page's one
    /// form; only the saved part's (as <c>loaded</c>) from a form of one part, as the page had
    /// before it was one form, or a hand-made post. A part without its fingerprint was not sent.
    /// </summary>
    private Dictionary<CompanySection, string> PostedStamps(CompanySection section, string? loaded)
    {
        var stamps = new Dictionary<CompanySection, string>();
        if (Request.HasFormContentType)
            foreach (var (s, _, _, _, _) in Sections)
                if (Request.Form[StampName(s)].ToString() is { Length: > 0 } stamp) stamps[s] = stamp;
        if (!stamps.ContainsKey(section) && !string.IsNullOrEmpty(loaded)) stamps[section] = loaded;
        return stamps;
    }

    /// <summary>The part saved by this post, when others hold typed text: its "saved" shows at its top.</summary>
    public CompanySection? SavedPart { get; private set; }

    /// <summary>What the saved part's note says: that it saved, and whether the stage moved.</summary>
    public string? SavedMessage { get; private set; }

    /// <summary>The parts shown as typed, not as stored, because they were changed and not saved: each says so beside its Save.</summary>
    public HashSet<CompanySection> Unsaved { get; } = [];

    /// <summary>
    /// Saves one section and nothing else. With the section's fingerprint, only a change to that
    /// same section of this company since it was loaded is a conflict: a save to another company,
    /// or to another section of this one (another tab), is kept, and this one is applied on top.
    /// The page is one form, so every Save sends every part: a part whose fields differ from what
    /// is stored holds text the user typed and has not saved, so instead of the redirect the page
    /// comes back with that text where it was, marked as not saved yet; nothing typed is lost.
    /// </summary>
    private async Task<IActionResult> SaveAsync(string id, CompanySection section, int? version, string? loaded, CancellationToken ct)
    {
        var typed = Input;
        typed.Numbers = NumberLocale.From(Request.Headers.AcceptLanguage);
        var stamps = PostedStamps(section, loaded);
        loaded = stamps.GetValueOrDefault(section);
        var index = -1;
        var changedElsewhere = false;
        string? moved = null;
        var company = "";
        Stage? stageBefore = null;
        List<CompanySection> kept = [];
        var askStage = false;
        Dictionary<CompanySection, string> storedBefore = [];
        var result = await desk.EditAsync(string.IsNullOrEmpty(loaded) ? version : null, p =>
        {
            index = p.Opportunities.FindIndex(o => o.Id == id);
            if (index < 0) return [new Problem("id", "not found")];
            var o = p.Opportunities[index];
            company = o.Company;
            var zone = desk.ZoneFor(p);
            // Which other parts hold typed text, read before this save changes anything.
            kept = [.. stamps.Keys.Where(s => s != section && typed.Changes(o, s, stamps[s], zone))];
            storedBefore = kept.ToDictionary(s => s, s => OpportunityInput.Fingerprint(o, s));
            if (!string.IsNullOrEmpty(loaded) && OpportunityInput.Fingerprint(o, section) != loaded && !typed.Holds(o, section, zone))
            {
                changedElsewhere = true;
                return [new Problem("", "This part was changed in another tab or on another device since you opened this page. Nothing was saved: its saved version and yours are below, to compare.")];
            }
            var before = o.Stage;
            stageBefore = before;
            var problems = typed.ApplyTo(o, $"opportunities[{index}].", zone, section);
            problems.AddRange(KeepStageAndOfferTogether(p, o, section, before, $"opportunities[{index}]."));
            problems.AddRange(InPeoplesWords(o, section, $"opportunities[{index}]."));
            // Accepting or closing from the stage list asks first, as the board does.
            if (section == CompanySection.Details && o.Stage != before && o.Stage is Stage.Accepted or Stage.Declined or Stage.Rejected or Stage.Withdrawn
                && !typed.ConfirmStage && problems.Count == 0)
            {
                askStage = true;
                problems.Add(new Problem($"opportunities[{index}].stage",
                    $"moving {o.Company} to {Shown.Stage(o.Stage)} {(o.Stage == Stage.Accepted ? "records that you said yes to their offer" : "closes it")}: tick the box under the stage to say so, then save again"));
            }
            if (o.Stage != before) moved = Shown.Stage(o.Stage);
            return problems;
        }, ct);
        if (result.Saved && kept.Count == 0)
        {
            TempData["Flash"] = SavedFlash(company, moved);
            return Redirect($"/opportunities/{id}#{Key(section)}");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        Version = View.Version;
        foreach (var (s, _, _, _, _) in Sections) Loaded[s] = OpportunityInput.Fingerprint(Opportunity, s);
        // A part kept as typed stands on what it was loaded from, moved on to the stored part
        // when nobody else changed it (this save may have: saving the offer moves the stage), so
        // saving it next is not a conflict; when another tab changed it, saving it shows theirs.
        foreach (var s in kept)
        {
            Unsaved.Add(s);
            if (storedBefore[s] != stamps[s]) Loaded[s] = stamps[s];
        }
        Input = OpportunityInput.From(Opportunity, Zone).Keeping(kept, typed);
        if (result.Saved)
        {
            SavedPart = section;
            SavedMessage = Sections.First(s => s.Section == section).Saved + (moved is null ? "" : $" The stage is now {moved}.");
            // The stage the details part shows moves with the offer, unless it was changed there too.
            if (moved is not null && kept.Contains(CompanySection.Details) && stageBefore is { } b && typed.Stage == Wording.Code(b))
                Input.Stage = Wording.Code(Opportunity.Stage);
            AddBlankRows();
            return Page();
        }
        Sent = section;
        AskStage = askStage;
        // Document rules speak of opportunities[i].contacts[k].x; on this page the field is the
        // form row's contacts[r].x.
        var prefix = $"opportunities[{index}].";
        Problems = [.. result.Problems.Select(p => p with { Path = typed.FormPath(p.Path, prefix) })];
        // The form still stands on what it was loaded from, unless the saved version is now shown
        // beside it: then saving again means "keep mine".
        if (!string.IsNullOrEmpty(loaded) && !changedElsewhere) Loaded[section] = loaded;
        if (string.IsNullOrEmpty(loaded) && result.Conflict && version is { } v) Version = v;
        if (changedElsewhere) Theirs = Opportunity;
        Input.Keeping(section, typed);
        AddBlankRows();
        Response.StatusCode = result.Conflict || changedElsewhere ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>
    /// The conflict view's "show the saved version": that part as stored, dropping what was typed
    /// there, and every other part still as typed. Saves nothing; with nothing typed elsewhere, it
    /// is the page itself.
    /// </summary>
    public async Task<IActionResult> OnPostTakeSavedAsync(string id, CompanySection? part, CancellationToken ct)
    {
        if (part is not { } section || !await LoadAsync(id, ct)) return NotFound();
        var typed = Input;
        typed.Numbers = NumberLocale.From(Request.Headers.AcceptLanguage);
        var stamps = PostedStamps(section, null);
        List<CompanySection> kept = [.. stamps.Keys.Where(s => s != section && typed.Changes(Opportunity, s, stamps[s], Zone))];
        if (kept.Count == 0) return Redirect($"/opportunities/{id}#{Key(section)}");
        Version = View.Version;
        foreach (var (s, _, _, _, _) in Sections) Loaded[s] = OpportunityInput.Fingerprint(Opportunity, s);
        foreach (var s in kept)
        {
            Unsaved.Add(s);
            Loaded[s] = stamps[s];
        }
        Input = OpportunityInput.From(Opportunity, Zone).Keeping(kept, typed);
        AddBlankRows();
        return Page();
    }

    /// <summary>
    /// The stage and the offer are in two sections, but the rules tie them: an offer in hand is
    /// in the offer stages, and those stages need one. Saving the offer moves the stage along
    /// (as "They made an offer" does); the details section says, in the user's words, what to do
    /// first rather than let the rules speak of codes.
    /// </summary>
    private static IEnumerable<Problem> KeepStageAndOfferTogether(Pipeline p, Opportunity o, CompanySection section, Stage before, string prefix)
    {
        var inHand = o.Offer is { Status: not OfferStatus.Expected };
        if (section == CompanySection.Offer)
        {
            if (inHand && o.Stage is Stage.Applied or Stage.Interviewing) o.Stage = Stage.Offer;
            else if (!inHand && o.Stage == Stage.Offer) o.Stage = Stage.Interviewing;
            else if (!inHand && o.Stage == Stage.Accepted)
                yield return new Problem(prefix + "offer.status", "you have accepted this offer. To take that back, first set the stage under Details to Offers in hand");
            yield break;
        }
        if (section != CompanySection.Details || o.Stage == before) yield break;
        if (inHand && o.Stage is Stage.Applied or Stage.Interviewing)
            yield return new Problem(prefix + "stage", "there is an offer in hand. If it fell through, set the offer to \"No offer\" under Offer first");
        else if (!inHand && o.Stage is Stage.Offer or Stage.Accepted)
            yield return new Problem(prefix + "stage", "record the offer under Offer first (how they made it: verbal, written or signed); saving it moves the company to Offers in hand");
        else if (o.Stage == Stage.Accepted && p.Opportunities.Find(x => x != o && x.Stage == Stage.Accepted) is { } other)
            yield return new Problem(prefix + "stage", $"you have already accepted the offer from {other.Company}: change its stage first");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, int? version, bool confirm, CancellationToken ct)
    {
        if (!confirm) return Redirect($"/opportunities/{id}");
        var company = "";
        var result = await desk.EditAsync(version, p =>
        {
            if (p.Find(id) is not { } o) return [new Problem("id", "not found")];
            company = o.Company;
            p.Opportunities.Remove(o);
            return [];
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = $"Removed {company}.";
            return Redirect("/search");
        }
        if (result.Problems.Any(p => p.Path == "id")) return NotFound();
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = OpportunityInput.From(Opportunity, Zone);
        Problems = result.Problems;
        Version = View.Version;
        foreach (var (s, _, _, _, _) in Sections) Loaded[s] = OpportunityInput.Fingerprint(Opportunity, s);
        AddBlankRows();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>
    /// The document's rules that span two fields of one part, checked first so the problem is told
    /// in the page's words (the rules themselves speak of the document's names).
    /// </summary>
    private static IEnumerable<Problem> InPeoplesWords(Opportunity o, CompanySection section, string prefix)
    {
        if (section == CompanySection.Details && o.Process is { CompletedSteps: { } done, TotalSteps: { } total } && total >= 1 && done > total)
            yield return new Problem(prefix + "process.completedSteps", $"{done} is more than the steps in their process ({total})");
        if (section != CompanySection.History) yield break;
        for (var e = 0; e < o.Events.Count; e++)
            if (o.Events[e].Outcome is not null && o.Events[e].Kind != EventKind.AccelerateCall)
                yield return new Problem($"{prefix}events[{e}].outcome", "only an accelerate call has a call outcome: choose \"–\" here, or that kind of event");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        if (View.Pipeline.Find(id) is not { } o) return false;
        Opportunity = o;
        Moves = [.. View.Advice.Moves.Concat(View.Advice.Upcoming).Where(m => m.Opportunity == id)];
        return true;
    }

    /// <summary>One empty row at the end of each list, for adding without JavaScript.</summary>
    private void AddBlankRows()
    {
        if (Input.Contacts.Count == 0 || !Input.Contacts[^1].IsBlank) Input.Contacts.Add(new());
        if (Input.Interviews.Count == 0 || !Input.Interviews[^1].IsBlank) Input.Interviews.Add(new() { Status = "scheduled" });
        if (Input.Events.Count == 0 || !Input.Events[^1].IsBlank) Input.Events.Add(new() { Kind = "note" });
    }
}
