namespace Platform.Web.Features.Operations.Contact;

public static class ContactSetup
{
    public static IServiceCollection AddOperationContact(this IServiceCollection services) => services;

    public static WebApplication MapOperationContact(this WebApplication app) => app;
}
