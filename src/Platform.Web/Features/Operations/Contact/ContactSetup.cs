using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Email;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Features.Operations.Contact.Review;
using Platform.Web.Features.Operations.Contact.Summary;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Operations.Contact;

/// <summary>National work packages: triage by facts, human decisions, warning emails, letters, visits, referrals, outcomes.</summary>
public static class ContactSetup
{
    public static IServiceCollection AddOperationContact(this IServiceCollection services) => services
        .AddScoped<OperationAccess>()
        .AddScoped<PersonQueries>()
        .AddScoped<ListPersonsHandler>()
        .AddScoped<PersonDetailHandler>()
        .AddScoped<ReviewListHandler>()
        .AddScoped<ReassignPersonHandler>()
        .AddScoped<DecideContactHandler>()
        .AddScoped<RecordOutcomeHandler>()
        .AddScoped<WarningTemplates>()
        .AddScoped<WarningEmailQueue>()
        .AddScoped<ContactSummaryHandler>()
        .AddScoped<Letters.LetterHandler>()
        .AddScoped<ReferIntoCasesHandler>()
        .AddScoped<SaveWarningSettingsHandler>()
        .AddJobHandler<SendWarningEmailsJob>();

    public static WebApplication MapOperationContact(this WebApplication app)
    {
        app.MapContactApi();
        return app;
    }
}
