using System.Linq.Expressions;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Documents;

public sealed record DocumentSummary(
    Guid Id, string Title, DocumentKind Kind, string Language, string FileName, string ContentType, long SizeBytes, string OwnerAgencyCode,
    Guid? InterventionId, TlpMarking Tlp, ReleaseState ReleaseState, DateTimeOffset UpdatedAt)
{
    public static readonly Expression<Func<KnowledgeDocument, DocumentSummary>> Projection = d => new DocumentSummary(
        d.Id, d.Title, d.Kind, d.Language, d.FileName, d.ContentType, d.SizeBytes, d.OwnerAgencyCode, d.InterventionId, d.Tlp, d.ReleaseState, d.UpdatedAt);
}

/// <summary>Document metadata as the API returns it (never the bytes; see the content endpoint).</summary>
public sealed record DocumentView(
    Guid Id, string Title, string Description, DocumentKind Kind, string Language, string FileName, string ContentType, long SizeBytes,
    string Sha256, string OwnerAgencyCode, Guid? InterventionId, TlpMarking Tlp, IReadOnlyList<string> AmberAgencyCodes,
    ReleaseState ReleaseState, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ReleasedAt, Guid Version)
{
    public static DocumentView From(KnowledgeDocument d) => new(
        d.Id, d.Title, d.Description, d.Kind, d.Language, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.OwnerAgencyCode, d.InterventionId,
        d.Tlp, d.AmberAgencyCodes, d.ReleaseState, d.CreatedAt, d.UpdatedAt, d.ReleasedAt, d.Version);
}

public static class DocumentKinds
{
    public static string Label(DocumentKind kind) => kind switch
    {
        DocumentKind.Manual => "Manual",
        DocumentKind.TrainingMaterial => "Training material",
        DocumentKind.LessonPlan => "Lesson plan",
        DocumentKind.Slides => "Slides",
        DocumentKind.Report => "Report",
        DocumentKind.Evaluation => "Evaluation",
        _ => "Other",
    };
}
