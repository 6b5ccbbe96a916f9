using OfferDesk.Data;

namespace OfferDesk.Web.Reminders;

public static class MorningEmailSetup
{
    /// <summary>The morning email's services; a half-configured mail server stops the app at start, saying what is wrong.</summary>
    public static IServiceCollection AddMorningEmail(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<IMailSender>(new SmtpMailSender(SmtpSettings.Read(config)));
        services.AddScoped<ReminderStore>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddSingleton<MorningMail>();
        services.AddSingleton<MorningEmails>();
        services.AddHostedService<MorningEmailService>();
        return services;
    }
}
