using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages.Moves;

/// <summary>"Undo" on the flash after Done: the companies go back to how they were before it.</summary>
public sealed class UndoModel(Desk desk, Undo undo) : PageModel
{
    public string Message { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? token, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = Infrastructure.LocalUrl.Safe(Url, returnUrl);
        if (undo.Open(desk.UserId, token) is not { } sealedUndo)
        {
            Message = $"Undo is only offered for {Undo.Lifetime.TotalMinutes:0} minutes after Done. Nothing was changed; you can change the company on its page.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await desk.EditAsync(sealedUndo.Version, p => Undo.Restore(p, sealedUndo.Before), ct);
        if (result.Saved)
        {
            TempData["Flash"] = "Undone: back as it was.";
            return LocalRedirect(ReturnUrl);
        }
        Message = result.Conflict
            ? "Your search changed after that Done (another change was saved), so undoing it now could lose that change. Nothing was changed."
            : result.Problems[0].Message;
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
