using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Members;

public sealed record MemberRow(
    string Id,
    string DisplayName,
    string? Email,
    string? JobTitle,
    string? TeamName,
    string? PartnerName,
    IReadOnlyList<string> Roles,
    bool ListedInDirectory,
    bool TwoFactorEnabled,
    bool IsDeactivated);

public sealed record MemberDetails(
    string Id,
    string DisplayName,
    string? Email,
    string? JobTitle,
    Guid? TeamId,
    string? TeamName,
    Guid? PartnerOrganisationId,
    string? PartnerName,
    IReadOnlyList<string> Roles,
    bool ListedInDirectory,
    bool TwoFactorEnabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeactivatedAt);

internal static class MemberQueries
{
    /// <summary>Member records are agency data: admins only ever query the members of their own agency.</summary>
    public static IQueryable<Member> OfAgency(this AppDbContext db, NetworkActor actor) =>
        actor.AgencyCode is { } agency ? db.Users.Where(m => m.AgencyCode == agency) : db.Users.Where(_ => false);

    public static async Task<Dictionary<string, List<string>>> RolesOfAsync(
        this AppDbContext db, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        var rows = await db.UserRoles
            .Where(ur => memberIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }
}
