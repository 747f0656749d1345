using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// One row whose <see cref="Stamp"/> changes, in the same transaction, with every write to the search index; each
/// host compares it with the stamp of its in-memory <see cref="KnowledgeSearchSnapshot"/>, so several hosts on one
/// database never serve stale facets. A random stamp rather than a counter: a rolled-back write can never reuse it.
/// </summary>
public sealed class KnowledgeSearchState
{
    public const int SingleRowId = 1;

    public int Id { get; set; }

    public Guid Stamp { get; set; }
}

internal sealed class KnowledgeSearchStateConfiguration : IEntityTypeConfiguration<KnowledgeSearchState>
{
    public void Configure(EntityTypeBuilder<KnowledgeSearchState> builder)
    {
        builder.ToTable("KnowledgeSearchState");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new KnowledgeSearchState { Id = KnowledgeSearchState.SingleRowId, Stamp = Guid.Empty });
    }
}
