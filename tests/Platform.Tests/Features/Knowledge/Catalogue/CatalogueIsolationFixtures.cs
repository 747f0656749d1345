using Platform.Tests.Guards;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Catalogue;

/// <summary>
/// Catalogue items of agency B that agency A must never reach. Shareable items are not agency-owned, so these are
/// optional builders; the harness keeps one row per type, hence each type carries a different rule:
/// Intervention = B's national draft; InterventionText = the text of a released AMBER profile that lists another
/// agency but not A; KnowledgeDocument = a released AMBER material of the draft; KnowledgeDocumentContent = the bytes
/// of a released RED document naming only a member of B (its key is the document's id, so routes get probed with it).
/// </summary>
public sealed class CatalogueIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(c => c.Db.Interventions.Add(Profile(c, ReleaseState.NationalDraft, TlpMarking.Green)).Entity)
        .Add(c =>
        {
            var amber = c.Db.Interventions.Add(Profile(c, ReleaseState.Released, TlpMarking.Amber)).Entity;
            amber.AmberAgencyCodes = ["GB"];
            return c.Db.InterventionTexts.Add(new InterventionText
            {
                InterventionId = amber.Id,
                Language = "nl",
                Name = c.Marker("AmberTextName"),
                Summary = c.Marker("AmberTextSummary"),
            }).Entity;
        })
        .Add(async c =>
        {
            var document = Document(c, (await c.GetAsync<Intervention>()).Id, TlpMarking.Amber);
            document.AmberAgencyCodes = ["GB"];
            return c.Db.KnowledgeDocuments.Add(document).Entity;
        })
        .Add(c =>
        {
            var red = Document(c, null, TlpMarking.Red);
            red.RedMemberIds = [c.Member(Roles.PreventionOfficer).Id];
            c.Db.KnowledgeDocuments.Add(red);
            return c.Db.KnowledgeDocumentContents.Add(new KnowledgeDocumentContent { DocumentId = red.Id, Bytes = "red"u8.ToArray() }).Entity;
        });

    private static Intervention Profile(IsolationFixtureContext c, ReleaseState state, TlpMarking tlp)
    {
        var author = c.Member(Roles.PreventionOfficer).Id;
        return new Intervention
        {
            // Not a marker: the sweep puts keys into URLs, and pages that echo a URL (errors, search boxes) would "leak" it.
            Slug = $"b-{state.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}",
            Name = c.Marker("InterventionName"),
            Summary = c.Marker("InterventionSummary"),
            Description = c.Marker("InterventionDescription"),
            ContactName = c.Marker("InterventionContact"),
            OwnerAgencyCode = c.AgencyCode,
            CreatedBy = author,
            LastEditedBy = author,
            ReleasedBy = state == ReleaseState.Released ? c.Member(Roles.CountryAdmin).Id : null,
            ReleaseState = state,
            Tlp = tlp,
            Languages = ["nl"],
            DeliveryFormats = [DeliveryFormat.InPerson],
            Components = [new InterventionComponent { Name = c.Marker("ComponentName") }],
            CreatedAt = c.Clock.GetUtcNow(),
            UpdatedAt = c.Clock.GetUtcNow(),
        };
    }

    private static KnowledgeDocument Document(IsolationFixtureContext c, Guid? interventionId, TlpMarking tlp)
    {
        var author = c.Member(Roles.PreventionOfficer).Id;
        return new KnowledgeDocument
        {
            Title = c.Marker("DocumentTitle"),
            Description = c.Marker("DocumentDescription"),
            OwnerAgencyCode = c.AgencyCode,
            InterventionId = interventionId,
            Language = "nl",
            FileName = c.Marker("file") + ".txt",
            ContentType = "text/plain",
            SizeBytes = 3,
            Sha256 = new string('0', 64),
            ExtractedText = c.Marker("DocumentText"),
            CreatedBy = author,
            LastEditedBy = author,
            ReleasedBy = c.Member(Roles.CountryAdmin).Id,
            ReleaseState = ReleaseState.Released,
            Tlp = tlp,
            CreatedAt = c.Clock.GetUtcNow(),
            UpdatedAt = c.Clock.GetUtcNow(),
        };
    }
}
