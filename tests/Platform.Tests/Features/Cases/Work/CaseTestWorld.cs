using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Features.Cases.Work;

/// <summary>Runs case handlers as a member of an agency, without HTTP, on the real app and database.</summary>
public static class CaseTestWorld
{
    public static CaseActor Officer(string agency) => new($"officer-{agency}", agency);

    public static async Task<T> AsAgencyAsync<T>(this AppFactory app, string agency, Func<IServiceProvider, Task<T>> work) =>
        await app.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<AgencyScope>().ActAs(agency);
            return await work(sp);
        });

    public static async Task AdoptAsync(this AppFactory app, string agency, string key = "hack-right", string holidays = "")
    {
        await app.EnsureAgencyAsync(agency);
        var outcome = await app.AsAgencyAsync(agency, sp => sp.GetRequiredService<AdoptProgrammeHandler>()
            .HandleAsync(Officer(agency), new AdoptProgrammeInput { Key = key, Version = 1, TimeZoneId = "UTC", Holidays = holidays }));
        Assert.True(outcome.IsOk, string.Join("; ", outcome.Errors.SelectMany(e => e.Value)));
    }

    public static async Task<Case> ReferAsync(this AppFactory app, string agency, int age = 15, string name = "Testy McTestface", string key = "hack-right")
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var outcome = await app.AsAgencyAsync(agency, sp => sp.GetRequiredService<CreateReferralHandler>().HandleAsync(Officer(agency), new ReferralInput
        {
            ProgrammeKey = key,
            ReferralSource = ReferralSourceType.Prosecutor,
            Name = name,
            DateOfBirth = today.AddYears(-age).AddDays(-10),
            GuardianName = "Guardian Person",
            OffenceType = CaseOffenceType.UnauthorisedAccess,
            OffenceDescription = "Logged into the school network with a teacher's password.",
        }));
        Assert.True(outcome.IsOk, string.Join("; ", outcome.Errors.SelectMany(e => e.Value)));
        return outcome.Value!;
    }

    public static async Task<CaseOutcome<T>> RunAsync<THandler, T>(this AppFactory app, string agency, Func<THandler, Task<CaseOutcome<T>>> work)
        where THandler : notnull =>
        await app.AsAgencyAsync(agency, sp => work(sp.GetRequiredService<THandler>()));

    public static async Task<Case> CaseAsync(this AppFactory app, Guid id)
    {
        Case? found = null;
        await app.WithSystemDbAsync(async db => found = await db.Cases.FindAsync(id));
        return found!;
    }

    public static EligibilityInput Eligible(int version, string reason = "Confessed, first offence, prosecutor agrees.") => new()
    {
        Version = version,
        Outcome = EligibilityOutcome.Eligible,
        Reason = reason,
        Criteria = [new CriterionInput { Key = "first-offence", Result = CriterionResultValue.Met, Evidence = "Police register checked" }],
    };

    public static ConsentInput Consent(int version, ConsentPerson person, DateOnly on) => new()
    {
        Version = version, Person = person, Status = ConsentStatus.Given, GivenOn = on, Scope = ["participation"],
    };
}
