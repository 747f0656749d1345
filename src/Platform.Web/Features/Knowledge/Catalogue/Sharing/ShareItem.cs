using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Sharing;

public sealed record SharingResult(Guid Id, TlpMarking Tlp, IReadOnlyList<string> AmberAgencyCodes, int RedMemberCount, ReleaseState ReleaseState, Guid Version);

/// <summary>Changes the TLP marking of an intervention or document, or releases it (four eyes), for its owning agency.</summary>
public sealed class ShareItemHandler(AppDbContext db, ItemSharing sharing, IAuditLog audit)
{
    public async Task<Outcome<SharingResult>> SetMarkingAsync<T>(KnowledgeActor actor, Guid id, ShareInput input, CancellationToken cancellationToken = default)
        where T : class, IKnowledgeItem
    {
        var item = await FindEditableAsync<T>(actor, id, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound<SharingResult>();
        }

        var errors = await sharing.CheckAsync(item.OwnerAgencyCode, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SharingResult>(errors);
        }

        if (!ItemSharing.Changes(item, input))
        {
            return Outcome.Ok(Result(item));
        }

        if (!sharing.ExpectVersion(item, input.Version))
        {
            return Conflict();
        }

        var before = ItemSharing.Describe(item);
        ItemSharing.ApplyMarking(item, input);
        sharing.MarkEdited(item, actor.MemberId);
        if (!await SaveAsync(cancellationToken))
        {
            return Conflict();
        }

        await AuditAsync(item, "tlp-changed", $"{before} → {ItemSharing.Describe(item)}; back to national draft", cancellationToken);
        return Outcome.Ok(Result(item));
    }

    /// <summary>Releases a draft under the marking the releaser confirms (it may adjust it in the same step).</summary>
    public async Task<Outcome<SharingResult>> ReleaseAsync<T>(KnowledgeActor actor, Guid id, ShareInput input, CancellationToken cancellationToken = default)
        where T : class, IKnowledgeItem
    {
        var item = await FindEditableAsync<T>(actor, id, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound<SharingResult>();
        }

        if (item.ReleaseState == ReleaseState.Released)
        {
            return Outcome.Invalid<SharingResult>("", "This item is already released.");
        }

        if (!actor.CanRelease(item))
        {
            return Outcome.Invalid<SharingResult>("", "You made the last change to this item, so another member of your agency must release it (four eyes).");
        }

        var errors = await sharing.CheckAsync(item.OwnerAgencyCode, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<SharingResult>(errors);
        }

        if (!sharing.ExpectVersion(item, input.Version))
        {
            return Conflict();
        }

        var before = ItemSharing.Describe(item);
        var markingChanged = ItemSharing.Changes(item, input);
        ItemSharing.ApplyMarking(item, input);
        sharing.MarkReleased(item, actor.MemberId);
        if (!await SaveAsync(cancellationToken))
        {
            return Conflict();
        }

        if (markingChanged)
        {
            await AuditAsync(item, "tlp-changed", $"{before} → {ItemSharing.Describe(item)} at release", cancellationToken);
        }

        await AuditAsync(item, "released", ItemSharing.Describe(item), cancellationToken);
        return Outcome.Ok(Result(item));
    }

    internal static Outcome<SharingResult> Conflict() => Outcome.Invalid<SharingResult>(KnowledgeResults.VersionField, ItemSharing.ConflictMessage);

    private async Task<T?> FindEditableAsync<T>(KnowledgeActor actor, Guid id, CancellationToken cancellationToken) where T : class, IKnowledgeItem
    {
        var item = await db.Set<T>().Where(ShareVisibility.VisibleTo<T>(actor.Viewer)).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is not null && actor.CanEdit(item) ? item : null;
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private Task AuditAsync(IKnowledgeItem item, string verb, string details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent($"knowledge.{KindOf(item)}.{verb}", item.GetType().Name, item.Id.ToString(), item.OwnerAgencyCode, Details: details), cancellationToken);

    internal static string KindOf(IKnowledgeItem item) => item is Intervention ? "intervention" : "document";

    private static SharingResult Result(IKnowledgeItem item) =>
        new(item.Id, item.Tlp, item.AmberAgencyCodes, item.RedMemberIds.Count, item.ReleaseState, item.Version);
}
