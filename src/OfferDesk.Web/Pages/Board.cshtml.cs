using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Pages;

/// <summary>One column of the board: the stages it holds and the stage a card dropped on it gets.</summary>
public sealed record BoardColumn(string Key, string Name, Stage[] Stages, string DropTo);

/// <summary>
/// The search as columns by stage. Every change is a plain form (a card's "Move to" and rank
/// buttons), so it works by keyboard and without JavaScript; site.js adds drag and drop on top by
/// filling the same forms. A move that needs more (an offer's terms, why a company closed) goes
/// to the short form that asks for it instead of failing.
/// </summary>
[OfferDesk.Web.Infrastructure.RenderedPerVersion]
public sealed class BoardModel(Desk desk) : PageModel
{
    public static readonly BoardColumn[] Columns =
    [
        new("applied", "Applied", [Stage.Applied], "applied"),
        new("interviewing", "Interviewing", [Stage.Interviewing], "interviewing"),
        new("offers", Shown.Stage(Stage.Offer), [Stage.Offer], "offer"),
        new("accepted", "Accepted", [Stage.Accepted], "accepted"),
        new("closed", "Closed", [Stage.Declined, Stage.Rejected, Stage.Withdrawn], "closed"),
    ];

    /// <summary>
    /// Where a card can go from its "Move to" list: the value sent, and the words shown. The first,
    /// which the list starts on, is the next stage forward (applied to interviewing, interviewing
    /// to an offer, an offer to accepted); never a step back.
    /// </summary>
    public static IEnumerable<(string Value, string Text)> Destinations(Opportunity o)
    {
        // An offer in hand cannot go back to applied or interviewing (the rules refuse it): not offered.
        var inHand = o.Offer is { Status: not OfferStatus.Expected };
        var all = new List<(string Value, string Text)>();
        // Each stage by the one name every page gives it (Shown.Stage).
        foreach (var stage in new[] { Stage.Applied, Stage.Interviewing, Stage.Offer, Stage.Accepted })
            if (o.Stage != stage && !(inHand && stage is Stage.Applied or Stage.Interviewing)) all.Add((Wording.Code(stage), Shown.Stage(stage)));
        if (o.Stage != Stage.Rejected) all.Add(("rejected", $"Closed: {Shown.Stage(Stage.Rejected)}"));
        if (o.Stage != Stage.Withdrawn) all.Add(("withdrawn", $"Closed: {Shown.Stage(Stage.Withdrawn)}"));
        if (o.Stage != Stage.Declined && inHand) all.Add(("declined", $"Closed: {Shown.Stage(Stage.Declined)}"));
        var forward = o.Stage switch
        {
            Stage.Applied => "interviewing",
            Stage.Interviewing => "offer",
            Stage.Offer => "accepted",
            _ => null,
        };
        var first = all.FindIndex(d => d.Value == forward);
        if (first > 0) (all[0], all[first]) = (all[first], all[0]);
        if (first > 0) all = [all[0], .. all.Skip(1).OrderBy(d => Order(d.Value))];
        return all;

        static int Order(string value) => value switch
        {
            "applied" => 0, "interviewing" => 1, "offer" => 2, "accepted" => 3, "rejected" => 4, "withdrawn" => 5, _ => 6,
        };
    }

    /// <summary>
    /// The moves asked about before they are made: saying yes to an offer, or closing a company,
    /// is not something one tap on the wrong card should do. Each: the question ({0} where the
    /// company's name goes), what it means, and the words of the button that says yes.
    /// </summary>
    public static (string Question, string Meaning, string Yes)? Asked(Stage to) => to switch
    {
        Stage.Accepted => ("Move {0} to Accepted?",
            "This records that you said yes to their offer. The advice then turns to closing the other companies politely.",
            "Yes, I accepted their offer"),
        Stage.Rejected => ("Close {0}: they said no?",
            "This records that they are not moving forward with you. Their moves leave your advice.",
            "Yes, they said no"),
        Stage.Withdrawn => ("Close {0}: you withdrew?",
            "This records that you stepped out of their process. Their moves leave your advice.",
            "Yes, I withdrew"),
        Stage.Declined => ("Close {0}: you turned down their offer?",
            "This records that you said no to their offer. Their moves leave your advice.",
            "Yes, I turned it down"),
        _ => null,
    };

    /// <summary>A move waiting for a yes (from a card's "Move to" or a drop): the company and where to.</summary>
    public (Opportunity Company, Stage To)? Confirming { get; private set; }

