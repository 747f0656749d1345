using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Features.Operations.Reoffending;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Pseudonyms;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Features.Operations.Reoffending;

/// <summary>
/// Re-appearance by keyed pseudonyms: NL persons of an earlier operation found again in a later NL operation,
/// split by contacted / not contacted; a Finnish person with the same email is another person (other key).
/// </summary>
public sealed class ReoffendingReportTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private Operation _earlier = null!;
    private Operation _later = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        foreach (var code in new[] { "NL", "FI" })
        {
            await _app.EnsureAgencyAsync(code);
        }

        _earlier = await AddOperationAsync("OP-2024", new DateOnly(2024, 12, 10), "NL", "FI");
        _later = await AddOperationAsync("OP-2026", new DateOnly(2026, 4, 13), "NL", "FI");
        // Earlier NL: 4 contacted (2 come back), 2 not contacted (1 comes back).
        await AddPersonAsync(_earlier, "NL", "a@example.test", contacted: true);
        await AddPersonAsync(_earlier, "NL", "b@example.test", contacted: true);
        await AddPersonAsync(_earlier, "NL", "c@example.test", contacted: true);
        await AddPersonAsync(_earlier, "NL", "d@example.test", contacted: true);
        await AddPersonAsync(_earlier, "NL", "e@example.test", contacted: false);
        await AddPersonAsync(_earlier, "NL", "f@example.test", contacted: false);
        await AddPersonAsync(_later, "NL", "a@example.test", contacted: false);
        await AddPersonAsync(_later, "NL", "b@example.test", contacted: false);
        await AddPersonAsync(_later, "NL", "e@example.test", contacted: false);
        await AddPersonAsync(_later, "NL", "new@example.test", contacted: false);
        // FI: same address as an NL contact, in FI's own key: never counted for NL.
        await AddPersonAsync(_earlier, "FI", "c@example.test", contacted: true);
        await AddPersonAsync(_later, "FI", "c@example.test", contacted: false);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Report_TwoOperationsOfNl_CountsReappearanceOfContactedAndNotContacted()
    {
        var result = await ReportAsync("NL");

        Assert.NotNull(result);
        Assert.Equal((2, 4), (result.Contacted.Count, result.Contacted.Of));
        Assert.Equal((1, 2), (result.NotContacted.Count, result.NotContacted.Of));
        Assert.Equal((4, 3), (result.LaterPersons, result.LaterPersonsSeenBefore));
        Assert.InRange(result.Contacted.Lower, 0.14, 0.16);
        Assert.InRange(result.Contacted.Upper, 0.84, 0.86);
    }

    [Fact]
    public async Task Report_Finland_SeesOnlyItsOwnPersonsInTheSameOperations()
    {
        var result = await ReportAsync("FI");

        Assert.NotNull(result);
        Assert.Equal((1, 1), (result.Contacted.Count, result.Contacted.Of));
        Assert.Equal(0, result.NotContacted.Of);
        Assert.Equal(1, result.LaterPersons);
    }

    [Fact]
    public async Task Api_OperationOfAnotherCountry_IsNotFound()
    {
        var secret = await AddOperationAsync("OP-NL-ONLY", new DateOnly(2025, 1, 1), "NL");
        var finn = await _app.SignInAsync(await _app.CreateMemberAsync("FI", Roles.PreventionOfficer));

        var hidden = await finn.GetAsync($"/api/operations/reoffending?earlier={_earlier.Id}&later={secret.Id}", TestContext.Current.CancellationToken);
        var shown = await finn.GetFromJsonAsync<ReoffendingResult>($"/api/operations/reoffending?earlier={_earlier.Id}&later={_later.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(1, shown!.Contacted.Of);
    }

    [Fact]
    public void Wilson_ZeroOfTen_HasAnUpperBoundAboveZero()
    {
        var p = Proportion.From(0, 10);

        Assert.Equal(0, p.Lower, 12);
        Assert.InRange(p.Upper, 0.27, 0.28);
    }

    private Task<ReoffendingResult?> ReportAsync(string agency) =>
        _app.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<AgencyScope>().ActAs(agency);
            return await sp.GetRequiredService<ReoffendingReportHandler>().HandleAsync(agency, _earlier.Id, _later.Id, CancellationToken.None);
        });

    private async Task<Operation> AddOperationAsync(string code, DateOnly takedown, params string[] countries)
    {
        var operation = new Operation
        {
            Code = code, Name = $"Takedown {code}", TargetService = "stresser.example", CoordinatingAgencyCode = countries[0],
            LegalBasisNote = "Generated test data.", TakedownDate = takedown, CreatedAt = _app.Clock.GetUtcNow(), CreatedById = "test",
        };
        operation.Participants.AddRange(countries.Select(c => new OperationParticipant { AgencyCode = c }));
        await _app.WithSystemDbAsync(async db => { db.Operations.Add(operation); await db.SaveChangesAsync(); });
        return operation;
    }

    private Task AddPersonAsync(Operation operation, string agency, string email, bool contacted) =>
        _app.WithSystemDbAsync(async db =>
        {
            var person = new OperationPerson
            {
                OperationId = operation.Id, AgencyCode = agency, PersonKey = $"{agency}-{email}", Emails = [email], AccountCount = 1,
                FirstContactedAt = contacted ? _app.Clock.GetUtcNow() : null,
                Pseudonyms = [db.GetService<IAgencyPseudonyms>().For(agency, OperationPerson.PseudonymPurpose, email)],
            };
            db.OperationPersons.Add(person);
            await db.SaveChangesAsync();
        });
}
