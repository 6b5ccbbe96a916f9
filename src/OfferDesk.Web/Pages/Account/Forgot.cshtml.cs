using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Web.Accounts;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Pages.Account;

/// <summary>
/// "Forgot your password?": a link to choose a new one, by email, where email is set up. The
/// answer is the same whether or not the address has an account, and comes before the email is
/// sent (the sending runs apart from the request), so neither the words nor the time say who has
/// an account. Throttled like a sign-in.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class ForgotModel(IMailSender sender, IServiceScopeFactory scopes, ILogger<ForgotModel> log) : PageModel
{
    public bool EmailIsSetUp => sender.IsConfigured;
    public bool Sent { get; private set; }
    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    public void OnGet() { }

    public IActionResult OnPost(string? email)
    {
        if (!EmailIsSetUp) return Page();
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@') || email.Length > 254)
        {
            Problems = [new Problem("email", "enter the email address you sign in with")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var address = email.Trim();
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AddressMail>().SendResetAsync(address, CancellationToken.None);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "A password reset email could not be sent");
            }
        });
        Sent = true;
        return Page();
    }
}
