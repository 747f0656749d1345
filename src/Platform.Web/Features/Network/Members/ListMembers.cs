using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Members;

[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    Active,
    Deactivated,
    All,
}

public sealed record MemberQuery(
    string? Search = null,
    string? Role = null,
    Guid? TeamId = null,
    MemberStatus Status = MemberStatus.Active,
    int? Page = null,
    int? PageSize = null);

/// <summary>The members of the admin's own agency, searchable by name or email.</summary>
public sealed class ListMembersHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<PageOf<MemberRow>> HandleAsync(NetworkActor actor, MemberQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var members = db.OfAgency(actor).AsNoTracking();
        members = query.Status switch
        {
            MemberStatus.Active => members.Where(m => m.DeactivatedAt == null),
            MemberStatus.Deactivated => members.Where(m => m.DeactivatedAt != null),
            _ => members,
        };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var lower = term.ToLowerInvariant();
            var upper = term.ToUpperInvariant();
            members = members.Where(m => m.DisplayName.ToLower().Contains(lower) || (m.NormalizedEmail != null && m.NormalizedEmail.Contains(upper)));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var role = query.Role;
            members = members.Where(m => db.UserRoles.Any(ur => ur.UserId == m.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (query.TeamId is { } teamId)
        {
            members = members.Where(m => m.TeamId == teamId);
        }

        // One round trip for the page: team, partner and role names come with each row (a role list per member),
        // instead of a second query for the roles of the page.
        var page = await members
            .OrderBy(m => m.DisplayName)
            .ThenBy(m => m.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(m => new
            {
                m.Id, m.DisplayName, m.Email, m.JobTitle, m.ListedInDirectory, m.TwoFactorEnabled, m.DeactivatedAt,
                Team = db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Name).FirstOrDefault(),
                Partner = db.PartnerOrganisations.Where(p => p.Id == m.PartnerOrganisationId).Select(p => p.Name).FirstOrDefault(),
                Roles = db.UserRoles.Where(ur => ur.UserId == m.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var total = await members.TotalAsync(paging, page.Count, cancellationToken);
        var items = page
            .Select(m => new MemberRow(m.Id, m.DisplayName, m.Email, m.JobTitle, m.Team, m.Partner,
                m.Roles.Order(StringComparer.Ordinal).ToList(), m.ListedInDirectory, m.TwoFactorEnabled, m.DeactivatedAt is not null))
            .ToList();
        await audit.RecordAsync(
            new AuditEvent("member.list-viewed", nameof(Member), AgencyCode: actor.AgencyCode, Details: $"page {paging.Page}, {items.Count} of {total}"),
            cancellationToken);
        return new PageOf<MemberRow>(items, paging.Page, paging.PageSize, total);
    }
}
