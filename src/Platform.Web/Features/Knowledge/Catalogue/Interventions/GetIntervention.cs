using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue.Documents;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>
/// One profile with its translations and the materials the viewer may see. <see cref="People"/> names the author,
/// last editor and releaser for the owning agency only; other agencies see the agency, not its members.
/// </summary>
public sealed record InterventionDetails(
    Intervention Item,
    IReadOnlyList<TranslationView> Translations,
    IReadOnlyList<DocumentSummary> Materials,
    IReadOnlyDictionary<string, string> People,
    string OwnerAgencyName)
{
    public string? NameOf(string? memberId) => memberId is not null && People.TryGetValue(memberId, out var name) ? name : null;
}

public sealed class GetInterventionHandler(AppDbContext db)
{
    public async Task<InterventionDetails?> BySlugAsync(KnowledgeActor actor, string slug, CancellationToken cancellationToken = default) =>
        await DetailsAsync(actor, await Visible(actor).FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken), cancellationToken);

    public async Task<InterventionDetails?> ByIdAsync(KnowledgeActor actor, Guid id, CancellationToken cancellationToken = default) =>
        await DetailsAsync(actor, await Visible(actor).FirstOrDefaultAsync(i => i.Id == id, cancellationToken), cancellationToken);

    private IQueryable<Intervention> Visible(KnowledgeActor actor) =>
        db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer));

    private async Task<InterventionDetails?> DetailsAsync(KnowledgeActor actor, Intervention? item, CancellationToken cancellationToken)
    {
        if (item is null)
        {
            return null;
        }

        var translations = await db.InterventionTexts.AsNoTracking()
            .Where(t => t.InterventionId == item.Id)
            .OrderBy(t => t.Language)
            .Select(t => new TranslationView(t.Language, t.Name, t.Summary, t.Description))
            .ToListAsync(cancellationToken);
        var materials = await db.KnowledgeDocuments.AsNoTracking()
            .Where(ShareVisibility.VisibleTo<KnowledgeDocument>(actor.Viewer))
            .Where(d => d.InterventionId == item.Id)
            .OrderBy(d => d.Title)
            .Select(DocumentSummary.Projection)
            .ToListAsync(cancellationToken);
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        if (actor.Viewer.BelongsTo(item.OwnerAgencyCode))
        {
            var ids = new[] { item.CreatedBy, item.LastEditedBy, item.ReleasedBy ?? "" };
            people = await db.Users.AsNoTracking()
                .Where(m => ids.Contains(m.Id) && m.AgencyCode == item.OwnerAgencyCode)
                .ToDictionaryAsync(m => m.Id, m => m.DisplayName, StringComparer.Ordinal, cancellationToken);
        }

        var agencyName = await db.Agencies.AsNoTracking().Where(a => a.Code == item.OwnerAgencyCode)
            .Select(a => a.CountryName).FirstOrDefaultAsync(cancellationToken) ?? item.OwnerAgencyCode;
        return new InterventionDetails(item, translations, materials, people, agencyName);
    }
}
