using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using MimeKit;
using NodaTime;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Web.Reminders;

/// <summary>The signed, sign-in-free link that turns the morning email off (RFC 8058 one-click).</summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    // Long enough for an old email to still work; the link can only turn reminders off.
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(120);

    // The expiry is in the signed payload and checked against the app's clock (the framework's
    // time-limited protector reads the machine's clock instead).
    private IDataProtector Protector => protection.CreateProtector("OfferDesk.MorningEmail.Unsubscribe.v1");

    public string TokenFor(string userId) =>
        Protector.Protect($"{(clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds()}|{userId}");

    /// <summary>The user the token was made for, or null when it is forged, damaged or expired.</summary>
    public string? UserFor(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000) return null;
        string payload;
        try
        {
            payload = Protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var bar = payload.IndexOf('|');
        return bar > 0 && long.TryParse(payload[..bar], out var expires) && expires > clock.GetUtcNow().ToUnixTimeSeconds()
            ? payload[(bar + 1)..]
            : null;
    }
}

/// <summary>Builds the morning email as a MIME message: both parts, the standard headers and the unsubscribe link.</summary>
public sealed class MorningMail(IMailSender sender, UnsubscribeLinks unsubscribe, TimeProvider clock, IConfiguration config)
{
    public const string StopPath = "/reminders/stop";

    /// <summary>
    /// Where people open OfferDesk: <c>PublicUrl</c>, which the app requires at start when email is
    /// set up (<see cref="MorningEmailSetup"/>). Never a request's Host header: a request naming
    /// another host would otherwise get an email whose links lead there (issue 22).
    /// </summary>
    public Uri BaseUrl => MorningEmailSetup.PublicUrl(config) ?? new Uri("http://localhost:5080/");

    /// <summary>The message for the day, or null on a day with nothing due and nothing to watch.</summary>
    public MimeMessage? Build(string userId, string address, DateOnly day, Pipeline pipeline, bool evenIfEmpty = false)
    {
        var advice = Advisor.Advise(pipeline, day);
        var root = BaseUrl;
        var stop = new Uri(root, $"{StopPath}?t={Uri.EscapeDataString(unsubscribe.TokenFor(userId))}");
        var links = new MorningLinks(new Uri(root, "/"), stop, new Uri(root, "/settings#email"));
        var composed = MorningDigest.Compose(pipeline, advice, links);
        if (composed is null)
        {
            if (!evenIfEmpty) return null;
            composed = NothingDue(day, links);
        }

        var message = new MimeMessage();
        message.From.Add(sender.From ?? new MailboxAddress("OfferDesk", "offerdesk@localhost"));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = composed.Subject;
        message.Date = clock.GetUtcNow();
        // One id per person and day: if a send is ever repeated (an instance died after the mail
        // server took the message but before it was recorded), mail clients see the same message.
        var domain = message.From.Mailboxes.First().Domain is { Length: > 0 } d ? d : "offerdesk.local";
        message.MessageId = $"morning.{day:yyyyMMdd}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..20]}@{domain}";
        message.Headers.Add("List-Unsubscribe", $"<{stop.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("List-Id", $"OfferDesk morning email <morning.{domain}>");
        // RFC 3834: written by a program, so vacation responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = composed.Text, HtmlBody = composed.Html }.ToMessageBody();
        return message;
    }

    /// <summary>The test message on a day with nothing to say, so "send me a test" always proves the path works.</summary>
    private static MorningMessage NothingDue(DateOnly day, MorningLinks links)
    {
        var text = $"Good morning.\n\nNothing is due on {Wording.Spoken(day)} and nothing needs watching, so on a day like this no morning email is sent. This one is the test you asked for: email from OfferDesk reaches you.\n\nOpen Today in OfferDesk: {links.Today}\n";
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>OfferDesk test</title></head><body>"
            + $"<p>Good morning.</p><p>Nothing is due on {System.Net.WebUtility.HtmlEncode(Wording.Spoken(day))} and nothing needs watching, so on a day like this no morning email is sent. This one is the test you asked for: email from OfferDesk reaches you.</p>"
            + $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(links.Today!.ToString())}\">Open Today in OfferDesk</a></p></body></html>\n";
        return new MorningMessage("Your OfferDesk test email: nothing is due today", text, html);
    }
}
