using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages.Account;

/// <summary>The old address of the password form: the password is changed on Settings now. A post is passed on as it is (307).</summary>
public sealed class PasswordModel : PageModel
{
    public IActionResult OnGet() => Redirect("/settings#password");

    public IActionResult OnPost() => RedirectPreserveMethod("/settings?handler=Password");
}
