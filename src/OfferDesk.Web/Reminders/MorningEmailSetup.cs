using OfferDesk.Data;

namespace OfferDesk.Web.Reminders;

public static class MorningEmailSetup
{
    /// <summary>The morning email's services; a half-configured mail server stops the app at start, saying what is wrong.</summary>
    public static IServiceCollection AddMorningEmail(this IServiceCollection services, IConfiguration config)
    {
        var smtp = SmtpSettings.Read(config);
        // The links in an email can only come from configuration: with email on, the address people
        // open OfferDesk at must be said, or the app does not start.
        if (smtp is not null && PublicUrl(config) is null)
            throw new Infrastructure.StartupRefusal(string.IsNullOrWhiteSpace(config["PublicUrl"])
                ? "OfferDesk cannot start: email is set up (Smtp__Host) but PublicUrl is not: set PublicUrl to the address people open OfferDesk at (such as https://offers.example.org), for the links in the email."
                : $"OfferDesk cannot start: PublicUrl \"{config["PublicUrl"]}\" is not a web address: use the address people open OfferDesk at, such as https://offers.example.org.");
        services.AddSingleton<IMailSender>(new SmtpMailSender(smtp));
        services.AddSingleton<SendNowLimits>();
        services.AddScoped<ReminderStore>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddSingleton<MorningMail>();
        services.AddSingleton<MorningEmails>();
        services.AddHostedService<MorningEmailService>();
        return services;
    }

    /// <summary>The configured <c>PublicUrl</c> when it is an http(s) address, else null.</summary>
    public static Uri? PublicUrl(IConfiguration config) =>
        Uri.TryCreate(config["PublicUrl"]?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
