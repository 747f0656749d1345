using System.Net;
using System.Net.Http.Json;
using Platform.Tests.Features.ApiKeys;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Evidence;

/// <summary>Everything attached to an intervention is as invisible as the intervention: 404 on pages and API, absent from lists.</summary>
public sealed class EvidenceVisibilityTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Intervention> WithEvidenceAsync(TlpMarking tlp, bool released, params string[] amber)
    {
        var author = await app.CreateMemberAsync("GB", Roles.PreventionOfficer);
        var admin = await app.CreateMemberAsync("GB", Roles.CountryAdmin);
        var item = await app.CreateInterventionAsync("GB", author, tlp, released, amber);
        var owner = admin.Actor(Roles.CountryAdmin);
        await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(owner, item.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.ProcessOnly, (EvidenceOutcome.Reach, FindingResult.Positive))));
        await app.RunAsync<SaveAdoptionHandler, Outcome<AdoptionView>>(h => h.HandleAsync(owner, item.Id,
            new AdoptionInput { Status = AdoptionStatus.Running, StartedOn = new DateOnly(2024, 1, 1), Contact = "hidden-contact@gb.example" }));
        return item;
    }

    private static string[] Pages(Intervention i) =>
    [
        $"/Knowledge/Interventions/{i.Slug}/Evidence", $"/Knowledge/Interventions/{i.Slug}/Adopt",
        $"/Knowledge/Interventions/{i.Slug}/Evaluations/New", $"/Knowledge/Interventions/{i.Slug}/Ratings/New",
    ];

    private static string[] Apis(Intervention i) =>
    [
        $"/api/knowledge/interventions/{i.Id}/evaluations", $"/api/knowledge/interventions/{i.Id}/ratings",
        $"/api/knowledge/interventions/{i.Id}/readiness", $"/api/knowledge/interventions/{i.Id}/adoptions",
    ];

    [Theory]
    [InlineData(TlpMarking.Amber, true)]
    [InlineData(TlpMarking.Green, false)]
    public async Task OtherAgency_HiddenIntervention_Answers404Everywhere(TlpMarking tlp, bool released)
    {
        var item = await WithEvidenceAsync(tlp, released, "DE");
        var officer = await app.CreateMemberAsync("FI", Roles.CountryAdmin);
        var client = await app.SignInAsync(officer);
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await client.CsrfTokenAsync());

        foreach (var url in Pages(item).Concat(Apis(item)))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
        }

        var put = await client.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}/adoptions/mine", new { status = "Interested" }, Ct);
        var post = await client.PostAsJsonAsync($"/api/knowledge/interventions/{item.Id}/evaluations",
            EvidenceWorld.Evaluation(EvaluationDesign.Rct, (EvidenceOutcome.Knowledge, FindingResult.Positive)), Ct);
        var readiness = await client.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}/readiness", new { items = Array.Empty<object>() }, Ct);
        var matrix = await client.GetStringAsync("/api/knowledge/adoptions", Ct);
        var network = await client.GetStringAsync("/Knowledge/Adoptions", Ct);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readiness.StatusCode);
        Assert.DoesNotContain(item.Id.ToString(), matrix, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Name, network, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmberRecipient_SeesEvidenceAndAdoptions_ButCannotEditReadiness()
    {
        var item = await WithEvidenceAsync(TlpMarking.Amber, true, "FI");
        var officer = await app.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var page = await client.GetStringAsync($"/Knowledge/Interventions/{item.Slug}/Evidence", Ct);
        var readinessEdit = await client.GetAsync($"/Knowledge/Interventions/{item.Slug}/Readiness", Ct);

        Assert.Contains("ProcessOnly study", page, StringComparison.Ordinal);
        Assert.Contains("hidden-contact@gb.example", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, readinessEdit.StatusCode);
        foreach (var url in Apis(item))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Owner_SavesReadinessThroughPage_ShownOnEvidencePage()
    {
        var author = await app.CreateMemberAsync("GB", Roles.PreventionOfficer);
        var item = await app.CreateInterventionAsync("GB", author);
        var client = await app.SignInAsync(author);
        var url = $"/Knowledge/Interventions/{item.Slug}/Readiness";

        var invalid = await client.PostFormAsync(url, new() { ["Items[0].Element"] = "Manual", ["Items[0].Level"] = "Available", ["MaterialLanguages"] = "english" });
        var saved = await client.PostFormAsync(url, new()
        {
            ["Items[0].Element"] = "Manual", ["Items[0].Level"] = "Available", ["Items[0].Note"] = "Manual v2 in English",
            ["Items[1].Element"] = "Training", ["Items[1].Level"] = "Partial", ["MaterialLanguages"] = "en, nl",
        });
        var page = await client.GetStringAsync($"/Knowledge/Interventions/{item.Slug}/Evidence", Ct);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Enter languages as two-letter codes", await invalid.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Manual v2 in English", page, StringComparison.Ordinal);
        Assert.Contains("Materials in: en, nl", page, StringComparison.Ordinal);
    }
}
