using Platform.Tests.Guards;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Operations;

/// <summary>
/// Agency B's operation (B the only participant) and one of B's account holders in it, with evidence and a pseudonym.
/// Parts of the Operations module add builders for their own agency-owned rows here.
/// </summary>
public sealed class OperationsIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(c =>
        {
            var operation = new Operation
            {
                Code = "BOP-" + Guid.NewGuid().ToString("N")[..12],
                Name = c.Marker("OperationName"),
                TargetService = c.Marker("Service") + ".example",
                CoordinatingAgencyCode = c.AgencyCode,
                LegalBasisNote = c.Marker("LegalBasis"),
                CreatedAt = c.Clock.GetUtcNow(),
                CreatedById = c.Member(Roles.CountryAdmin).Id,
            };
            operation.Participants.Add(new OperationParticipant { AgencyCode = c.AgencyCode, AddedAt = c.Clock.GetUtcNow() });
            return c.Db.Operations.Add(operation).Entity;
        })
        .Add(async c => c.Db.OperationPersons.Add(new OperationPerson
        {
            OperationId = (await c.GetAsync<Operation>()).Id,
            AgencyCode = c.AgencyCode,
            PersonKey = c.Marker("PersonKey"),
            AttributedCountry = c.AgencyCode,
            Confidence = AttributionConfidence.High,
            Usernames = [c.Marker("Username")],
            Emails = [c.MarkerEmail("PersonEmail")],
            AccountCount = 1,
            AttackCount = 3,
            CreatedAt = c.Clock.GetUtcNow(),
            UpdatedAt = c.Clock.GetUtcNow(),
            Evidence = [new PersonEvidence { Kind = EvidenceKind.EmailCountryDomain, Value = c.Marker("EvidenceValue"), Country = c.AgencyCode }],
            Pseudonyms = ["BPSEUDO" + Guid.NewGuid().ToString("N")[..12]],
        }).Entity);
}
