using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

/// <summary>Network view: interventions × countries with the adoption status in each cell, pilots in progress, CSV.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AdoptionMatrixHandler matrix, TimeProvider clock, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AdoptionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public IReadOnlyList<AdoptionRow> Rows { get; private set; } = [];

    public IReadOnlyList<AdoptionRow> Pilots { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Countries { get; private set; } = [];

    public IReadOnlyList<(string Slug, string Name)> Interventions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = EvidenceActor.From(User);
        Rows = await matrix.AllAsync(actor, new AdoptionQuery(Status, Country), cancellationToken);
        Pilots = await matrix.AllAsync(actor, new AdoptionQuery(AdoptionStatus.Piloting), cancellationToken);
        Countries = [.. Rows.Select(r => (r.AgencyCode, r.CountryName)).Distinct().OrderBy(c => c.AgencyCode, StringComparer.Ordinal)];
        Interventions = [.. Rows.Select(r => (r.InterventionSlug, r.InterventionName)).Distinct()];
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await matrix.AllAsync(EvidenceActor.From(User), new AdoptionQuery(Status, Country), cancellationToken);
        await audit.RecordAsync(new AuditEvent("adoptions.exported", nameof(Adoption), Details: $"{rows.Count} rows, status {Status?.ToString() ?? "any"}, country {Country ?? "any"}"),
            cancellationToken);
        return File(AdoptionCsv.Write(rows), AdoptionCsv.ContentType, $"intercop-adoptions-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    public AdoptionRow? Cell(string slug, string code) => Rows.FirstOrDefault(r => r.InterventionSlug == slug && r.AgencyCode == code);
}
