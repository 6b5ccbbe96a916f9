using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Data;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Pages.Reminders;

/// <summary>
/// The unsubscribe link of the morning email: no sign-in, the signed token is the key. Opening it
/// asks first (mail scanners open links); a POST turns the email off, which is also what a mail
/// app's one-click unsubscribe sends (RFC 8058), without a form token it could not have.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StopModel(UnsubscribeLinks links, ReminderStore store, TimeProvider clock) : PageModel
{
    public bool Known { get; private set; }
    public bool Done { get; private set; }
    public string Token { get; private set; } = "";

    public void OnGet(string? t)
    {
        Token = t ?? "";
        Known = links.UserFor(t) is not null;
        if (!Known) Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async Task<IActionResult> OnPostAsync(string? t, CancellationToken ct)
    {
        Token = t ?? "";
        if (links.UserFor(t) is not { } userId || !await store.TurnOffAsync(userId, clock.GetUtcNow().UtcDateTime, ct))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Known = Done = true;
        return Page();
    }
}
