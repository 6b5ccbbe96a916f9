using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Data;
using OfferDesk.Web.Api;

namespace OfferDesk.Web.Pages;

public sealed class CalendarModel(Desk desk, SearchStore store) : PageModel
{
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var token = await store.CalendarTokenAsync(desk.UserId, ct);
        FeedUrl = token is null ? null : $"{Request.Scheme}://{Request.Host}/calendar/{token}.ics";
    }

    /// <summary>A new secret; the old address stops working at once.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await store.SetCalendarTokenAsync(desk.UserId, CalendarFeed.NewToken(), ct);
        TempData["Flash"] = "Your private feed address is ready.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await store.SetCalendarTokenAsync(desk.UserId, null, ct);
        TempData["Flash"] = "The feed is off; its address no longer works.";
        return RedirectToPage();
    }
}
