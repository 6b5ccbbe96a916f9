using System.Net;
using Microsoft.AspNetCore.Identity;
using MimeKit;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// The two emails about the address itself (issue 22), sent through the same mail server as the
/// morning email and only when one is set up: a link that confirms the address (no other email
/// goes to an address before), and a link to choose a new password, by which the owner of an
/// address someone else registered takes the account back. Both links are Identity's signed
/// tokens, valid a day (a reset link also ends when the password changes), and lead to
/// <c>PublicUrl</c>. Each counts towards <see cref="SendNowLimits"/>: nobody can mail an address
/// over and over through them.
/// </summary>
public sealed class AddressMail(UserManager<IdentityUser> users, IMailSender sender, MorningMail mail, SendNowLimits limits, TimeProvider clock)
{
    public const string ConfirmPath = "/account/confirm";
    public const string ResetPath = "/account/reset";

    /// <summary>Whether the morning email needs the address confirmed: only where email is set up at all.</summary>
    public bool Required => sender.IsConfigured;

    /// <summary>Sends the confirmation link; null when sent, else why not (in words, and when to try again if limited).</summary>
    public async Task<(string? Problem, TimeSpan? RetryAfter)> SendConfirmationAsync(IdentityUser user, CancellationToken ct)
    {
        if (!sender.IsConfigured || user.Email is not { } address) return ("email is not set up on this server", null);
        if (user.EmailConfirmed) return (null, null);
        using var permit = limits.TryAcquire(user.Id, address);
        if (!permit.Granted) return (permit.Refusal, permit.RetryAfter);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link(ConfirmPath, user.Id, token);
        var message = Message(address, "Confirm your address for OfferDesk",
            $"Someone (you, we hope) asked OfferDesk to send its morning email to this address.\n\nTo confirm it is yours, open this link within a day:\n{link}\n\nIf it was not you, ignore this email: nothing more will be sent to you.\n",
            $"<p>Someone (you, we hope) asked OfferDesk to send its morning email to this address.</p><p><a href=\"{WebUtility.HtmlEncode(link.AbsoluteUri)}\">Confirm that this address is yours</a> (the link works for a day).</p><p>If it was not you, ignore this email: nothing more will be sent to you.</p>");
        return await SendAsync(message, ct);
    }

    /// <summary>Sends a link to choose a new password to the account with this address, if there is one; says nothing either way.</summary>
    public async Task SendResetAsync(string address, CancellationToken ct)
    {
        if (!sender.IsConfigured || await users.FindByEmailAsync(address.Trim()) is not { Email: { } to } user) return;
        using var permit = limits.TryAcquire(user.Id, to);
        if (!permit.Granted) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link(ResetPath, user.Id, token);
        var message = Message(to, "Choose a new password for OfferDesk",
            $"Someone (you, we hope) asked to choose a new password for the OfferDesk account of this address.\n\nOpen this link within a day to choose it:\n{link}\n\nChoosing a new password signs out every device signed in to this account. If it was not you, ignore this email: your password stays as it is.\n",
            $"<p>Someone (you, we hope) asked to choose a new password for the OfferDesk account of this address.</p><p><a href=\"{WebUtility.HtmlEncode(link.AbsoluteUri)}\">Choose a new password</a> (the link works for a day).</p><p>Choosing a new password signs out every device signed in to this account. If it was not you, ignore this email: your password stays as it is.</p>");
        await SendAsync(message, ct);
    }

    private Uri Link(string path, string userId, string token) =>
        new(mail.BaseUrl, $"{path}?u={Uri.EscapeDataString(userId)}&t={Uri.EscapeDataString(token)}");

    private MimeMessage Message(string to, string subject, string text, string htmlBody)
    {
        var message = new MimeMessage();
        message.From.Add(sender.From ?? new MailboxAddress("OfferDesk", "offerdesk@localhost"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = clock.GetUtcNow();
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder
        {
            TextBody = text,
            HtmlBody = $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head><body>{htmlBody}</body></html>\n",
        }.ToMessageBody();
        return message;
    }

    private async Task<(string? Problem, TimeSpan? RetryAfter)> SendAsync(MimeMessage message, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(message, ct);
            return (null, null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return ($"the mail server said \"{e.Message.ReplaceLineEndings(" ").Trim()}\"", null);
        }
    }
}