    public static BoardColumn ColumnOf(Stage s) => Columns.First(c => c.Stages.Contains(s));

    public DeskView View { get; private set; } = null!;
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>The column shown on a phone, where one column fits at a time.</summary>
    public BoardColumn Current { get; private set; } = Columns[0];

    public string? AddCompany { get; private set; }
    public string? AddRole { get; private set; }
    public string AddStage { get; private set; } = "applied";
    /// <summary>"Applied on" as typed; null before any post, when the form shows today's date.</summary>
    public string? AddApplied { get; private set; }

    private Dictionary<string, Move>? _next;

    /// <summary>The most pressing move for the company today, or its next one coming up.</summary>
    public Move? NextMove(string id)
    {
        if (_next is null)
        {
            _next = new Dictionary<string, Move>(StringComparer.Ordinal);
            foreach (var m in View.Advice.Moves) _next.TryAdd(m.Opportunity, m);
            foreach (var m in View.Advice.Upcoming) _next.TryAdd(m.Opportunity, m);
        }
        return _next.GetValueOrDefault(id);
    }

    public IReadOnlyList<Opportunity> In(BoardColumn c) =>
        [.. View.Pipeline.Opportunities.Where(o => c.Stages.Contains(o.Stage)).OrderBy(o => o.Preference ?? int.MaxValue)];

    /// <summary>Where the current column's part starts (<see cref="Paged"/>); other columns show their first part.</summary>
    public int? From { get; private set; }

    /// <summary>The cards of a column shown now: a part of at most <see cref="Paged.Size"/>.</summary>
    public Paged<Opportunity> PartOf(BoardColumn c) => Paged.Of(In(c), c == Current ? From : 0);

    public async Task OnGetAsync(string? show, string? confirm, string? to, int? from, CancellationToken ct)
    {
        View = await desk.LoadAsync(ct);
        From = from;
        Current = Columns.FirstOrDefault(c => c.Key == show) ?? Columns.FirstOrDefault(c => In(c).Count > 0) ?? Columns[0];
        if (confirm is not null && View.Pipeline.Find(confirm) is { } o && Wording.TryParse<Stage>(to ?? "", out var stage)
            && o.Stage != stage && Asked(stage) is not null)
            Confirming = (o, stage);
    }

    /// <summary>A card's "Move to": to a stage, or to the short form that asks what is missing.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string id, string? to, bool confirmed, int? version, CancellationToken ct)
    {
        if (to == "closed") return await ExistingOr(id, ct, () => Redirect($"/opportunities/{id}/log?show=closed&returnUrl=/board"));
        if (!Wording.TryParse<Stage>(to ?? "", out var stage))
            return await Refused(new EditResult(false, false, [new Problem("to", "Choose where to move the company.")], version ?? 0), ct);
        if (!confirmed)
        {
            // Accepting or closing asks first; accepting without an offer recorded goes to the offer's form, which asks itself.
            var current = (await desk.LoadAsync(ct)).Pipeline.Find(id);
            if (current is null) return NotFound();
            if (current.Stage != stage && Asked(stage) is not null && !(stage == Stage.Accepted && current.Offer is not { Status: not OfferStatus.Expected }))
                return Redirect($"/board?show={ColumnOf(current.Stage).Key}&confirm={Uri.EscapeDataString(id)}&to={Wording.Code(stage)}#confirm");
        }
        var company = "";
        var result = await desk.EditAsync(version, p =>
        {
            if (p.Find(id) is not { } o) return [new Problem("id", "no such company")];
            company = o.Company;
            return p.MoveTo(o, stage, desk.TodayFor(p)) is { } problem ? [problem] : [];
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = stage switch
            {
                Stage.Rejected or Stage.Withdrawn or Stage.Declined => $"{company} closed: {Shown.Stage(stage)}.",
                _ => $"{company} moved to {Shown.Stage(stage)}.",
            };
            return Redirect($"/board?show={ColumnOf(stage).Key}");
        }
        if (result.Problems.Any(p => p.Path == "id")) return NotFound();
        if (result.Problems.Any(p => p.Path == "offer"))
            return Redirect($"/opportunities/{id}/log?show=offer&returnUrl=/board{(stage == Stage.Accepted ? "&accept=true" : "")}");
        return await Refused(result, ct);
    }

    /// <summary>Rank buttons: up, down, into or out of the ranking.</summary>
    public async Task<IActionResult> OnPostRankAsync(string id, string direction, int? version, CancellationToken ct)
    {
        var result = await desk.EditAsync(version, p => SearchModel.Rerank(p, id, direction), ct);
        if (result.Problems.Any(x => x.Path == "id")) return NotFound();
        if (!result.Saved) return await Refused(result, ct);
        var o = (await desk.LoadAsync(ct)).Pipeline.Find(id);
        if (o is not null) TempData["Flash"] = SearchModel.Ranked(o);
        return Redirect($"/board?show={(o is null ? "applied" : ColumnOf(o.Stage).Key)}#card-{id}");
    }

    /// <summary>Drag and drop: a card dropped on another column moves there; on another card, it is ranked just above it.</summary>
    public async Task<IActionResult> OnPostDropAsync(string id, string? to, string? before, int? version, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(before))
        {
            var result = await desk.EditAsync(version, p => PlaceBefore(p, id, before), ct);
            if (result.Problems.Any(x => x.Path == "id")) return NotFound();
            if (!result.Saved) return await Refused(result, ct);
            var now = (await desk.LoadAsync(ct)).Pipeline;
            var o = now.Find(id);
            // A drag says what it did, as the buttons do: in the flash, a live region.
            if (o is not null) TempData["Flash"] = SearchModel.Ranked(o, now.Find(before));
            return Redirect($"/board?show={(o is null ? "applied" : ColumnOf(o.Stage).Key)}#card-{id}");
        }
        return await OnPostMoveAsync(id, to, confirmed: false, version, ct);
    }

