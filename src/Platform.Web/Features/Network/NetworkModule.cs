using Platform.Web.Features.Network.Agencies;
using Platform.Web.Features.Network.Demo;
using Platform.Web.Features.Network.Directory;
using Platform.Web.Features.Network.Invitations;
using Platform.Web.Features.Network.Members;
using Platform.Web.Features.Network.Partners;
using Platform.Web.Features.Network.Teams;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Network;

public static class NetworkModule
{
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddNetworkPolicies();

        services.AddScoped<ListDirectoryHandler>();
        services.AddScoped<GetAgencyProfileHandler>();

        services.AddScoped<ListAgenciesHandler>();
        services.AddScoped<CreateAgencyHandler>();
        services.AddScoped<UpdateAgencyHandler>();
        services.AddScoped<SetAgencyActiveHandler>();

        services.AddScoped<ListTeamsHandler>();
        services.AddScoped<CreateTeamHandler>();
        services.AddScoped<RenameTeamHandler>();
        services.AddScoped<DeleteTeamHandler>();

        services.AddScoped<ListPartnersHandler>();
        services.AddScoped<CreatePartnerHandler>();
        services.AddScoped<UpdatePartnerHandler>();

        services.AddScoped<ListMembersHandler>();
        services.AddScoped<GetMemberHandler>();
        services.AddScoped<UpdateMemberHandler>();
        services.AddScoped<SetMemberActiveHandler>();

        services.AddScoped<InvitationMailer>();
        services.AddScoped<ListInvitationsHandler>();
        services.AddScoped<CreateInvitationHandler>();
        services.AddScoped<RevokeInvitationHandler>();
        services.AddScoped<ResendInvitationHandler>();

        services.AddSingleton<IDemoSeeder, NetworkDemoSeeder>();
        return services;
    }

    public static WebApplication MapNetwork(this WebApplication app)
    {
        app.MapAgenciesApi();
        app.MapTeamsApi();
        app.MapPartnersApi();
        app.MapMembersApi();
        app.MapInvitationsApi();
        return app;
    }
}
