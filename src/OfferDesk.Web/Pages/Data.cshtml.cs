using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Api;

namespace OfferDesk.Web.Pages;

[RequestSizeLimit(PipelineApi.MaxDocumentBytes * 4)]
[RequestFormLimits(MultipartBodyLengthLimit = PipelineApi.MaxDocumentBytes * 4)]
public sealed class DataModel(Desk desk, Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser> users,
    Microsoft.AspNetCore.Identity.SignInManager<Microsoft.AspNetCore.Identity.IdentityUser> signIn) : PageModel
{
    /// <summary>Problems of the "clear my search" and "delete my account" forms, each under its own form.</summary>
    public string? ClearProblem { get; private set; }
    public string? DeleteProblem { get; private set; }

    /// <summary>Empties the search (every company), keeping the account and what it says about the candidate.</summary>
    public async Task<IActionResult> OnPostClearAsync(bool confirm, int? version, CancellationToken ct)
    {
        if (!confirm) ClearProblem = "Tick the box to confirm: clearing removes every company from your search.";
        else
        {
            var result = await desk.EditAsync(version, p => { p.Opportunities.Clear(); return []; }, ct);
            if (result.Saved)
            {
                TempData["Flash"] = "Your search is cleared. Your account and your settings are kept.";
                return Redirect("/");
            }
            ClearProblem = result.Problems[0].Message;
            Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }
        if (Response.StatusCode == StatusCodes.Status200OK) Response.StatusCode = StatusCodes.Status400BadRequest;
        Version = (await desk.LoadAsync(ct)).Version;
        return Page();
    }

    /// <summary>Deletes the account and, with it, the search and every setting (the database cascades); asks for the password first.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? password, bool confirm, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/account/login");
        if (!confirm) DeleteProblem = "Tick the box to confirm that you want your account and your search deleted.";
        else if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)) DeleteProblem = "Your password: that is not your password. Nothing was deleted.";
        else
        {
            var deleted = await users.DeleteAsync(user);
            if (deleted.Succeeded)
            {
                await signIn.SignOutAsync();
                TempData["Flash"] = "Your account and your search are deleted. Thank you for using OfferDesk.";
                return LocalRedirect("/account/login");
            }
            DeleteProblem = "Your account could not be deleted just now. Nothing was deleted; try again.";
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Version = (await desk.LoadAsync(ct)).Version;
        return Page();
    }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public int Version { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Version = (await desk.LoadAsync(ct)).Version;

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(ct);
        var bytes = Encoding.UTF8.GetBytes(PipelineJson.Serialize(view.Pipeline) + "\n");
        return File(bytes, "application/json", $"offerdesk-search-{Core.Model.Wording.Date(view.Today)}.json");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, int? version, bool confirm, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var conflict = false;
        if (!confirm) problems.Add(new Problem("confirm", "tick the box to confirm that the file replaces your current search"));
        if (file is null || file.Length == 0) problems.Add(new Problem("file", "choose a file to import"));
        else if (file.Length > PipelineApi.MaxDocumentBytes)
            problems.Add(new Problem("file", $"the file is {file.Length / 1024} KB; the largest search accepted is {PipelineApi.MaxDocumentBytes / 1024} KB"));
        if (problems.Count == 0)
        {
            string text;
            using (var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8))
                text = await reader.ReadToEndAsync(ct);
            var parsed = PipelineJson.Parse(text);
            if (!parsed.IsValid) problems.AddRange(parsed.Problems);
            else
            {
                var result = await desk.ReplaceAsync(parsed.Pipeline!, version, ct);
                if (result.Saved)
                {
                    TempData["Flash"] = $"Imported {parsed.Pipeline!.Opportunities.Count} companies.";
                    return Redirect("/");
                }
                problems.AddRange(result.Problems);
                conflict = result.Conflict;
            }
        }
        Problems = problems;
        Version = version ?? (await desk.LoadAsync(ct)).Version;
        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
