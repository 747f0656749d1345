using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;
using static Platform.Tests.Features.Cases.Work.CaseTestWorld;

namespace Platform.Tests.Features.Cases.Work;

/// <summary>The edit pages carry the case version: a stale one shows the conflict message and saves nothing.</summary>
public sealed class CasePageConflictTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.AdoptAsync("NL");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ClosePage_StaleVersionAfterSomeoneElseDecided_ShowsConflictAndChangesNothing()
    {
        var @case = await _app.ReferAsync("NL");
        var worker = await _app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await _app.SignInAsync(worker);
        var form = await client.GetStringAsync($"/Cases/{@case.Id}/Close", TestContext.Current.CancellationToken);
        Assert.Contains("name=\"Input.Version\" value=\"1\"", form, StringComparison.Ordinal);

        // A colleague decides eligibility while the form is open.
        var decided = await _app.RunAsync<RecordEligibilityHandler, EligibilityDecision>("NL", h => h.HandleAsync(Officer("NL"), @case.Id, Eligible(1)));
        Assert.True(decided.IsOk);

        var response = await client.PostFormAsync($"/Cases/{@case.Id}/Close", new()
        {
            ["Input.Version"] = "1",
            ["Input.Reason"] = nameof(CaseClosureReason.Withdrawn),
            ["Input.Note"] = "Family moved abroad.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Someone else changed this case since you opened it", html, StringComparison.Ordinal);
        Assert.Contains("Family moved abroad.", html, StringComparison.Ordinal); // what was typed is kept to re-enter
        var stored = await _app.CaseAsync(@case.Id);
        Assert.Equal(CaseStage.Eligible, stored.Stage);
        Assert.Equal(2, stored.Version);
        Assert.Null(stored.ClosedAt);
        Assert.Null(stored.ClosureNote);
    }

    [Fact]
    public async Task ClosePage_CurrentVersion_ClosesAndRedirectsToTheCase()
    {
        var @case = await _app.ReferAsync("NL");
        var worker = await _app.CreateMemberAsync("NL", Roles.CaseWorker);
        var client = await _app.SignInAsync(worker);

        var response = await client.PostFormAsync($"/Cases/{@case.Id}/Close", new()
        {
            ["Input.Version"] = "1",
            ["Input.Reason"] = nameof(CaseClosureReason.Withdrawn),
            ["Input.Note"] = "Family moved abroad.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/{@case.Id}", response.Headers.Location?.OriginalString);
        var stored = await _app.CaseAsync(@case.Id);
        Assert.Equal(CaseStage.Closed, stored.Stage);
        Assert.Equal("Family moved abroad.", stored.ClosureNote);
    }

    [Fact]
    public async Task CasePage_OtherAgencysCase_AnswersNotFound()
    {
        var @case = await _app.ReferAsync("NL");
        var stranger = await _app.CreateMemberAsync("BE", Roles.CaseWorker);
        var client = await _app.SignInAsync(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{@case.Id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{@case.Id}/Eligibility", TestContext.Current.CancellationToken)).StatusCode);
    }
}
