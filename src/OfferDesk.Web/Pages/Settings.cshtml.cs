using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Data;
using OfferDesk.Web.Accounts;
using OfferDesk.Web.Api;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Pages;

/// <summary>
/// Everything about the account and how OfferDesk reaches you, on one page: your name and time
/// zone, the password, the morning email, the calendar feed, your data and deleting the account.
/// Each section posts to its own handler and a refusal is shown next to its own button (the form's
/// address ends in the section's anchor, so the answer opens there, on a phone too). The old
/// addresses of these settings (/account/password, /account/reminders, /calendar) lead here.
/// Two forms check the password (changing it, deleting the account): the page's posts share the
/// credential budget, which a person saving settings never reaches.
/// </summary>
[EnableRateLimiting(Throttling.CredentialPolicy)]
public sealed class SettingsModel(Desk desk, CandidateClock candidateClock, SearchStore searches, ReminderStore reminders, IMailSender sender, MorningMail mail,
    SendNowLimits limits, AddressMail addresses, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    public DeskView View { get; private set; } = null!;
    public string ServerZone => candidateClock.ServerZoneName;

    // What a refused save keeps of what was typed, and the refusals, each for its own section.
    public string? CandidateName { get; private set; }
    public string? CandidateTimeZone { get; private set; }
    public IReadOnlyList<Problem> ProfileProblems { get; private set; } = [];
    public IReadOnlyList<Problem> PasswordProblems { get; private set; } = [];
    public IReadOnlyList<Problem> EmailProblems { get; private set; } = [];
    public string? DeleteProblem { get; private set; }

    public string? ProfileError(string path) => ProfileProblems.FirstOrDefault(p => p.Path == path)?.Message;
    public string? PasswordError(string path) => PasswordProblems.FirstOrDefault(p => p.Path == path)?.Message;

    // The morning email.
    public bool EmailIsSetUp => sender.IsConfigured;
    public bool AddressConfirmed { get; private set; }
    public bool EmailEnabled { get; private set; }
    public int EmailHour { get; private set; } = ReminderStore.DefaultHour;
    public string Address { get; private set; } = "";
    public string ZoneText { get; private set; } = "";
    public IReadOnlyList<string> Troubles { get; private set; } = [];

    // The calendar feed.
    public string? FeedUrl { get; private set; }

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

    /// <summary>A post naming no section saves nothing.</summary>
    public IActionResult OnPost() => Redirect("/settings");

    /// <summary>The label and input of each field of this page, for the lists of problems.</summary>
    public static ProblemField? Field(string path) => path switch
    {
        "candidate.name" => new("Your name", "candidateName"),
        "candidate.employment" => new("Right now you are", "employment"),
        "candidate.timeZone" => new("Your time zone", "timeZone"),
        "current" => new("Current password", "current"),
        "next" => new("New password", "next"),
        "hour" => new("At", "hour"),
        _ => DocumentFields.Label(path) is { } label ? new(label, null) : null,
    };

    /// <summary>Your name, whether you are working now, and your time zone.</summary>
    public async Task<IActionResult> OnPostProfileAsync(string? name, string? employment, string? timeZone, int? version, CancellationToken ct)
    {
        CandidateName = name;
        CandidateTimeZone = timeZone;
        var result = await desk.EditAsync(version, p =>
        {
            var problems = new List<Problem>();
            if (!Wording.TryParse<Employment>(employment ?? "", out var e)) problems.Add(new("candidate.employment", "choose employed or not working"));
            else p.Candidate.Employment = e;
            p.Candidate.Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
            // Empty means "the server's"; anything else must be a zone name (the rules say so).
            p.Candidate.TimeZone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
            return problems;
        }, ct);
        if (result.Saved) return Done("Saved. Your advice and scripts use your name and time zone now.", "you");
        ProfileProblems = result.Problems;
        return await RefusedAsync(result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, ct);
    }

    /// <summary>
    /// Changing the password. The current-password check is a credential check like a sign-in: it
    /// counts towards the account's lockout, so a borrowed session cannot be used to guess it.
    /// </summary>
    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? next, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (string.IsNullOrEmpty(current)) PasswordProblems = [new("current", "enter the password you sign in with now")];
        if (string.IsNullOrEmpty(next)) PasswordProblems = [.. PasswordProblems, new("next", "enter the new password")];
        if (PasswordProblems.Count > 0) return await RefusedAsync(StatusCodes.Status400BadRequest, ct);
        var check = await signIn.CheckPasswordSignInAsync(user, current!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            PasswordProblems = [new("current", "too many attempts. For your safety, changing the password is paused for a few minutes.")];
            Response.Headers.RetryAfter = Throttling.LockoutRetryAfterSeconds;
            return await RefusedAsync(StatusCodes.Status429TooManyRequests, ct);
        }
        if (!check.Succeeded)
        {
            PasswordProblems = [new("current", "this is not the password you sign in with now. Your password is unchanged.")];
            return await RefusedAsync(StatusCodes.Status400BadRequest, ct);
        }
        // ChangePasswordAsync renews the security stamp: every other session and bearer token ends.
        var result = await users.ChangePasswordAsync(user, current!, next!);
        if (!result.Succeeded)
        {
            PasswordProblems = [.. result.Errors.Select(e => new Problem(e.Code == "PasswordMismatch" ? "current" : "next", e.Description))];
            return await RefusedAsync(StatusCodes.Status400BadRequest, ct);
        }
        await signIn.RefreshSignInAsync(user);
        return Done("Your password is changed. Other devices will need to sign in again.", "password");
    }

    /// <summary>The morning email: on or off, and its hour.</summary>
    public async Task<IActionResult> OnPostEmailAsync(string? enabled, string? hour, CancellationToken ct)
    {
        if (!int.TryParse(hour, out var h) || h is < 0 or > 23)
        {
            EmailProblems = [new("hour", "choose an hour from the list")];
            await RefusedAsync(StatusCodes.Status400BadRequest, ct);
            EmailEnabled = enabled == "true";
            return Page();
        }
        var on = enabled == "true";
        await reminders.SaveSettingsAsync(desk.UserId, on, h, candidateClock.Now.UtcDateTime, ct);
        return Done(on ? $"Saved. Your morning email comes at {HourText(h)} on days with something to do." : "Saved. No morning email will be sent.", "email");
    }

    /// <summary>Emails the link that confirms the account's address.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var (problem, retryAfter) = await addresses.SendConfirmationAsync(user, ct);
        if (problem is not null)
        {
            EmailProblems = [new("", $"The confirmation email was not sent: {problem}.")];
            if (retryAfter is { } after) Response.Headers.RetryAfter = Seconds(after);
            return await RefusedAsync(retryAfter is null ? StatusCodes.Status502BadGateway : StatusCodes.Status429TooManyRequests, ct);
        }
        return Done($"A confirmation link is on its way to {user.Email}. Open it within a day.", "email");
    }

    /// <summary>Today's morning email, sent at once.</summary>
    public async Task<IActionResult> OnPostSendNowAsync(CancellationToken ct)
    {
        if (!sender.IsConfigured)
        {
            EmailProblems = [new("", "Email is not set up on this server, so nothing can be sent.")];
            return await RefusedAsync(StatusCodes.Status200OK, ct);
        }
        var (sent, error, limited) = await RemindersApi.SendTodayAsync(desk, reminders, sender, mail, limits, candidateClock, ct);
        if (limited is { } retryAfter)
        {
            EmailProblems = [new("", $"Not sent: {error}.")];
            Response.Headers.RetryAfter = Seconds(retryAfter);
            return await RefusedAsync(StatusCodes.Status429TooManyRequests, ct);
        }
        if (error is not null)
        {
            EmailProblems = [new("", $"The email was not sent: the mail server said \"{error}\". Try again later.")];
            return await RefusedAsync(StatusCodes.Status200OK, ct);
        }
        return Done($"Sent to {sent!.To}: \"{sent.Subject}\".", "email");
    }

    /// <summary>A new secret feed address; the old one stops working at once.</summary>
    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        await searches.SetCalendarTokenAsync(desk.UserId, CalendarFeed.NewToken(), ct);
        return Done("Your private feed address is ready.", "calendar");
    }

    public async Task<IActionResult> OnPostFeedOffAsync(CancellationToken ct)
    {
        await searches.SetCalendarTokenAsync(desk.UserId, null, ct);
        return Done("The feed is off; its address no longer works.", "calendar");
    }

    /// <summary>Deletes the account and, with it, the search and every setting (the database cascades); asks for the password first.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string? password, bool confirm, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Redirect("/account/login");
        if (!confirm) DeleteProblem = "Tick the box to confirm that you want your account and your search deleted. Nothing was deleted.";
        else if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)) DeleteProblem = "That is not the password you sign in with. Nothing was deleted.";
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
        return await RefusedAsync(StatusCodes.Status400BadRequest, ct);
    }

    private RedirectResult Done(string flash, string section)
    {
        TempData["Flash"] = flash;
        return Redirect($"/settings#{section}");
    }

    private async Task<PageResult> RefusedAsync(int status, CancellationToken ct)
    {
        Response.StatusCode = status;
        await LoadAsync(ct);
        return Page();
    }

    private static string Seconds(TimeSpan t) => ((int)Math.Ceiling(t.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = desk.UserId;
        View = await desk.LoadAsync(ct);
        var settings = await reminders.SettingsAsync(userId, ct);
        EmailEnabled = settings.Enabled;
        EmailHour = settings.Hour;
        Address = await reminders.EmailAsync(userId, ct) ?? "";
        AddressConfirmed = await reminders.ConfirmedEmailAsync(userId, ct) is not null;
        ZoneText = View.Pipeline.Candidate.TimeZone is { } zone && Zones.IsKnown(zone)
            ? zone.Replace('_', ' ')
            : "not set above, so this server's";
        var today = View.Today;
        Troubles = [.. (await reminders.RecentAsync(userId, 14, ct))
            .Where(r => r.Status is ReminderSendStatus.Failed or ReminderSendStatus.Retrying)
            .Select(r => Trouble(r, today))];
        var token = await searches.CalendarTokenAsync(userId, ct);
        FeedUrl = token is null ? null : $"{Request.Scheme}://{Request.Host}/calendar/{token}.ics";
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
