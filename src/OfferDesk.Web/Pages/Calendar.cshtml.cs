using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages;

/// <summary>The old address of the calendar feed's settings: on Settings now. Posts are passed on as they are (307).</summary>
public sealed class CalendarModel : PageModel
{
    public IActionResult OnGet() => Redirect("/settings#calendar");

    public IActionResult OnPostCreate() => RedirectPreserveMethod("/settings?handler=Feed");

    public IActionResult OnPostRevoke() => RedirectPreserveMethod("/settings?handler=FeedOff");
}
