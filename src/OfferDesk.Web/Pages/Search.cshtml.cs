using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class SearchModel(Desk desk, CandidateClock clock) : PageModel
{
    /// <summary>The server's zone: the default when the candidate gives none.</summary>
    public string ServerZone => clock.ServerZoneName;

    public static readonly Stage[] StageOrder =
        [Stage.Offer, Stage.Accepted, Stage.Interviewing, Stage.Applied, Stage.Declined, Stage.Withdrawn, Stage.Rejected];

    public DeskView View { get; private set; } = null!;
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public AddInput Add { get; private set; } = new();

    public sealed class AddInput
    {
        public string? Company { get; set; }
        public string? Role { get; set; }
        public string Stage { get; set; } = "applied";
        public string? AppliedOn { get; set; }
        public bool Rank { get; set; } = true;
    }

    /// <summary>A stage's one name, as every page gives it.</summary>
    public static string StageName(Stage s) => Shown.Stage(s);

    public string? FieldError(string path) => Problems.FirstOrDefault(p => p.Path == path)?.Message;

    // Looked up once per row: a dictionary keeps the page linear in the number of companies.
    private Dictionary<string, Move>? _nextMoves;

    public Move? NextMove(string id)
    {
        if (_nextMoves is null)
        {
            _nextMoves = new Dictionary<string, Move>(StringComparer.Ordinal);
            foreach (var m in View.Advice.Moves) _nextMoves.TryAdd(m.Opportunity, m);
        }
        return _nextMoves.GetValueOrDefault(id);
    }

    /// <summary>The stage whose list is shown from <see cref="From"/> (<see cref="Paged"/>); other stages show their first part.</summary>
    public string? List { get; private set; }
    public int? From { get; private set; }

    /// <summary>The companies of a stage shown now: a part of at most <see cref="Paged.Size"/>.</summary>
    public Paged<Opportunity> PartOf(Stage stage, IReadOnlyList<Opportunity> inStage) =>
        Paged.Of(inStage, List == Wording.Code(stage) ? From : 0);

    public async Task OnGetAsync(string? list, int? from, CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        (List, From) = (list, from);
    }

    public async Task<IActionResult> OnPostAddAsync([FromForm] AddInput add, int? version, CancellationToken ct)
    {
        Add = add;
        var prefix = "";
        var result = await desk.EditAsync(version, p =>
        {
            // The new company is checked by the document's rules like any other (length, allowed
            // characters, how many fit); here, only what the form itself must read.
            prefix = $"opportunities[{p.Opportunities.Count}].";
            var problems = new List<Problem>();
            var company = add.Company?.Trim() ?? "";
            if (company.Length == 0) problems.Add(new(prefix + "company", "enter the company's name"));
            DateOnly? applied = null;
            if (!string.IsNullOrWhiteSpace(add.AppliedOn))
            {
                if (Wording.TryParseDate(add.AppliedOn.Trim(), out var d)) applied = d;
                else problems.Add(new(prefix + "appliedOn", "is not a date (YYYY-MM-DD)"));
            }
            if (!Wording.TryParse<Stage>(add.Stage, out var stage) || stage is not (Stage.Applied or Stage.Interviewing))
            {
                problems.Add(new(prefix + "stage", "choose applied or interviewing"));
                stage = Stage.Applied;
            }
            p.Opportunities.Add(new Opportunity
            {
                Id = NewId(p, company),
                Company = company,
                Role = string.IsNullOrWhiteSpace(add.Role) ? null : add.Role.Trim(),
                Stage = stage,
                // Never quietly today: the form shows today's date to keep or clear, and empty keeps none.
                AppliedOn = applied,
                Preference = add.Rank ? (p.Opportunities.Max(o => o.Preference) ?? 0) + 1 : null,
            });
            return problems;
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = AddedMessage(add.Company?.Trim() ?? "", Wording.TryParseDate(add.AppliedOn?.Trim() ?? "", out var on) ? on : null, desk.Today);
            return RedirectToPage();
        }
        // The new company's fields are this form's: "company", not "opportunities[12].company".
        return await Refused(result with
        {
            Problems = [.. result.Problems.Select(x => prefix.Length > 0 && x.Path.StartsWith(prefix, StringComparison.Ordinal) ? x with { Path = x.Path[prefix.Length..] } : x)],
        }, ct);
    }

    /// <summary>What adding a company says, with the application date it kept, or that it kept none.</summary>
    public static string AddedMessage(string company, DateOnly? appliedOn, DateOnly today) => appliedOn is { } on
        ? $"Added {company}, applied on {Shown.Day(on, today)}."
        : $"Added {company}, with no application date: add it on the company's page, and follow-ups are timed from it.";

    /// <summary>The label and input of a field of this page's forms, for the list of problems.</summary>
    public static ProblemField? Field(string path) => path switch
    {
        "company" => new("Company", "company"),
        "role" => new("Role", "role"),
        "stage" => new("Stage", "stage"),
        "appliedOn" => new("Applied on", "appliedOn"),
        "opportunities" => new("Companies", null),
        _ => DocumentFields.Label(path) is { } label ? new(label, null) : null,
    };

    /// <summary>The old form for name and time zone: on Settings now; a post is passed on as it is (307).</summary>
    public IActionResult OnPostCandidate() => RedirectPreserveMethod("/settings?handler=Profile");

    public async Task<IActionResult> OnPostRankAsync(string id, string direction, int? version, CancellationToken ct)
    {
        var said = "";
        var result = await desk.EditAsync(version, p =>
        {
            var problems = Rerank(p, id, direction);
            if (problems.Count == 0 && p.Find(id) is { } o) said = Ranked(o);
            return problems;
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = said;
            return RedirectToPage();
        }
        if (result.Problems.Any(x => x.Path == "id")) return NotFound();
        return await Refused(result, ct);
    }

    private async Task<IActionResult> Refused(EditResult result, CancellationToken ct)
    {
        Problems = result.Problems;
        View = await desk.LoadAsync(ct);
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>What a change of rank did, said in the flash (a live region, so a screen reader hears it too).</summary>
    public static string Ranked(Opportunity o, Opportunity? above = null) => o.Preference is { } n
        ? $"{o.Company} is now your #{n} choice{(above is null ? "" : $", just above {above.Company}")}."
        : $"{o.Company} is out of your ranking.";

    /// <summary>Moves one company up or down the ranking; ranks stay 1, 2, 3… with no gaps.</summary>
    public static IReadOnlyList<Problem> Rerank(Pipeline p, string id, string direction)
    {
        if (p.Find(id) is not { } o) return [new("id", "no such company")];
        var ranked = p.Opportunities.Where(x => x.Preference is not null).OrderBy(x => x.Preference).ToList();
        var i = ranked.IndexOf(o);
        switch (direction)
        {
            case "up" when i > 0: (ranked[i - 1], ranked[i]) = (ranked[i], ranked[i - 1]); break;
            case "down" when i >= 0 && i < ranked.Count - 1: (ranked[i + 1], ranked[i]) = (ranked[i], ranked[i + 1]); break;
            case "unrank": ranked.Remove(o); o.Preference = null; break;
            case "rank" when i < 0: ranked.Add(o); break;
            case "up" or "down" or "rank": break;
            default: return [new("direction", "choose up, down, rank or unrank")];
        }
        for (var r = 0; r < ranked.Count; r++) ranked[r].Preference = r + 1;
        return [];
    }

    /// <summary>An id from the company name, made unique: "Acme Corp" gives "acme-corp", then "acme-corp-2".</summary>
    public static string NewId(Pipeline p, string company)
    {
        var b = new StringBuilder();
        foreach (var c in company.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') b.Append(c);
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        }
        var stem = b.ToString().Trim('-');
        if (stem.Length == 0) stem = "company";
        if (stem.Length > 56) stem = stem[..56].Trim('-');
        // One pass over the ids, not one per candidate: adding to a search of many same-named
        // companies stays linear.
        var taken = new HashSet<string>(p.Opportunities.Select(o => o.Id), StringComparer.Ordinal);
        var id = stem;
        for (var n = 2; taken.Contains(id); n++) id = $"{stem}-{n}";
        return id;
    }
}
