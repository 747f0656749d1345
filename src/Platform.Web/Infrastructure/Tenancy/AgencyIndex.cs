using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Infrastructure.Tenancy;

/// <summary>
/// AppDbContext gives every agency-owned table an index on AgencyCode for its agency filter. A bulk table whose rows
/// are only ever read through a parent key (an import, a person, an operation) opts out: the filter is then tested on
/// the rows that key found, and the index would only cost each insert (a quarter of PostgreSQL's time to stage an
/// import's rows, all with the same code).
/// </summary>
public static class AgencyIndex
{
    internal const string NotNeededAnnotation = "Platform:AgencyIndexNotNeeded";

    public static EntityTypeBuilder<T> ReadThroughParentKeyOnly<T>(this EntityTypeBuilder<T> builder) where T : class, IAgencyOwned
    {
        builder.Metadata.SetAnnotation(NotNeededAnnotation, true);
        return builder;
    }
}
