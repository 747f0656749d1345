using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.Cases.Work;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Programmes;
using static Platform.Tests.Features.Cases.Work.CaseTestWorld;

namespace Platform.Tests.Features.Cases.Programmes;

public sealed class ProgrammePackageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Startup_SeedsTheShippedPackagesOnce_AsPublishedVersions()
    {
        await _app.WithSystemDbAsync(async db =>
        {
            await SeedProgrammePackages.SeedAsync(db, _app.Clock, CancellationToken.None); // second run: idempotent
            var packages = await db.ProgrammePackages.OrderBy(p => p.Key).ToListAsync();
            Assert.Equal(["cyber-choices", "hack-right"], packages.Select(p => p.Key));
            Assert.All(packages, p => Assert.Equal(ProgrammePackageStatus.Published, p.Status));
            Assert.Equal("hack-right", packages[1].SourceInterventionSlug);
        });
        var definition = await _app.WithScopeAsync(sp => sp.GetRequiredService<ProgrammeCatalog>().DefinitionAsync("hack-right", 1));
        Assert.Equal([6, 12, 24], definition!.FollowUpMonths);
        Assert.Equal(4, definition.Modules.Count);
        Assert.Contains(definition.EligibilityCriteria, c => c.Statement == "First cyber offence");
    }

    [Fact]
    public void Validator_ListsEveryProblem()
    {
        var (file, errors) = ProgrammePackageFile.Parse("""{ "key": "Bad Key", "version": 0, "name": "", "description": "x", "definition": { "minAge": 20, "maxAge": 10, "followUpMonths": [], "modules": [], "eligibilityCriteria": [] } }""");
        Assert.Null(file);
        Assert.Contains(errors, e => e.StartsWith("key", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("version", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("minAge", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("followUpMonths", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("module", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("eligibility criterion", StringComparison.Ordinal));
        Assert.Contains("not valid JSON", Assert.Single(ProgrammePackageFile.Parse("{ nope").Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_SameVersionAgain_IsRefused_NewVersionIsAdded_AndOldOneUnchanged()
    {
        var original = await _app.WithScopeAsync(sp => sp.GetRequiredService<ProgrammeCatalog>().FindAsync("hack-right", 1));
        var json = ProgrammePackageFile.ToJson(original!).Replace("\"firstContactWorkingDays\": 5", "\"firstContactWorkingDays\": 3", StringComparison.Ordinal);
        var admin = Officer("NL");

        var same = await _app.AsAgencyAsync("NL", sp => sp.GetRequiredService<PublishProgrammeVersionHandler>().HandleAsync(admin, true, false, new PublishProgrammeInput { Json = json }));
        Assert.Contains("cannot change", Assert.Single(same.Errors["Json"]), StringComparison.Ordinal);

        var notOwner = await _app.AsAgencyAsync("GB", sp => sp.GetRequiredService<PublishProgrammeVersionHandler>().HandleAsync(Officer("GB"), false, true,
            new PublishProgrammeInput { Json = json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal) }));
        Assert.Contains("owning agency", Assert.Single(notOwner.Errors["Json"]), StringComparison.Ordinal); // hack-right is owned by NL

        var published = await _app.AsAgencyAsync("NL", sp => sp.GetRequiredService<PublishProgrammeVersionHandler>().HandleAsync(admin, true, false,
            new PublishProgrammeInput { Json = json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal) }));
        Assert.True(published.IsOk, string.Join("; ", published.Errors.SelectMany(e => e.Value)));
        var v1 = await _app.WithScopeAsync(sp => sp.GetRequiredService<ProgrammeCatalog>().FindAsync("hack-right", 1));
        Assert.Equal(original!.DefinitionJson, v1!.DefinitionJson);
        Assert.Equal(3, (await _app.WithScopeAsync(sp => sp.GetRequiredService<ProgrammeCatalog>().DefinitionAsync("hack-right", 2)))!.FirstContactWorkingDays);
    }

    [Fact]
    public async Task Adopt_NewVersion_IsData_CasesUseTheAdoptedVersionAndItsCalendar()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 23, 9, 0, 0, TimeSpan.Zero)); // a Friday, then a Monday holiday
        await _app.AdoptAsync("NL", holidays: "2027-04-26");
        var @case = await _app.ReferAsync("NL");
        Assert.Equal(("hack-right", 1), (@case.ProgrammeKey, @case.ProgrammeVersion));
        await _app.WithSystemDbAsync(async db =>
        {
            var task = await db.CaseTasks.SingleAsync(t => t.CaseId == @case.Id);
            Assert.Equal(new DateOnly(2027, 5, 3), task.DueOn); // 5 working days: 27, 28, 29, 30 Apr, 3 May
        });
    }
}
