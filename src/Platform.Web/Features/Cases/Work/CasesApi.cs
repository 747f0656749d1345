using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Cases.Work;

/// <summary>REST for the case lifecycle. Another agency's records answer 404; a stale Version answers 409.</summary>
internal static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/cases", "Cases").RequireAuthorization(Policies.PersonalData);

        group.MapGet("/", async (string? search, CaseStage? stage, bool? mine, int? page, int? pageSize, ClaimsPrincipal user, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.CasesAsync(CaseActor.From(user), new CaseQuery(search, stage, mine ?? false, page, pageSize), ct)))
            .WithSummary("Cases of your agency (case numbers only), newest first");

        group.MapGet("/{id:guid}", async Task<Results<Ok<CaseDetailView>, NotFound>> (Guid id, CaseDetailQuery query, CancellationToken ct) =>
                await query.FindAsync(id, ct) is { } detail ? TypedResults.Ok(CaseDetailView.From(detail)) : TypedResults.NotFound())
            .WithSummary("One case with its eligibility, consents, plan and dosage, follow-ups and open tasks (no identity fields)");

        group.MapGet("/tasks", async (bool? all, int? page, int? pageSize, ClaimsPrincipal user, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.TasksAsync(CaseActor.From(user), null, !(all ?? false), page, pageSize, ct)))
            .WithSummary("Open tasks (yours, or the agency's with all=true), oldest due date first");

        group.MapPost("/tasks/{id:guid}/done", async (Guid id, ClaimsPrincipal user, CompleteTaskHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, ct)).ToApiResult(t => t))
            .WithSummary("Mark a task done");

        group.MapGet("/enquiries", async (bool? open, int? page, int? pageSize, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.EnquiriesAsync(open ?? true, page, pageSize, ct)))
            .WithSummary("Anonymous enquiries of your agency");

        group.MapPost("/enquiries", async (EnquiryInput input, ClaimsPrincipal user, RecordEnquiryHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), input, ct)).ToApiResult(e => e))
            .WithSummary("Record an anonymous enquiry (no names)");

        group.MapPost("/", async (ReferralInput input, ClaimsPrincipal user, CreateReferralHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), input, ct)).ToApiResult(CaseView.From))
            .WithSummary("Open a case from a referral (optionally converting an enquiry); identity is stored encrypted");

        group.MapPost("/{id:guid}/eligibility", async (Guid id, EligibilityInput input, ClaimsPrincipal user, RecordEligibilityHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(d => d))
            .WithSummary("Record the eligibility checklist and the officer's decision with its reason");

        group.MapPost("/{id:guid}/consents", async (Guid id, ConsentInput input, ClaimsPrincipal user, RecordConsentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(c => c))
            .WithSummary("Record consent of the young person or a guardian");

        group.MapPost("/{id:guid}/enrolment", async (Guid id, VersionInput input, ClaimsPrincipal user, EnrolHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(CaseView.From))
            .WithSummary("Enrol an eligible case (requires the consents)");

        group.MapPost("/{id:guid}/modules", async (Guid id, PlanModuleInput input, ClaimsPrincipal user, PlanModuleHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(m => m))
            .WithSummary("Add a programme module to the case plan");

        group.MapPost("/{id:guid}/sessions", async (Guid id, SessionInput input, ClaimsPrincipal user, RecordSessionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(s => s))
            .WithSummary("Schedule or record a session (dosage and fidelity)");

        group.MapPost("/{id:guid}/end", async (Guid id, EndProgrammeInput input, ClaimsPrincipal user, EndProgrammeHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(CaseView.From))
            .WithSummary("Record completion or drop-out; schedules the follow-ups");

        group.MapPost("/{id:guid}/follow-ups/{followUpId:guid}", async (Guid id, Guid followUpId, FollowUpInput input, ClaimsPrincipal user, RecordFollowUpHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, followUpId, input, ct)).ToApiResult(f => f))
            .WithSummary("Record a due follow-up as reported by the justice system");

        group.MapPost("/{id:guid}/close", async (Guid id, CloseCaseInput input, ClaimsPrincipal user, CloseCaseHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(CaseActor.From(user), id, input, ct)).ToApiResult(CaseView.From))
            .WithSummary("Close a case");
    }

    private static Results<Ok<TView>, NotFound, ValidationProblem, ProblemHttpResult> ToApiResult<T, TView>(this CaseOutcome<T> outcome, Func<T, TView> view) =>
        outcome.IsNotFound ? TypedResults.NotFound()
        : outcome.IsConflict ? TypedResults.Problem(
            title: "Version conflict",
            detail: $"{CaseOutcome.ConflictMessage} The case is now at version {outcome.ConflictVersion}; reload it and apply your change again.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = outcome.ConflictVersion })
        : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
        : TypedResults.Ok(view(outcome.Value!));
}
