using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

internal static class DocumentsApi
{
    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge/documents", "Knowledge");
        var maxUpload = app.ServiceProvider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.MaxUploadBytes;

        group.MapGet("/", async (string? search, DocumentKind? kind, Guid? interventionId, bool? networkOnly, int? page, int? pageSize, ClaimsPrincipal user, ListDocumentsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(KnowledgeActor.From(user), new DocumentListQuery(search, kind, interventionId, networkOnly ?? false, page, pageSize), ct)))
            .WithSummary("Documents and materials you may see (TLP and release rules applied), one page at a time")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}", async Task<Results<Ok<DocumentView>, NotFound>> (Guid id, ClaimsPrincipal user, ListDocumentsHandler handler, CancellationToken ct) =>
                await handler.GetAsync(KnowledgeActor.From(user), id, ct) is { } d ? TypedResults.Ok(DocumentView.From(d.Document)) : TypedResults.NotFound())
            .WithSummary("A document's metadata (title, kind, size, SHA-256, marking)")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}/content", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, HttpContext http, ListDocumentsHandler handler, CancellationToken ct) =>
            {
                if (await handler.ContentAsync(KnowledgeActor.From(http.User), id, ct) is not { } file)
                {
                    return TypedResults.NotFound();
                }

                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(file.Bytes, file.Document.ContentType, file.Document.FileName);
            })
            .WithSummary("Download a document's file (as an attachment)")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async ([FromForm] DocumentForm form, IFormFile? file, ClaimsPrincipal user, UploadDocumentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(KnowledgeActor.From(user), form.ToInput(), file is null ? null : new UploadedFile(file.FileName, file.Length, file.OpenReadStream), ct))
                    .ToKnowledgeCreated(d => $"/api/knowledge/documents/{d.Id}"))
            .WithSummary("Upload a document (multipart: file plus title, kind, language, optional interventionId and TLP marking); a national draft until released")
            .RequireAuthorization(KnowledgePolicies.Editor)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload + KnowledgeOptions.FormOverheadBytes))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = maxUpload + KnowledgeOptions.FormOverheadBytes });

        group.MapPut("/{id:guid}/sharing", async (Guid id, ShareInput input, ClaimsPrincipal user, ShareItemHandler handler, CancellationToken ct) =>
                (await handler.SetMarkingAsync<KnowledgeDocument>(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Change a document's TLP marking; it returns to national draft")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapPost("/{id:guid}/release", async (Guid id, ShareInput input, ClaimsPrincipal user, ShareItemHandler handler, CancellationToken ct) =>
                (await handler.ReleaseAsync<KnowledgeDocument>(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Release a document under the given TLP marking (four eyes: not by its uploader or last editor)")
            .RequireAuthorization(KnowledgePolicies.Editor);
    }
}

/// <summary>The form fields of a multipart upload.</summary>
internal sealed class DocumentForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public DocumentKind? Kind { get; set; }

    public string? Language { get; set; }

    public Guid? InterventionId { get; set; }

    public TlpMarking? Tlp { get; set; }

    public string[]? AmberAgencyCodes { get; set; }

    public string[]? RedMemberIds { get; set; }

    public DocumentInput ToInput() => new()
    {
        Title = Title ?? "",
        Description = Description ?? "",
        Kind = Kind ?? DocumentKind.Other,
        Language = Language ?? "",
        InterventionId = InterventionId,
        Tlp = Tlp ?? TlpMarking.Green,
        AmberAgencyCodes = [.. AmberAgencyCodes ?? []],
        RedMemberIds = [.. RedMemberIds ?? []],
    };
}
