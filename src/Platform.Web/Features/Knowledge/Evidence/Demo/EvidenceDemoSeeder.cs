using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Knowledge.Evidence.Readiness;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Knowledge.Evidence.Demo;

/// <summary>
/// Seeds evaluations, agreed ratings, adoptions and readiness checklists after the catalogue (Order 20). Finds
/// interventions by slug and skips missing ones; does nothing once any evaluation exists.
/// </summary>
internal sealed class EvidenceDemoSeeder(ILogger<EvidenceDemoSeeder> logger) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        using var system = db.Scope.BeginSystemWork();
        if (await db.Evaluations.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Evidence demo data skipped: the database already has evaluations");
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var interventions = await db.Interventions.AsNoTracking()
            .Select(i => new { i.Id, i.Slug, i.OwnerAgencyCode, i.CreatedBy }).ToDictionaryAsync(i => i.Slug, cancellationToken);
        var people = await DemoPeopleAsync(db, cancellationToken);
        var admin = people.FirstOrDefault(p => p.Role == Roles.NetworkAdmin);
        if (interventions.Count == 0 || admin is null)
        {
            logger.LogInformation("Evidence demo data skipped: no interventions or no network admin to record it");
            return;
        }

        foreach (var e in DemoEvidence.Evaluations.Where(e => interventions.ContainsKey(e.Slug)))
        {
            var owner = interventions[e.Slug];
            db.Evaluations.Add(new Evaluation
            {
                InterventionId = owner.Id, Title = e.Title, CountryCode = e.Country, Year = e.Year, Design = e.Design, SampleSize = e.SampleSize,
                IndependentEvaluator = e.Independent, Url = e.Url, Summary = e.Summary, AddedByAgencyCode = owner.OwnerAgencyCode,
                CreatedBy = owner.CreatedBy, CreatedAt = now,
                Findings = [.. e.Findings.Select(f => new EvaluationFinding { Outcome = f.Outcome, Result = f.Result, Effect = f.Effect })],
            });
        }

        foreach (var r in DemoEvidence.Ratings.Where(r => interventions.ContainsKey(r.Slug)))
        {
            var item = interventions[r.Slug];
            var reviewers = people.Where(p => p.Role != Roles.NetworkAdmin && p.Id != item.CreatedBy && p.Agency != item.OwnerAgencyCode).Take(2).ToList();
            if (reviewers.Count < 2)
            {
                continue;
            }

            db.EvidenceRatings.Add(new EvidenceRating
            {
                InterventionId = item.Id, Outcome = r.Outcome, OpenedBy = admin.Id, OpenedAt = now,
                State = r.Resolved is null ? RatingState.Agreed : RatingState.Resolved,
                FinalTier = r.Resolved ?? r.First, ResolvedBy = r.Resolved is null ? null : admin.Id, ResolutionReason = r.Resolution, ClosedAt = now,
                Reviews =
                [
                    new RatingReview { ReviewerId = reviewers[0].Id, Tier = r.First, Rationale = r.Rationale, SubmittedAt = now },
                    new RatingReview { ReviewerId = reviewers[1].Id, Tier = r.Second, Rationale = r.Rationale, SubmittedAt = now },
                ],
            });
        }

        foreach (var a in DemoEvidence.Adoptions.Where(a => interventions.ContainsKey(a.Slug)))
        {
            var by = people.FirstOrDefault(p => p.Agency == a.Agency);
            if (by is null)
            {
                continue;
            }

            var adoption = new Adoption
            {
                InterventionId = interventions[a.Slug].Id, AgencyCode = a.Agency, Status = a.Status, StartedOn = a.Started, Language = a.Language,
                Contact = $"cop-team@{a.Agency.ToLowerInvariant()}.cop.example", Adaptations = a.Adaptations, Obstacles = a.Obstacles, Results = a.Results,
                CreatedAt = now, UpdatedAt = now, UpdatedBy = by.Id,
            };
            adoption.History.Add(new AdoptionStatusChange { AdoptionId = adoption.Id, To = a.Status, ChangedBy = by.Id, ChangedByName = by.Name, ChangedAt = now, Note = "Demo data." });
            db.Adoptions.Add(adoption);
        }

        foreach (var r in DemoEvidence.Readiness.Where(r => interventions.ContainsKey(r.Slug)))
        {
            db.ReadinessChecklists.Add(new ReadinessChecklist
            {
                InterventionId = interventions[r.Slug].Id, MaterialLanguages = [.. r.Languages], UpdatedBy = interventions[r.Slug].CreatedBy, UpdatedAt = now,
                Items = [.. r.Items.Select(i => new ReadinessItem { Element = i.Element, Level = i.Level, Note = i.Note })],
            });
        }

        foreach (var item in interventions.Values)
        {
            await RatingRules.UpdateBestTierAsync(db, item.Id, cancellationToken);
            await AdoptingCountries.UpdateAsync(db, item.Id, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Evidence demo data seeded for {Count} interventions", interventions.Count);
    }

    private sealed record DemoPerson(string Id, string Name, string Agency, string Role);

    private static async Task<List<DemoPerson>> DemoPeopleAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await (
                from m in db.Users
                join ur in db.UserRoles on m.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where m.AgencyCode != null && m.DeactivatedAt == null && EvidencePolicies.ContributorRoles.Contains(r.Name!)
                select new { m.Id, m.DisplayName, m.AgencyCode, Role = r.Name!, m.Email })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Email, StringComparer.Ordinal).Select(r => new DemoPerson(r.Id, r.DisplayName, r.AgencyCode!, r.Role))];
    }
}
