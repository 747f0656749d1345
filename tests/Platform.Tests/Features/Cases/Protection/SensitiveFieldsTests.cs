using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Cases.Work;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>Identity fields are ciphertext at rest and open only with a reason, audited.</summary>
public sealed class SensitiveFieldsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DatabaseFile_AfterCreatingCaseThroughApi_HoldsNoIdentityInClear()
    {
        const string name = "Quirinius Vandersnoot";
        const string guardian = "Wilhelmina Vandersnoot";
        await app.AdoptAsync("NL");
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await (await app.SignInAsync(worker)).WithCsrfAsync("/Accounts/Profile");
        var created = await client.PostAsJsonAsync("/api/cases", new
        {
            programmeKey = "hack-right", referralSource = (int)ReferralSourceType.Prosecutor, name, dateOfBirth = "2009-02-03", guardianName = guardian,
            contact = "quirinius@example.test", offenceType = (int)CaseOffenceType.UnauthorisedAccess, offenceDescription = "Logged into a school system.",
        }, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));

        foreach (var secret in new[] { name, guardian, "quirinius@example.test", "Vandersnoot" })
        {
            await AssertNotStoredInClearAsync(secret);
        }
    }

    [Fact]
    public async Task RevealPage_WithoutReason_StaysMasked_WithReason_ShowsAndAudits()
    {
        var (worker, caseId, name) = await ArrangeAsync();
        var client = await app.SignInAsync(worker);

        var masked = await client.GetStringAsync($"/Cases/{caseId}/Sensitive", Ct);
        var refused = await client.PostFormAsync($"/Cases/{caseId}/Sensitive", new() { ["Reason.Code"] = "" });
        var refusedHtml = await refused.Content.ReadAsStringAsync(Ct);
        var revealed = await client.PostFormAsync($"/Cases/{caseId}/Sensitive", new()
        {
            ["Reason.Code"] = "case-work",
            ["Reason.Text"] = "Preparing the first meeting",
        });
        var revealedHtml = await revealed.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain(name, masked, StringComparison.Ordinal);
        Assert.Contains("••••••", masked, StringComparison.Ordinal);
        Assert.DoesNotContain(name, refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Choose a reason", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(name, revealedHtml, StringComparison.Ordinal);
        Assert.Contains("no-store", revealed.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == "case.sensitive-revealed" && e.RecordId == caseId.ToString(), Ct);
            Assert.Equal(worker.Id, entry.ActorMemberId);
            Assert.Equal("case-work: Preparing the first meeting", entry.Reason);
            Assert.Contains("Full name", entry.Details, StringComparison.Ordinal);
            Assert.DoesNotContain(name, entry.Details, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RevealApi_ReasonRequired_OtherAgency404()
    {
        var (worker, caseId, name) = await ArrangeAsync();
        var gbWorker = await app.CreateMemberAsync("GB", Roles.CaseWorker);
        var client = await (await app.SignInAsync(worker)).WithCsrfAsync("/Accounts/Profile");
        var gbClient = await (await app.SignInAsync(gbWorker)).WithCsrfAsync("/Accounts/Profile");

        var noReason = await client.PostAsJsonAsync($"/api/cases/{caseId}/sensitive", new { reason = "" }, Ct);
        var ok = await client.PostAsJsonAsync($"/api/cases/{caseId}/sensitive", new { reason = "supervision" }, Ct);
        var otherAgency = await gbClient.PostAsJsonAsync($"/api/cases/{caseId}/sensitive", new { reason = "supervision" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.DoesNotContain(name, await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var fields = body.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal(name, fields[nameof(Case.NameProtected)]);
        Assert.Equal("2008-04-01", fields[nameof(Case.DateOfBirthProtected)]);
        Assert.Equal(HttpStatusCode.NotFound, otherAgency.StatusCode);
        Assert.DoesNotContain(name, await otherAgency.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<(TestMember Worker, Guid CaseId, string Name)> ArrangeAsync()
    {
        var worker = await app.CreateMemberAsync("NL", Roles.CaseWorker);
        var name = $"Revealed {Guid.NewGuid():N}"[..20];
        var arranged = await app.CreateCompletedCaseAsync("NL", worker.Id, app.Clock.GetUtcNow().AddMonths(1), name: name, stage: CaseStage.Enrolled);
        return (worker, arranged.CaseId, name);
    }

    /// <summary>SQLite: the bytes of the database, its -wal and -shm, read while connections are open; PostgreSQL: every text column.</summary>
    private async Task AssertNotStoredInClearAsync(string secret)
    {
        if (app.Database.IsPostgres)
        {
            await app.WithSystemDbAsync(async db =>
            {
                var entityType = db.Model.FindEntityType(typeof(Case))!;
                foreach (var column in entityType.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()))
                {
#pragma warning disable EF1002 // Column names come from the EF model, not from input.
                    var hits = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM \"Cases\" WHERE \"{column}\" LIKE {{0}}", $"%{secret}%")
                        .SingleAsync(Ct);
#pragma warning restore EF1002
                    Assert.True(hits == 0, $"Cases.{column} holds '{secret}' in clear");
                }
            });
            return;
        }

        var files = Directory.EnumerateFiles(app.DataDirectory, "*.db*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".db", StringComparison.Ordinal));
        foreach (var path in files)
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, Ct);
            var bytes = buffer.ToArray();
            Assert.DoesNotContain(secret, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, Encoding.Unicode.GetString(bytes), StringComparison.Ordinal);
        }

        SqliteConnection.ClearAllPools();
        var checkpointed = await File.ReadAllBytesAsync(files.First(f => f.EndsWith(".db", StringComparison.Ordinal)), Ct);
        Assert.DoesNotContain(secret, Encoding.UTF8.GetString(checkpointed), StringComparison.Ordinal);
    }
}
