using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

/// <summary>What describes an upload; the file itself comes as a stream. A material names its intervention.</summary>
public sealed class DocumentInput
{
    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public DocumentKind Kind { get; set; } = DocumentKind.Manual;

    public string Language { get; set; } = "en";

    public Guid? InterventionId { get; set; }

    public TlpMarking Tlp { get; set; } = TlpMarking.Green;

    public List<string> AmberAgencyCodes { get; set; } = [];

    public List<string> RedMemberIds { get; set; } = [];
}

/// <summary>An uploaded file as the handler receives it (from a page's IFormFile or the API's multipart body).</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Stores a checked file as a national draft of the uploader's agency. Nothing is stored unless the file passes the
/// size limit and the content check; the SHA-256 lets colleagues verify what they downloaded.
/// </summary>
public sealed class UploadDocumentHandler(AppDbContext db, ItemSharing sharing, IAuditLog audit, TimeProvider clock, IOptions<KnowledgeOptions> options)
{
    public const string FileField = "File";

    public async Task<Outcome<DocumentView>> HandleAsync(KnowledgeActor actor, DocumentInput input, UploadedFile? file, CancellationToken cancellationToken = default)
    {
        if (!actor.CanCreate)
        {
            return Outcome.NotFound<DocumentView>();
        }

        var errors = Check(input);
        var share = new ShareInput { Tlp = input.Tlp, AmberAgencyCodes = input.AmberAgencyCodes ?? [], RedMemberIds = input.RedMemberIds ?? [] };
        foreach (var (field, messages) in await sharing.CheckAsync(actor.AgencyCode!, share, cancellationToken))
        {
            errors[field] = messages;
        }

        if (input.InterventionId is { } interventionId)
        {
            var intervention = await db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer))
                .FirstOrDefaultAsync(i => i.Id == interventionId, cancellationToken);
            if (intervention is null || !actor.CanEdit(intervention))
            {
                errors[nameof(input.InterventionId)] = ["Attach materials to an intervention of your own agency."];
            }
        }

        var (bytes, fileError) = await ReadAsync(file, cancellationToken);
        var (inspected, contentError) = bytes is null ? (null, null) : DocumentFiles.Inspect(file!.FileName, bytes);
        if ((fileError ?? contentError) is { } message)
        {
            errors[FileField] = [message];
        }

        if (errors.Count > 0 || inspected is null || bytes is null)
        {
            return Outcome.Invalid<DocumentView>(errors);
        }

        var now = clock.GetUtcNow();
        var document = new KnowledgeDocument
        {
            Title = input.Title,
            Description = input.Description,
            Kind = input.Kind,
            Language = input.Language,
            InterventionId = input.InterventionId,
            OwnerAgencyCode = actor.AgencyCode!,
            FileName = SafeFileName(file!.FileName),
            ContentType = inspected.ContentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            ExtractedText = inspected.ExtractedText,
            CreatedBy = actor.MemberId,
            LastEditedBy = actor.MemberId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ItemSharing.ApplyMarking(document, share);
        db.KnowledgeDocuments.Add(document);
        db.KnowledgeDocumentContents.Add(new KnowledgeDocumentContent { DocumentId = document.Id, Bytes = bytes });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("knowledge.document.uploaded", nameof(KnowledgeDocument), document.Id.ToString(), document.OwnerAgencyCode,
            Details: $"{document.ContentType}, {document.SizeBytes} bytes, sha256 {document.Sha256}; {ItemSharing.Describe(document)}; national draft"), cancellationToken);
        return Outcome.Ok(DocumentView.From(document));
    }

    private async Task<(byte[]? Bytes, string? Error)> ReadAsync(UploadedFile? file, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        var tooLarge = $"The file is larger than the limit of {FormatSize(limit)}.";
        if (file is null || string.IsNullOrWhiteSpace(file.FileName))
        {
            return (null, "Choose a file to upload.");
        }

        if (file.Length > limit)
        {
            return (null, tooLarge);
        }

        // Read at most one byte past the limit: the declared length of a multipart section can lie.
        await using var stream = file.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, tooLarge);
            }
        }

        return (buffer.ToArray(), null);
    }

    private static Dictionary<string, string[]> Check(DocumentInput input)
    {
        input.Title = input.Title?.Trim() ?? "";
        input.Description = input.Description?.Trim() ?? "";
        input.Language = input.Language?.Trim().ToLowerInvariant() ?? "";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Title.Length is 0 or > 200)
        {
            errors[nameof(input.Title)] = ["Enter a title (at most 200 characters)."];
        }

        if (input.Description.Length > 4000)
        {
            errors[nameof(input.Description)] = ["Use at most 4000 characters."];
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(input.Kind)] = ["Choose the kind of document."];
        }

        if (!InterventionRules.IsLanguageCode(input.Language))
        {
            errors[nameof(input.Language)] = ["Enter the language as a two-letter ISO 639-1 code, such as en, nl or pt."];
        }

        return errors;
    }

    internal static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var cleaned = new string([.. file.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)]);
        return cleaned.Length > 200 ? cleaned[^200..] : cleaned;
    }
}
