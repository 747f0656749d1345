using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Infrastructure.Tenancy;

/// <summary>
/// The agency filter's index: every agency-owned table has an index that leads with AgencyCode, except the bulk tables
/// that are read only through a parent key, where the index would only slow the import and the person build.
/// </summary>
public sealed class AgencyIndexTests
{
    private static readonly Type[] ReadThroughParentKey = [typeof(StagingRow), typeof(OperationPerson)];

    [Fact]
    public void AgencyOwnedTables_HaveAnIndexLeadingWithAgencyCode_UnlessReadThroughAParentKey()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var owned = db.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(IAgencyOwned).IsAssignableFrom(t.ClrType)).ToList();

        var leadsWithAgency = owned.ToDictionary(t => t.ClrType, t => t.GetIndexes().Any(i => i.Properties[0].Name == nameof(IAgencyOwned.AgencyCode)));

        Assert.All(ReadThroughParentKey, type => Assert.False(leadsWithAgency[type], $"{type.Name} has an AgencyCode index"));
        Assert.All(owned.Where(t => !ReadThroughParentKey.Contains(t.ClrType)), t => Assert.True(leadsWithAgency[t.ClrType], $"{t.ClrType.Name} lacks an AgencyCode index"));
        Assert.True(owned.Count > ReadThroughParentKey.Length);
    }
}
