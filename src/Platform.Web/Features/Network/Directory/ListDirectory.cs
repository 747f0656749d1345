using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Directory;

public sealed record DirectoryQuery(string? Search = null, string? Country = null, int? Page = null, int? PageSize = null);

public sealed record DirectoryAgency(
    string Code,
    string CountryName,
    string Name,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    IReadOnlyList<DirectoryContact> Contacts);

/// <summary>A member who opted in to be listed as a contact of their agency.</summary>
public sealed record DirectoryContact(string DisplayName, string? JobTitle, string? Email);

public sealed record CountryOption(string Code, string CountryName);

/// <summary>The network's country directory: active agencies and the members who chose to be listed.</summary>
public sealed class ListDirectoryHandler(AppDbContext db)
{
    public async Task<PageOf<DirectoryAgency>> HandleAsync(DirectoryQuery query, CancellationToken cancellationToken = default)
    {
        var paging = Paging.From(query.Page, query.PageSize, defaultSize: 20);
        var agencies = db.Agencies.AsNoTracking().Where(a => a.IsActive);
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            agencies = agencies.Where(a => a.Code == country);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            var listed = ListedMembers();
            agencies = agencies.Where(a =>
                a.Name.ToLower().Contains(term)
                || a.CountryName.ToLower().Contains(term)
                || a.Code.ToLower() == term
                || listed.Any(m => m.AgencyCode == a.Code
                    && (m.DisplayName.ToLower().Contains(term) || (m.JobTitle != null && m.JobTitle.ToLower().Contains(term)))));
        }

        var total = await agencies.CountAsync(cancellationToken);
        var rows = await agencies
            .OrderBy(a => a.CountryName)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var contacts = await ContactsOfAsync(db, rows.Select(a => a.Code).ToList(), cancellationToken);
        var items = rows
            .Select(a => new DirectoryAgency(a.Code, a.CountryName, a.Name, a.ContactEmail, a.ContactPhone, a.Website,
                contacts.TryGetValue(a.Code, out var list) ? list : []))
            .ToList();
        return new PageOf<DirectoryAgency>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<IReadOnlyList<CountryOption>> CountriesAsync(CancellationToken cancellationToken = default) =>
        await db.Agencies.AsNoTracking()
            .Where(a => a.IsActive)
            .OrderBy(a => a.CountryName)
            .Select(a => new CountryOption(a.Code, a.CountryName))
            .ToListAsync(cancellationToken);

    internal static async Task<Dictionary<string, List<DirectoryContact>>> ContactsOfAsync(
        AppDbContext db, IReadOnlyCollection<string> agencyCodes, CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .Where(m => m.ListedInDirectory && m.DeactivatedAt == null && m.AgencyCode != null && agencyCodes.Contains(m.AgencyCode))
            .OrderBy(m => m.DisplayName)
            .Select(m => new { AgencyCode = m.AgencyCode!, m.DisplayName, m.JobTitle, m.Email })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.AgencyCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new DirectoryContact(r.DisplayName, r.JobTitle, r.Email)).ToList(), StringComparer.Ordinal);
    }

    private IQueryable<Member> ListedMembers() =>
        db.Users.Where(m => m.ListedInDirectory && m.DeactivatedAt == null);
}
