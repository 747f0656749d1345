using System.Linq.Expressions;

namespace Platform.Web.Features.Operations.Model;

/// <summary>The one rule for who sees an operation record: members of a participating country. Use it in every query.</summary>
public static class OperationVisibility
{
    public static Expression<Func<Operation, bool>> VisibleTo(string? agencyCode) =>
        o => agencyCode != null && o.Participants.Any(p => p.AgencyCode == agencyCode);
}
