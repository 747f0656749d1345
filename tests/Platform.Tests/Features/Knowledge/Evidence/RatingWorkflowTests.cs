using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Features.Knowledge.Evidence;

public sealed class RatingWorkflowTests(AuditedAppFactory app) : IClassFixture<AuditedAppFactory>
{
    private sealed record World(Intervention Item, EvidenceActor Owner, EvidenceActor Admin, EvidenceActor First, EvidenceActor Second, EvidenceActor AuthorActor, TestMember Author);

    private async Task<World> ArrangeAsync()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var ownerAdmin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var admin = await app.CreateMemberAsync("NL", Roles.NetworkAdmin);
        var first = await app.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var second = await app.CreateMemberAsync("PT", Roles.CountryAdmin);
        var item = await app.CreateInterventionAsync("NL", author);
        return new World(item, ownerAdmin.Actor(Roles.CountryAdmin), admin.Actor(Roles.NetworkAdmin), first.Actor(Roles.PreventionOfficer),
            second.Actor(Roles.CountryAdmin), author.Actor(Roles.PreventionOfficer), author);
    }

    private Task<Outcome<Guid>> OpenAsync(World w, EvidenceOutcome outcome, string first, string second) =>
        app.RunAsync<OpenRatingHandler, Outcome<Guid>>(h =>
            h.HandleAsync(w.Owner, w.Item.Id, new OpenRatingInput { Outcome = outcome, FirstReviewerId = first, SecondReviewerId = second }));

    private Task<Outcome<RatingState>> SubmitAsync(EvidenceActor reviewer, Guid rating, EvidenceTier tier) =>
        app.RunAsync<SubmitReviewHandler, Outcome<RatingState>>(h =>
            h.HandleAsync(reviewer, rating, new ReviewInput { Tier = tier, Rationale = "Rests on the process evaluation of the pilots." }));

    private Task<EvidenceTier> BestTierAsync(Guid id) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<AppDbContext>()
            .Interventions.AsNoTracking().FirstAsync(i => i.Id == id)).BestEvidenceTier);

    [Fact]
    public async Task Open_SameReviewerTwice_Refused()
    {
        var w = await ArrangeAsync();

        var outcome = await OpenAsync(w, EvidenceOutcome.Reoffending, w.First.MemberId, w.First.MemberId);

        Assert.Equal(["Choose two different reviewers."], outcome.Errors["SecondReviewerId"]);
    }

    [Fact]
    public async Task Open_AuthorAsReviewer_Refused()
    {
        var w = await ArrangeAsync();

        var outcome = await OpenAsync(w, EvidenceOutcome.Reoffending, w.Author.Id, w.Second.MemberId);

        Assert.Equal(["The intervention's author cannot review its evidence."], outcome.Errors["FirstReviewerId"]);
    }

    [Fact]
    public async Task Open_ByPreventionOfficerOfOwner_Refused()
    {
        var w = await ArrangeAsync();

        var outcome = await app.RunAsync<OpenRatingHandler, Outcome<Guid>>(h => h.HandleAsync(w.AuthorActor, w.Item.Id,
            new OpenRatingInput { Outcome = EvidenceOutcome.Reach, FirstReviewerId = w.First.MemberId, SecondReviewerId = w.Second.MemberId }));

        Assert.True(outcome.IsInvalid);
        Assert.Contains("country admin", outcome.Errors[""][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_BeforeBothReviews_KeepsOtherReviewBlind_ThenAgreedShowsBoth()
    {
        var w = await ArrangeAsync();
        var id = (await OpenAsync(w, EvidenceOutcome.Reoffending, w.First.MemberId, w.Second.MemberId)).Value;

        var afterFirst = await SubmitAsync(w.First, id, EvidenceTier.Emerging);
        var seenBySecond = (await app.RunAsync<GetRatingHandler, Outcome<RatingView>>(h => h.HandleAsync(w.Second, id))).Value!;
        var seenByFirst = (await app.RunAsync<GetRatingHandler, Outcome<RatingView>>(h => h.HandleAsync(w.First, id))).Value!;
        var twice = await SubmitAsync(w.First, id, EvidenceTier.Inconclusive);
        var afterSecond = await SubmitAsync(w.Second, id, EvidenceTier.Emerging);
        var final = (await app.RunAsync<GetRatingHandler, Outcome<RatingView>>(h => h.HandleAsync(w.Second, id))).Value!;

        Assert.Equal(RatingState.InReview, afterFirst.Value);
        var hidden = seenBySecond.Reviews.Single(r => r.ReviewerId == w.First.MemberId);
        Assert.True(hidden.Submitted);
        Assert.Null(hidden.Tier);
        Assert.Null(hidden.Rationale);
        Assert.Equal(EvidenceTier.Emerging, seenByFirst.Reviews.Single(r => r.ReviewerId == w.First.MemberId).Tier);
        Assert.True(twice.IsInvalid);
        Assert.Equal(RatingState.Agreed, afterSecond.Value);
        Assert.All(final.Reviews, r => Assert.Equal(EvidenceTier.Emerging, r.Tier));
        Assert.Equal(EvidenceTier.Emerging, final.FinalTier);
        Assert.Equal(EvidenceRating.CurrentInstrument, final.InstrumentVersion);
        Assert.Equal(EvidenceTier.Emerging, await BestTierAsync(w.Item.Id));
        Assert.Contains(app.Audit.Events, e => e.Action == "rating.agreed" && e.RecordId == id.ToString());
    }

    [Fact]
    public async Task Submit_ByNonReviewer_Refused()
    {
        var w = await ArrangeAsync();
        var id = (await OpenAsync(w, EvidenceOutcome.Reach, w.First.MemberId, w.Second.MemberId)).Value;

        var outcome = await SubmitAsync(w.Owner, id, EvidenceTier.Emerging);

        Assert.Equal(["You are not one of the two reviewers of this rating."], outcome.Errors[""]);
    }

    [Fact]
    public async Task Disagreement_IsDisputed_ThirdPersonResolvesWithReason_BestTierUpdated()
    {
        var w = await ArrangeAsync();
        await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(w.Owner, w.Item.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.QuasiExperimental, (EvidenceOutcome.DdosVolume, FindingResult.Mixed))));
        var id = (await OpenAsync(w, EvidenceOutcome.DdosVolume, w.First.MemberId, w.Second.MemberId)).Value;
        await SubmitAsync(w.First, id, EvidenceTier.NoEffects);

        var disputed = await SubmitAsync(w.Second, id, EvidenceTier.Promising);
        var bestWhileDisputed = await BestTierAsync(w.Item.Id);
        var byReviewer = await app.RunAsync<ResolveRatingHandler, Outcome<RatingState>>(h =>
            h.HandleAsync(w.First with { IsNetworkAdmin = true }, id, new ResolveInput { Tier = EvidenceTier.Inconclusive, Reason = "Mixed results across campaigns." }));
        var withoutReason = await app.RunAsync<ResolveRatingHandler, Outcome<RatingState>>(h =>
            h.HandleAsync(w.Admin, id, new ResolveInput { Tier = EvidenceTier.Inconclusive, Reason = "" }));
        var resolved = await app.RunAsync<ResolveRatingHandler, Outcome<RatingState>>(h =>
            h.HandleAsync(w.Admin, id, new ResolveInput { Tier = EvidenceTier.Inconclusive, Reason = "Mixed results across campaigns: not strong evidence of no effect." }));
        var view = (await app.RunAsync<GetRatingHandler, Outcome<RatingView>>(h => h.HandleAsync(w.Owner, id))).Value!;

        Assert.Equal(RatingState.Disputed, disputed.Value);
        Assert.Equal(EvidenceTier.NotRated, bestWhileDisputed);
        Assert.Contains("third person", byReviewer.Errors[""][0], StringComparison.Ordinal);
        Assert.True(withoutReason.Errors.ContainsKey(nameof(ResolveInput.Reason)));
        Assert.Equal(RatingState.Resolved, resolved.Value);
        Assert.Equal(EvidenceTier.Inconclusive, view.FinalTier);
        Assert.StartsWith("Mixed results", view.ResolutionReason, StringComparison.Ordinal);
        Assert.Equal(EvidenceTier.Inconclusive, await BestTierAsync(w.Item.Id));
        Assert.Contains(app.Audit.Events, e => e.Action == "rating.disputed" && e.RecordId == id.ToString());
        Assert.Contains(app.Audit.Events, e => e.Action == "rating.resolved" && e.RecordId == id.ToString() && e.Reason == view.ResolutionReason);
    }

    [Fact]
    public async Task Promising_WithoutControlledEvaluation_Refused_WithRctAccepted_BestTierIsMax()
    {
        var w = await ArrangeAsync();
        await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(w.Owner, w.Item.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.PrePost, (EvidenceOutcome.Knowledge, FindingResult.Positive))));
        var knowledge = (await OpenAsync(w, EvidenceOutcome.Knowledge, w.First.MemberId, w.Second.MemberId)).Value;

        var refused = await SubmitAsync(w.First, knowledge, EvidenceTier.Promising);
        await app.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(w.Owner, w.Item.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.Rct, (EvidenceOutcome.Knowledge, FindingResult.Positive))));
        await SubmitAsync(w.First, knowledge, EvidenceTier.Promising);
        await SubmitAsync(w.Second, knowledge, EvidenceTier.Promising);
        var reach = (await OpenAsync(w, EvidenceOutcome.Reach, w.First.MemberId, w.Second.MemberId)).Value;
        await SubmitAsync(w.First, reach, EvidenceTier.Emerging);
        await SubmitAsync(w.Second, reach, EvidenceTier.Emerging);

        Assert.Equal([RatingRules.DesignRule], refused.Errors[nameof(ReviewInput.Tier)]);
        Assert.Equal(EvidenceTier.Promising, await BestTierAsync(w.Item.Id));
    }

    [Fact]
    public async Task Open_SecondRatingOfSameOutcomeWhileInReview_Refused()
    {
        var w = await ArrangeAsync();
        await OpenAsync(w, EvidenceOutcome.Attitudes, w.First.MemberId, w.Second.MemberId);

        var again = await OpenAsync(w, EvidenceOutcome.Attitudes, w.First.MemberId, w.Second.MemberId);

        Assert.Equal(["A rating of this outcome is already in progress."], again.Errors[nameof(OpenRatingInput.Outcome)]);
    }
}
