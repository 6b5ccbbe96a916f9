using MailKit.Security;
using MimeKit;

namespace OfferDesk.Web.Reminders;

/// <summary>
/// The mail server the morning email goes through: <c>Smtp:Host</c>, <c>Port</c>, <c>Username</c>,
/// <c>Password</c>, <c>From</c> and <c>Security</c> (none, starttls or tls). Without a host,
/// email is simply not set up on this server.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, string? Username, string? Password, MailboxAddress From, SecureSocketOptions Security)
{
    /// <summary>The settings, or null when no host is configured; a half-done configuration refuses to start, saying what is wrong.</summary>
    public static SmtpSettings? Read(IConfiguration config)
    {
        var section = config.GetSection("Smtp");
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host)) return null;

        var problems = new List<string>();
        var security = section["Security"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            var other => Bad($"Smtp:Security \"{other}\" is not one of none, starttls, tls", SecureSocketOptions.None),
        };
        var port = security == SecureSocketOptions.SslOnConnect ? 465 : 587;
        if (section["Port"] is { Length: > 0 } text && !(int.TryParse(text, out port) && port is > 0 and < 65536))
            port = Bad($"Smtp:Port \"{text}\" is not a port number (1-65535)", 0);
        MailboxAddress? from = null;
        if (string.IsNullOrWhiteSpace(section["From"])) problems.Add("Smtp:From is required when Smtp:Host is set (the address the email comes from)");
        else if (!MailboxAddress.TryParse(section["From"], out from)) problems.Add($"Smtp:From \"{section["From"]}\" is not an email address");
        var user = section["Username"];
        if (!string.IsNullOrEmpty(user) && string.IsNullOrEmpty(section["Password"])) problems.Add("Smtp:Password is required when Smtp:Username is set");
        if (problems.Count > 0) throw new Infrastructure.StartupRefusal("OfferDesk cannot start: the mail server settings have problems: " + string.Join("; ", problems) + ".");
        return new SmtpSettings(host.Trim(), port, string.IsNullOrEmpty(user) ? null : user, section["Password"], from!, security);

        T Bad<T>(string problem, T value)
        {
            problems.Add(problem);
            return value;
        }
    }
}
