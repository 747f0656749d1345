using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Model;

/// <summary>
/// Keyed pseudonym (<c>IAgencyPseudonyms</c>, purpose <see cref="Purpose"/>) of one normalised identifier of a
/// person, so that the same person is recognised in a later operation of the same country. Nothing links across
/// countries: each agency has its own key.
/// </summary>
public sealed class PersonPseudonym : IAgencyOwned
{
    public const string Purpose = "operations.reappearance";

    public Guid Id { get; set; } = AscendingGuid.Next();

    public required string AgencyCode { get; set; }

    public Guid OperationId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Which identifier was pseudonymised: "email", "username", "payer", "crypto", "phone".</summary>
    public required string IdentifierKind { get; set; }

    public required string Pseudonym { get; set; }
}

internal sealed class PersonPseudonymConfiguration : IEntityTypeConfiguration<PersonPseudonym>
{
    public void Configure(EntityTypeBuilder<PersonPseudonym> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AgencyCode).HasMaxLength(2);
        builder.Property(p => p.IdentifierKind).HasMaxLength(20);
        builder.Property(p => p.Pseudonym).HasMaxLength(32);
        // The re-offending report reads one agency's pseudonyms of one operation at a time and matches them by hash:
        // an index on the pseudonym itself would only turn every insert of an import into a random-page write.
        builder.HasIndex(p => new { p.AgencyCode, p.OperationId });
        builder.HasIndex(p => new { p.PersonId, p.IdentifierKind, p.Pseudonym }).IsUnique();
        builder.HasOne<OperationPerson>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
