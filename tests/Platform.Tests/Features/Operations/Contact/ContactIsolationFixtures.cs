using Platform.Tests.Guards;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Operations.Contact;

/// <summary>Agency B's contact decisions, outcomes, warning text and sender settings, for the isolation sweep.</summary>
public sealed class ContactIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(async c =>
        {
            var person = await c.GetAsync<OperationPerson>();
            return c.Db.ContactActions.Add(new ContactAction
            {
                AgencyCode = c.AgencyCode,
                OperationId = person.OperationId,
                PersonId = person.Id,
                Kind = ContactActionKind.Letter,
                Status = ContactActionStatus.Planned,
                Language = "en",
                Notes = c.Marker("ActionNotes"),
                DecidedById = c.Member(Roles.PreventionOfficer).Id,
                DecidedAt = c.Clock.GetUtcNow(),
            }).Entity;
        })
        .Add(async c =>
        {
            var action = await c.GetAsync<ContactAction>();
            return c.Db.ContactOutcomes.Add(new ContactOutcome
            {
                AgencyCode = c.AgencyCode,
                ActionId = action.Id,
                PersonId = action.PersonId,
                Kind = ContactOutcomeKind.Responded,
                At = c.Clock.GetUtcNow(),
                Notes = c.Marker("OutcomeNotes"),
            }).Entity;
        })
        .Add(c => c.Db.WarningTemplates.Add(new WarningTemplate
        {
            AgencyCode = c.AgencyCode,
            Language = "en",
            Subject = c.Marker("TemplateSubject"),
            Body = c.Marker("TemplateBody"),
            UpdatedById = c.Member(Roles.CountryAdmin).Id,
        }).Entity)
        .Add(c => c.Db.ContactSenderSettings.Add(new ContactSenderSettings
        {
            AgencyCode = c.AgencyCode,
            FromAddress = c.MarkerEmail("SenderFrom"),
            DisplayName = c.Marker("SenderName"),
            ContactPoint = c.Marker("ContactPoint"),
        }).Entity);
}
