using MailKit.Net.Smtp;
using MimeKit;

namespace OfferDesk.Web.Reminders;

/// <summary>Hands a message to the mail server; throws when it is not accepted.</summary>
public interface IMailSender
{
    /// <summary>Whether a mail server is configured at all.</summary>
    bool IsConfigured { get; }

    /// <summary>The address messages come from.</summary>
    MailboxAddress? From { get; }

    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>SMTP through MailKit: one connection per message, which at one email per person per day is plenty.</summary>
public sealed class SmtpMailSender(SmtpSettings? settings) : IMailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool IsConfigured => settings is not null;

    public MailboxAddress? From => settings?.From;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var s = settings ?? throw new InvalidOperationException("email is not set up on this server (Smtp:Host)");
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(s.Host, s.Port, s.Security, ct);
        if (s.Username is not null) await client.AuthenticateAsync(s.Username, s.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
