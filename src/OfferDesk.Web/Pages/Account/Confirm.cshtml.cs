using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OfferDesk.Web.Pages.Account;

/// <summary>The link of the confirmation email (<see cref="Accounts.AddressMail"/>): opening it confirms the address, signed in or not.</summary>
public sealed class ConfirmModel(UserManager<IdentityUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? u, string? t)
    {
        if (!string.IsNullOrEmpty(u) && !string.IsNullOrEmpty(t) && t.Length < 2000 && await users.FindByIdAsync(u) is { } user)
            Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, t)).Succeeded;
        if (!Confirmed) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
