using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Directory;

public sealed record AgencyProfile(
    string Code,
    string CountryName,
    string Name,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    string TimeZone,
    string DefaultLanguage,
    bool IsActive,
    IReadOnlyList<TeamSummary> Teams,
    IReadOnlyList<PartnerSummary> Partners,
    IReadOnlyList<DirectoryContact> Contacts);

public sealed record TeamSummary(Guid Id, string Name, string? Description);

public sealed record PartnerSummary(Guid Id, string Name, PartnerKind Kind, string? Website, string? ContactEmail);

/// <summary>One agency as the network sees it: teams, the partner organisations it sponsors and its listed contacts.</summary>
public sealed class GetAgencyProfileHandler(AppDbContext db)
{
    public async Task<Outcome<AgencyProfile>> HandleAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == normalized, cancellationToken);
        if (agency is null)
        {
            return Outcome.NotFound<AgencyProfile>();
        }

        var teams = await db.Teams.AsNoTracking()
            .Where(t => t.AgencyCode == agency.Code)
            .OrderBy(t => t.Name)
            .Select(t => new TeamSummary(t.Id, t.Name, t.Description))
            .ToListAsync(cancellationToken);
        var partners = await db.PartnerOrganisations.AsNoTracking()
            .Where(p => p.AgencyCode == agency.Code)
            .OrderBy(p => p.Name)
            .Select(p => new PartnerSummary(p.Id, p.Name, p.Kind, p.Website, p.ContactEmail))
            .ToListAsync(cancellationToken);
        var contacts = await ListDirectoryHandler.ContactsOfAsync(db, [agency.Code], cancellationToken);
        return Outcome.Ok(new AgencyProfile(
            agency.Code, agency.CountryName, agency.Name, agency.ContactEmail, agency.ContactPhone, agency.Website,
            agency.TimeZone, agency.DefaultLanguage, agency.IsActive, teams, partners,
            contacts.TryGetValue(agency.Code, out var list) ? list : []));
    }
}
