using Microsoft.Extensions.Options;

namespace Platform.Web.Infrastructure.Mail;

public static class MailingSetup
{
    public static IServiceCollection AddMailing(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton(new MailOutbox(Path.Combine(dataDirectory, "mail-outbox")));
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<OutboxEmailSender>();
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesOutbox
            ? sp.GetRequiredService<OutboxEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
