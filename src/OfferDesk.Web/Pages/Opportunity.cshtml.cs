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

    public string? FieldError(string path) => Problems.FirstOrDefault(p => p.Path == path)?.Message;

    /// <summary>The label and input of a field of this form, for the list of problems to name and link to.</summary>
    public static ProblemField? Field(string path)
    {
        if (DocumentFields.Label(path) is not { } label) return null;
        var row = System.Text.RegularExpressions.Regex.Match(path, @"^(contacts|interviews|events)\[(\d+)\]\.(\w+)$");
        if (row.Success)
        {
            var letter = row.Groups[1].Value[0];
            var suffix = (letter, row.Groups[3].Value) switch
            {
                ('c', "name") => "n", ('c', "role") => "r", ('c', "phone") => "p", ('c', "email") => "e",
                ('i', "at") => "a", ('i', "kind") => "k", ('i', "status") => "s",
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
            "contacts" => "contacts-h",
            "interviews" => "interviews-h",
            "events" => "events-h",
            _ => null,
        });
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = OpportunityInput.From(Opportunity);
        Version = View.Version;
        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int? version, CancellationToken ct)
    {
        var index = -1;
        var result = await desk.EditAsync(version, p =>
        {
            index = p.Opportunities.FindIndex(o => o.Id == id);
            if (index < 0) return [new Problem("id", "not found")];
            return Input.ApplyTo(p.Opportunities[index], $"opportunities[{index}].", desk.ZoneFor(p));
        }, ct);
        if (result.Saved)
        {
            TempData["Flash"] = "Saved.";
            return Redirect($"/opportunities/{id}");
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        // Document rules speak of opportunities[i].contacts[k].x; on this page the field is the
        // form row's contacts[r].x.
        var prefix = $"opportunities[{index}].";
        Problems = [.. result.Problems.Select(p => p with { Path = Input.FormPath(p.Path, prefix) })];
        Version = result.Conflict ? version ?? View.Version : View.Version;
        AddBlankRows();
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
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
        Input = OpportunityInput.From(Opportunity);
        Problems = result.Problems;
        Version = View.Version;
        AddBlankRows();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
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
