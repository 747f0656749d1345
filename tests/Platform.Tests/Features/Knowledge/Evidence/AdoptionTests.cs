using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.ApiKeys;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Knowledge.Evidence;

public sealed class AdoptionTests(AuditedAppFactory app) : IClassFixture<AuditedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Outcome<AdoptionView>> SaveAsync(EvidenceActor actor, Guid intervention, AdoptionInput input) =>
        app.RunAsync<SaveAdoptionHandler, Outcome<AdoptionView>>(h => h.HandleAsync(actor, intervention, input));

    private Task<List<string>> AdoptingCountriesAsync(Guid id) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Interventions.AsNoTracking().FirstAsync(i => i.Id == id)).AdoptingCountries);

    [Fact]
    public async Task Save_InterestThenPilotThenStop_OneRecordWithHistory_AdoptingCountriesFollow()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var fi = (await app.CreateMemberAsync("FI", Roles.PreventionOfficer)).Actor(Roles.PreventionOfficer);
        var pt = (await app.CreateMemberAsync("PT", Roles.CountryAdmin)).Actor(Roles.CountryAdmin);
        var item = await app.CreateInterventionAsync("NL", author);

        var interested = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Interested, Language = "FI" });
        var countriesWhileInterested = await AdoptingCountriesAsync(item.Id);
        var piloting = await SaveAsync(fi, item.Id, new AdoptionInput
        {
            Status = AdoptionStatus.Piloting, StartedOn = new DateOnly(2026, 9, 1), Language = "fi", Adaptations = "Coaching by youth services", Note = "Pilot approved",
        });
        await SaveAsync(pt, item.Id, new AdoptionInput { Status = AdoptionStatus.Running, StartedOn = new DateOnly(2025, 1, 1) });
        var countriesWhilePiloting = await AdoptingCountriesAsync(item.Id);
        var stopped = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Stopped, StartedOn = new DateOnly(2026, 9, 1), EndedOn = new DateOnly(2026, 12, 1), Note = "No coaches" });

        Assert.Equal(interested.Value!.Id, stopped.Value!.Id);
        Assert.Empty(countriesWhileInterested);
        Assert.Equal("fi", interested.Value.Language);
        Assert.Equal(["FI", "PT"], countriesWhilePiloting);
        Assert.Equal(["PT"], await AdoptingCountriesAsync(item.Id));
        Assert.Equal(
            [(null, AdoptionStatus.Interested), (AdoptionStatus.Interested, AdoptionStatus.Piloting), (AdoptionStatus.Piloting, AdoptionStatus.Stopped)],
            stopped.Value.History.OrderBy(h => h.ChangedAt).Select(h => (h.From, h.To)).ToList());
        Assert.Equal("Pilot approved", piloting.Value!.History[0].Note);
        Assert.Contains(app.Audit.Events, e => e.Action == "adoption.created" && e.RecordId == interested.Value.Id.ToString() && e.AgencyCode == "FI");
    }

    [Fact]
    public async Task Save_InvalidDates_ReturnsFieldErrors()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var fi = (await app.CreateMemberAsync("FI", Roles.PreventionOfficer)).Actor(Roles.PreventionOfficer);
        var item = await app.CreateInterventionAsync("NL", author);

        var noStart = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Piloting });
        var backwards = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Stopped, StartedOn = new DateOnly(2026, 5, 1), EndedOn = new DateOnly(2026, 4, 1) });
        var badLanguage = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Interested, Language = "Finnish" });

        Assert.True(noStart.Errors.ContainsKey(nameof(AdoptionInput.StartedOn)));
        Assert.Equal(["The end date cannot be before the start date."], backwards.Errors[nameof(AdoptionInput.EndedOn)]);
        Assert.True(badLanguage.Errors.ContainsKey(nameof(AdoptionInput.Language)));
    }

    [Fact]
    public async Task Evaluation_ByAdopter_LinkedToAdoption_ByOtherAgency_Refused()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var fi = (await app.CreateMemberAsync("FI", Roles.PreventionOfficer)).Actor(Roles.PreventionOfficer);
        var se = (await app.CreateMemberAsync("SE", Roles.PreventionOfficer)).Actor(Roles.PreventionOfficer);
        var item = await app.CreateInterventionAsync("NL", author);
        var input = EvidenceWorld.Evaluation(EvaluationDesign.ProcessOnly, (EvidenceOutcome.Reach, FindingResult.Positive));

        var refused = await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(se, item.Id, input));
        var adoption = await SaveAsync(fi, item.Id, new AdoptionInput { Status = AdoptionStatus.Piloting, StartedOn = new DateOnly(2026, 1, 1) });
        var local = await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(fi, item.Id, input));

        Assert.True(refused.IsInvalid);
        Assert.Equal(adoption.Value!.Id, local.Value!.AdoptionId);
        Assert.Equal("FI", local.Value.AddedByAgencyCode);
    }

    [Fact]
    public async Task Evaluation_Invalid_ReturnsErrorsPerField()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.CreateInterventionAsync("NL", author);
        var input = new EvaluationInput { Title = "", CountryCode = "Netherlands", Year = 1800, Url = "ftp://x", Findings = [] };

        var outcome = await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(author.Actor(Roles.PreventionOfficer), item.Id, input));

        Assert.Equal(
            [nameof(EvaluationInput.CountryCode), nameof(EvaluationInput.Findings), nameof(EvaluationInput.Title), nameof(EvaluationInput.Url), nameof(EvaluationInput.Year)],
            outcome.Errors.Keys.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Api_PutMine_ThenNetworkMatrixAndCsvListIt()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var officer = await app.CreateMemberAsync("SE", Roles.PreventionOfficer);
        var item = await app.CreateInterventionAsync("NL", author);
        var client = await app.SignInAsync(officer);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await client.CsrfTokenAsync());

        var put = await client.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}/adoptions/mine",
            new { status = "Piloting", startedOn = "2026-02-01", language = "sv" }, Ct);
        var invalid = await client.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}/adoptions/mine", new { status = "Running" }, Ct);
        var matrix = await client.GetFromJsonAsync<JsonElement>("/api/knowledge/adoptions?status=Piloting&country=se", Ct);
        var csv = await client.GetAsync("/Knowledge/Adoptions?handler=Csv&status=Piloting", Ct);
        var page = await client.GetStringAsync("/Knowledge/Adoptions", Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var row = Assert.Single(matrix.GetProperty("items").EnumerateArray(), r => r.GetProperty("interventionId").GetGuid() == item.Id);
        Assert.Equal("Piloting", row.GetProperty("status").GetString());
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{item.Slug},SE,", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains(item.Name, page, StringComparison.Ordinal);
        Assert.Contains(app.Audit.Events, e => e.Action == "adoptions.exported");
    }
}
