using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>Audit entries visible to a viewer, filtered, newest first, one page at a time.</summary>
public sealed class SearchAuditEntries(AppDbContext db)
{
    public const int PageSize = 50;
    public const int MaxPageSize = 100;

    public async Task<AuditEntryPage> SearchAsync(
        AuditViewer viewer, AuditFilter filter, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = filter.Apply(viewer.Entries(db));
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(AuditEntryDto.Projection)
            .ToListAsync(cancellationToken);
        return new AuditEntryPage(items, page, pageSize, total);
    }

    /// <summary>One entry, or null when it does not exist or belongs to an agency the viewer may not see.</summary>
    public async Task<AuditEntryDto?> FindAsync(AuditViewer viewer, long sequence, CancellationToken cancellationToken = default) =>
        await viewer.Entries(db).Where(e => e.Sequence == sequence).Select(AuditEntryDto.Projection).SingleOrDefaultAsync(cancellationToken);

    public async Task<AuditEntryDto?> FindAsync(AuditViewer viewer, Guid id, CancellationToken cancellationToken = default) =>
        await viewer.Entries(db).Where(e => e.Id == id).Select(AuditEntryDto.Projection).SingleOrDefaultAsync(cancellationToken);
}

public sealed record AuditEntryPage(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record AuditEntryDto(
    long Sequence,
    Guid Id,
    DateTimeOffset OccurredAt,
    string? ActorMemberId,
    string ActorName,
    string? ActorAgencyCode,
    string AgencyCode,
    string Action,
    string? RecordType,
    string? RecordId,
    string? Reason,
    string? Details,
    string? ClientAddress,
    string? UserAgent,
    string PreviousHash,
    string Hash)
{
    internal static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditEntryDto>> Projection = e => new AuditEntryDto(
        e.Sequence, e.Id, e.OccurredAt, e.ActorMemberId, e.ActorName, e.ActorAgencyCode, e.AgencyCode, e.Action,
        e.RecordType, e.RecordId, e.Reason, e.Details, e.ClientAddress, e.UserAgent, e.PreviousHash, e.Hash);
}
