using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Evidence.Ratings;

public sealed record ReviewerOption(string Id, string Name, string AgencyCode);

/// <summary>
/// Who may review a rating of an intervention: an active agency member with a prevention, country-admin or
/// network-admin role who can see the intervention and did not write it (no one rates their own work).
/// </summary>
public sealed class ReviewerPool(AppDbContext db)
{
    public async Task<IReadOnlyList<ReviewerOption>> ForAsync(InterventionRef intervention, CancellationToken cancellationToken)
    {
        var candidates = await Candidates().Select(m => new ReviewerOption(m.Id, m.DisplayName, m.AgencyCode!)).ToListAsync(cancellationToken);
        var item = await db.Interventions.AsNoTracking().FirstAsync(i => i.Id == intervention.Id, cancellationToken);
        return [.. candidates
            .Where(c => c.Id != intervention.CreatedBy && new ShareViewer(c.Id, c.AgencyCode).CanSee(item))
            .OrderBy(c => c.AgencyCode, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Why a member cannot review, or null when they can.</summary>
    public async Task<string?> RefusalAsync(string memberId, Intervention intervention, CancellationToken cancellationToken)
    {
        if (memberId == intervention.CreatedBy)
        {
            return "The intervention's author cannot review its evidence.";
        }

        var candidate = await Candidates().Where(m => m.Id == memberId)
            .Select(m => new ReviewerOption(m.Id, m.DisplayName, m.AgencyCode!)).FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return "Reviewers must be active members with the prevention officer, country admin or network admin role.";
        }

        return new ShareViewer(candidate.Id, candidate.AgencyCode).CanSee(intervention)
            ? null
            : "This reviewer cannot see the intervention.";
    }

    private IQueryable<Network.Member> Candidates()
    {
        var roleIds = db.Roles.Where(r => EvidencePolicies.ContributorRoles.Contains(r.Name!)).Select(r => r.Id);
        var memberIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return db.Users
            .Where(m => m.AgencyCode != null && m.DeactivatedAt == null && memberIds.Contains(m.Id));
    }
}
