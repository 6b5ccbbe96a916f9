using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// The old address of the morning email's settings, kept for the links in emails already sent:
/// it is on Settings now. Posts are passed on as they are (307).
/// </summary>
public sealed class RemindersModel : PageModel
{
    public IActionResult OnGet() => Redirect("/settings#email");

    public IActionResult OnPost() => RedirectPreserveMethod("/settings?handler=Email");

    public IActionResult OnPostConfirm() => RedirectPreserveMethod("/settings?handler=Confirm");

    public IActionResult OnPostSendNow() => RedirectPreserveMethod("/settings?handler=SendNow");
}
