using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed record PartnerCoachOption(string MemberId, string DisplayName, string PartnerName);

/// <summary>
/// Who may coach an assignment of an agency's case: active members of a partner organisation sponsored by that
/// agency or of a network-wide partner. One rule for the plan page's choices and the plan handler's check.
/// </summary>
public sealed class PartnerCoaches(AppDbContext db)
{
    public async Task<IReadOnlyList<PartnerCoachOption>> ListAsync(string agencyCode, CancellationToken cancellationToken = default) =>
        await Eligible(agencyCode)
            .OrderBy(c => c.Partner.Name).ThenBy(c => c.Member.DisplayName)
            .Select(c => new PartnerCoachOption(c.Member.Id, c.Member.DisplayName, c.Partner.Name))
            .ToListAsync(cancellationToken);

    public Task<bool> IsEligibleAsync(string agencyCode, string memberId, CancellationToken cancellationToken = default) =>
        Eligible(agencyCode).AnyAsync(c => c.Member.Id == memberId, cancellationToken);

    private IQueryable<Candidate> Eligible(string agencyCode) =>
        from member in db.Users
        join partner in db.PartnerOrganisations on member.PartnerOrganisationId equals partner.Id
        where member.DeactivatedAt == null && (partner.AgencyCode == agencyCode || partner.AgencyCode == null)
        select new Candidate { Member = member, Partner = partner };

    private sealed class Candidate
    {
        public required Network.Member Member { get; init; }

        public required Network.PartnerOrganisation Partner { get; init; }
    }
}
