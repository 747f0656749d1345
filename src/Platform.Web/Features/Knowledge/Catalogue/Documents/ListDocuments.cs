using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

public sealed record DocumentListQuery(string? Search = null, DocumentKind? Kind = null, Guid? InterventionId = null, bool NetworkOnly = false, int? Page = null, int? PageSize = null);

/// <summary>A document with the intervention it belongs to (when the viewer may see that) and, for the owner, who did what.</summary>
public sealed record DocumentDetails(KnowledgeDocument Document, string? InterventionSlug, string? InterventionName, IReadOnlyDictionary<string, string> People)
{
    public string? NameOf(string? memberId) => memberId is not null && People.TryGetValue(memberId, out var name) ? name : null;
}

/// <summary>Reading documents; every query goes through <see cref="ShareVisibility"/>.</summary>
public sealed class ListDocumentsHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<PageOf<DocumentSummary>> HandleAsync(KnowledgeActor actor, DocumentListQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize, defaultSize: 20);
        var items = Visible(actor);
        if (query.Kind is { } kind)
        {
            items = items.Where(d => d.Kind == kind);
        }

        if (query.InterventionId is { } interventionId)
        {
            items = items.Where(d => d.InterventionId == interventionId);
        }
        else if (query.NetworkOnly)
        {
            items = items.Where(d => d.InterventionId == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            items = items.Where(d => d.Title.ToLower().Contains(term) || d.Description.ToLower().Contains(term));
        }

        return await PageAsync(items.OrderByDescending(d => d.UpdatedAt), paging, cancellationToken);
    }

    public async Task<PageOf<DocumentSummary>> DraftsAsync(KnowledgeActor actor, int? page, CancellationToken cancellationToken = default)
    {
        var agency = actor.AgencyCode;
        var items = Visible(actor).Where(d => agency != null && d.OwnerAgencyCode == agency && d.ReleaseState == ReleaseState.NationalDraft);
        return await PageAsync(items.OrderByDescending(d => d.UpdatedAt), Paging.From(page, 20), cancellationToken);
    }

    public async Task<DocumentDetails?> GetAsync(KnowledgeActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var document = await Visible(actor).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var intervention = document.InterventionId is { } interventionId
            ? await db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer))
                .Where(i => i.Id == interventionId).Select(i => new { i.Slug, i.Name }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        if (actor.Viewer.BelongsTo(document.OwnerAgencyCode))
        {
            var ids = new[] { document.CreatedBy, document.LastEditedBy, document.ReleasedBy ?? "" };
            people = await db.Users.AsNoTracking().Where(m => ids.Contains(m.Id) && m.AgencyCode == document.OwnerAgencyCode)
                .ToDictionaryAsync(m => m.Id, m => m.DisplayName, StringComparer.Ordinal, cancellationToken);
        }

        return new DocumentDetails(document, intervention?.Slug, intervention?.Name, people);
    }

    /// <summary>The bytes of a visible document; downloads of AMBER and RED documents are audited.</summary>
    public async Task<(KnowledgeDocument Document, byte[] Bytes)?> ContentAsync(KnowledgeActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var document = await Visible(actor).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        var content = document is null ? null
            : await db.KnowledgeDocumentContents.AsNoTracking().FirstOrDefaultAsync(c => c.DocumentId == document.Id, cancellationToken);
        if (document is null || content is null)
        {
            return null;
        }

        if (document.Tlp is TlpMarking.Amber or TlpMarking.Red)
        {
            await audit.RecordAsync(new AuditEvent("knowledge.document.downloaded", nameof(KnowledgeDocument), document.Id.ToString(), document.OwnerAgencyCode,
                Details: ItemSharing(document)), cancellationToken);
        }

        return (document, content.Bytes);
    }

    private static string ItemSharing(KnowledgeDocument document) => Sharing.ItemSharing.Describe(document);

    private IQueryable<KnowledgeDocument> Visible(KnowledgeActor actor) =>
        db.KnowledgeDocuments.AsNoTracking().Where(ShareVisibility.VisibleTo<KnowledgeDocument>(actor.Viewer));

    private static async Task<PageOf<DocumentSummary>> PageAsync(IQueryable<KnowledgeDocument> items, Paging paging, CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.Skip(paging.Skip).Take(paging.PageSize).Select(DocumentSummary.Projection).ToListAsync(cancellationToken);
        return new PageOf<DocumentSummary>(rows, paging.Page, paging.PageSize, total);
    }
}