    public async Task<IActionResult> OnPostAddAsync(string? company, string? role, string? stage, string? appliedOn, int? version, CancellationToken ct)
    {
        (AddCompany, AddRole, AddStage, AddApplied) = (company, role, stage ?? "applied", appliedOn ?? "");
        DateOnly? applied = null;
        var name = company?.Trim() ?? "";
        var result = await desk.EditAsync(version, p =>
        {
            var today = desk.TodayFor(p);
            var problems = new List<Problem>();
            if (name.Length == 0) problems.Add(new("add-company", "Company: enter the company's name."));
            else if (name.Length > 200) problems.Add(new("add-company", $"Company: use at most 200 characters (this has {name.Length:#,0}). Nothing was cut."));
            if (role?.Trim() is { Length: > 200 } r) problems.Add(new("add-role", $"Role: use at most 200 characters (this has {r.Length:#,0}). Nothing was cut."));
            if (!Wording.TryParse<Stage>(stage ?? "", out var s) || s is not (Stage.Applied or Stage.Interviewing))
                problems.Add(new("add-stage", "Stage: choose applied or interviewing."));
            // The form shows today's date to keep or clear: empty keeps no date, never a quiet today.
            if (!string.IsNullOrWhiteSpace(appliedOn))
            {
                if (Wording.TryParseDate(appliedOn.Trim(), out var d)) applied = d;
                else problems.Add(new("add-applied", $"Applied on: \"{appliedOn.Trim()}\" is not a date."));
            }
            if (problems.Count > 0) return problems;
            p.Opportunities.Add(new Opportunity
            {
                Id = SearchModel.NewId(p, name),
                Company = name,
                Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
                Stage = s,
                AppliedOn = applied,
                Preference = (p.Opportunities.Max(o => o.Preference) ?? 0) + 1,
            });
            return [];
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = SearchModel.AddedMessage(name, applied, desk.Today);
            return Redirect($"/board?show={stage}");
        }
        return await Refused(result, ct);
    }

    /// <summary>Ranks one company just above another; ranks stay 1, 2, 3… with no gaps.</summary>
    public static IReadOnlyList<Problem> PlaceBefore(Pipeline p, string id, string before)
    {
        if (p.Find(id) is not { } o || p.Find(before) is not { } target) return [new("id", "no such company")];
        if (o == target) return [];
        var ranked = p.Opportunities.Where(x => x.Preference is not null && x != o).OrderBy(x => x.Preference).ToList();
        if (target.Preference is null) ranked.Add(target);
        ranked.Insert(ranked.IndexOf(target), o);
        for (var r = 0; r < ranked.Count; r++) ranked[r].Preference = r + 1;
        return [];
    }

    private async Task<IActionResult> ExistingOr(string id, CancellationToken ct, Func<IActionResult> then) =>
        (await desk.LoadAsync(ct)).Pipeline.Find(id) is null ? NotFound() : then();

    private async Task<IActionResult> Refused(EditResult result, CancellationToken ct)
    {
        Problems = result.Problems;
        View = await desk.LoadAsync(ct);
        Current = Columns.FirstOrDefault(c => In(c).Count > 0) ?? Columns[0];
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
