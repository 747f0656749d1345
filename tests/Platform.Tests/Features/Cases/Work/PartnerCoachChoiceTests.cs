using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Platform.Tests.Features.Cases.Work.CaseTestWorld;

namespace Platform.Tests.Features.Cases.Work;

/// <summary>Only members of a partner sponsored by the case's agency (or of a network-wide partner) can coach its assignments.</summary>
public sealed class PartnerCoachChoiceTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await _app.AdoptAsync("NL");
        await _app.EnsureAgencyAsync("BE");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<TestMember> PartnerMemberAsync(string? sponsor)
    {
        var partner = new PartnerOrganisation { Name = $"Host {Guid.NewGuid():N}", Kind = PartnerKind.Company, AgencyCode = sponsor };
        await _app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync();
        });
        return await _app.CreateMemberAsync(null, Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partner.Id);
    }

    private async Task<CaseOutcome<PlannedModule>> PlanAssignmentAsync(string? coachId)
    {
        var @case = await _app.ReferAsync("NL");
        await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Eligible(1)));
        var today = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime);
        await _app.RunAsync<RecordConsentHandler, ConsentRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Consent(2, ConsentPerson.YoungPerson, today)));
        await _app.RunAsync<RecordConsentHandler, ConsentRecord>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Consent(3, ConsentPerson.Guardian, today)));
        await _app.RunAsync<EnrolHandler, Case>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, new VersionInput { Version = 4 }));
        return await _app.RunAsync<PlanModuleHandler, PlannedModule>("NL", h => h.HandleAsync(Officer("NL"), @case.Id,
            new PlanModuleInput { Version = 5, ModuleKey = "alternative-assignment", Reason = "Skills used lawfully.", PartnerCoachMemberId = coachId }));
    }

    [Fact]
    public async Task PlanAssignment_CoachOfOwnAgencysPartner_IsAccepted()
    {
        var coach = await PartnerMemberAsync("NL");

        var planned = await PlanAssignmentAsync(coach.Id);

        Assert.True(planned.IsOk);
        Assert.Equal(coach.Id, planned.Value!.PartnerCoachMemberId);
    }

    [Fact]
    public async Task PlanAssignment_CoachOfNetworkWidePartner_IsAccepted()
    {
        var coach = await PartnerMemberAsync(null);

        Assert.True((await PlanAssignmentAsync(coach.Id)).IsOk);
    }

    [Fact]
    public async Task PlanAssignment_CoachOfAnotherAgencysPartner_IsRefused()
    {
        var coach = await PartnerMemberAsync("BE");

        var planned = await PlanAssignmentAsync(coach.Id);

        Assert.True(planned.Errors.ContainsKey(nameof(PlanModuleInput.PartnerCoachMemberId)));
    }

    [Fact]
    public async Task CoachChoices_ListOwnAndNetworkWidePartnersOnly()
    {
        var own = await PartnerMemberAsync("NL");
        var networkWide = await PartnerMemberAsync(null);
        var foreign = await PartnerMemberAsync("BE");

        var choices = await _app.WithScopeAsync(sp => sp.GetRequiredService<PartnerCoaches>().ListAsync("NL"));

        var ids = choices.Select(c => c.MemberId).ToList();
        Assert.Contains(own.Id, ids);
        Assert.Contains(networkWide.Id, ids);
        Assert.DoesNotContain(foreign.Id, ids);
    }
}
