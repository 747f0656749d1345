using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Evidence;

/// <summary>Arranges interventions straight in the database (the catalogue's pages are another part) and runs use cases as a member.</summary>
public static class EvidenceWorld
{
    public static async Task<Intervention> CreateInterventionAsync(
        this AppFactory app, string owner, TestMember author, TlpMarking tlp = TlpMarking.Green, bool released = true, params string[] amber)
    {
        await app.EnsureAgencyAsync(owner);
        var item = new Intervention
        {
            Slug = $"test-{Guid.NewGuid():N}"[..20],
            Name = $"Test intervention {Guid.NewGuid():N}"[..30],
            OwnerAgencyCode = owner,
            Summary = "A test intervention.",
            CreatedBy = author.Id,
            LastEditedBy = author.Id,
            Tlp = tlp,
            AmberAgencyCodes = [.. amber],
            ReleaseState = released ? ReleaseState.Released : ReleaseState.NationalDraft,
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        await app.WithSystemDbAsync(async db =>
        {
            db.Interventions.Add(item);
            await db.SaveChangesAsync();
        });
        return item;
    }

    public static EvidenceActor Actor(this TestMember member, params string[] roles) => new(
        member.Id, member.AgencyCode, roles.Contains("NetworkAdmin"), roles.Contains("CountryAdmin"), roles.Contains("PreventionOfficer"));

    public static Task<T> RunAsync<THandler, T>(this AppFactory app, Func<THandler, Task<T>> work) where THandler : notnull =>
        app.WithScopeAsync(sp => work(sp.GetRequiredService<THandler>()));

    public static EvaluationInput Evaluation(EvaluationDesign design, params (EvidenceOutcome Outcome, FindingResult Result)[] findings) => new()
    {
        Title = $"{design} study",
        CountryCode = "nl",
        Year = 2024,
        Design = design,
        SampleSize = 120,
        Url = "https://example.org/report",
        Findings = [.. findings.Select(f => new FindingInput { Outcome = f.Outcome, Result = f.Result, Effect = "effect" })],
    };
}
