namespace Platform.Web.Features.Network;

public static class NetworkModule
{
    public static IServiceCollection AddNetwork(this IServiceCollection services) => services;

    public static WebApplication MapNetwork(this WebApplication app) => app;
}
