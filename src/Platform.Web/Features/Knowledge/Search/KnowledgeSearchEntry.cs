using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// One searchable item (intervention or document), denormalised for facets and display. It copies the item's
/// sharing fields so the one <see cref="ShareVisibility"/> rule filters search results. The words themselves live
/// in a provider-specific full-text table (PostgreSQL tsvector rows, SQLite FTS5) created by the KnowledgeSearch
/// migration and written by <see cref="KnowledgeIndexer"/> only.
/// </summary>
public sealed class KnowledgeSearchEntry : IShareable
{
    public Guid ItemId { get; set; }

    public KnowledgeItemKind Kind { get; set; }

    /// <summary>A document's intervention (its facets come from there); null for interventions and network documents.</summary>
    public Guid? InterventionId { get; set; }

    public string? Slug { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Start of the English summary or description: the snippet when there is no search text.</summary>
    public string Summary { get; set; } = "";

    public string OwnerAgencyCode { get; set; } = "";

    public TlpMarking Tlp { get; set; }

    public ReleaseState ReleaseState { get; set; }

    public List<string> AmberAgencyCodes { get; set; } = [];

    public List<string> RedMemberIds { get; set; } = [];

    public PreventionStage? Stage { get; set; }

    /// <summary>Bit <c>1 &lt;&lt; (int)OffenceType</c> per offence type: one integer is read and tested faster than a list.</summary>
    public int OffenceMask { get; set; }

    public EvidenceTier Tier { get; set; }

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    /// <summary>Owner and adopting countries as " NL GB " (space-delimited, padded).</summary>
    public string Countries { get; set; } = " ";

    /// <summary>ISO 639-1 codes as " en nl " (space-delimited, padded).</summary>
    public string Languages { get; set; } = " ";

    public static int MaskOf(IEnumerable<OffenceType> offences) => offences.Aggregate(0, (mask, o) => mask | (1 << (int)o));

    public static string Codes(IEnumerable<string> codes) =>
        " " + string.Join(' ', codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) + " ";

    public static string[] SplitCodes(string codes) => codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class KnowledgeSearchEntryConfiguration : IEntityTypeConfiguration<KnowledgeSearchEntry>
{
    public void Configure(EntityTypeBuilder<KnowledgeSearchEntry> builder)
    {
        builder.ToTable("KnowledgeSearchEntries");
        builder.HasKey(e => e.ItemId);
        builder.Property(e => e.Slug).HasMaxLength(80);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Summary).HasMaxLength(400);
        builder.Property(e => e.OwnerAgencyCode).HasMaxLength(2);
        builder.Property(e => e.Countries).HasMaxLength(400);
        builder.Property(e => e.Languages).HasMaxLength(200);
        builder.HasIndex(e => e.InterventionId);
    }
}
