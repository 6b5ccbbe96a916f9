using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Data;
using OfferDesk.Web.Api;
using OfferDesk.Web.Accounts;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Pages.Account;

/// <summary>The morning email's settings, its test send, and any email that could not be sent.</summary>
public sealed class RemindersModel(Desk desk, ReminderStore store, IMailSender sender, MorningMail mail, SendNowLimits limits, TimeProvider clock,
    AddressMail addresses, Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser> users) : PageModel
{
    public bool EmailIsSetUp => sender.IsConfigured;
    /// <summary>Whether the account's address is confirmed; no email goes to it before (only asked where email is set up).</summary>
    public bool AddressConfirmed { get; private set; }

    /// <summary>Emails the link that confirms the account's address.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var (problem, retryAfter) = await addresses.SendConfirmationAsync(user, ct);
        if (problem is not null)
        {
            await LoadAsync(ct);
            Problems = [new Problem("", $"The confirmation email was not sent: {problem}.")];
            Response.StatusCode = retryAfter is null ? StatusCodes.Status502BadGateway : StatusCodes.Status429TooManyRequests;
            if (retryAfter is { } after) Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        TempData["Flash"] = $"A confirmation link is on its way to {user.Email}. Open it within a day.";
        return LocalRedirect("/account/reminders");
    }
    public bool Enabled { get; private set; }
    public int Hour { get; private set; } = ReminderStore.DefaultHour;
    public string Address { get; private set; } = "";
    public string ZoneText { get; private set; } = "";
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public IReadOnlyList<string> Troubles { get; private set; } = [];

    /// <summary>"7:00 in the morning", "noon", "6:00 in the evening".</summary>
    public static string HourText(int h) => h switch
    {
        0 => "midnight",
        12 => "noon",
        < 12 => $"{h}:00 in the morning",
        < 18 => $"{h - 12}:00 in the afternoon",
        _ => $"{h - 12}:00 in the evening",
    };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? enabled, string? hour, CancellationToken ct)
    {
        if (!int.TryParse(hour, out var h) || h is < 0 or > 23)
        {
            await LoadAsync(ct);
            Enabled = enabled == "true";
            Problems = [new Problem("hour", "Choose an hour from the list.")];
            return Page();
        }
        var on = enabled == "true";
        await store.SaveSettingsAsync(desk.UserId, on, h, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Flash"] = on ? $"Saved. Your morning email comes at {HourText(h)} on days with something to do." : "Saved. No morning email will be sent.";
        return LocalRedirect("/account/reminders");
    }

    public async Task<IActionResult> OnPostSendNowAsync(CancellationToken ct)
    {
        if (!sender.IsConfigured)
        {
            await LoadAsync(ct);
            Problems = [new Problem("", "Email is not set up on this server, so nothing can be sent.")];
            return Page();
        }
        var (sent, error, limited) = await RemindersApi.SendTodayAsync(desk, store, sender, mail, limits, clock, ct);
        if (limited is { } retryAfter)
        {
            await LoadAsync(ct);
            Problems = [new Problem("", $"Not sent: {error}.")];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        if (error is not null)
        {
            await LoadAsync(ct);
            Problems = [new Problem("", $"The email was not sent: the mail server said \"{error}\". Try again later.")];
            return Page();
        }
        TempData["Flash"] = $"Sent to {sent!.To}: \"{sent.Subject}\".";
        return LocalRedirect("/account/reminders");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = desk.UserId;
        var settings = await store.SettingsAsync(userId, ct);
        Enabled = settings.Enabled;
        Hour = settings.Hour;
        Address = await store.EmailAsync(userId, ct) ?? "";
        AddressConfirmed = await store.ConfirmedEmailAsync(userId, ct) is not null;
        var view = await desk.LoadAsync(userId, desk.Today, ct);
        ZoneText = view.Pipeline.Candidate.TimeZone is { } zone && Zones.IsKnown(zone)
            ? zone.Replace('_', ' ')
            : "not set in your search, so this server's";
        var (today, _) = new OfferDesk.Core.Model.CandidateClock(clock).LocalNow(view.Pipeline.Candidate.TimeZone);
        Troubles = [.. (await store.RecentAsync(userId, 14, ct))
            .Where(r => r.Status is ReminderSendStatus.Failed or ReminderSendStatus.Retrying)
            .Select(r => Trouble(r, today))];
    }

    private static string Trouble(ReminderSendRecord r, DateOnly today)
    {
        var day = r.Day == today ? "today's email" : $"the email for {Wording.Spoken(r.Day)}";
        var said = string.IsNullOrEmpty(r.LastError) ? "" : $" (the mail server said: {r.LastError})";
        return r.Status == ReminderSendStatus.Failed
            ? $"We could not send {day} after {r.Attempts} tries{said}."
            : $"We could not send {day} yet{said}; we will try again shortly.";
    }
}
