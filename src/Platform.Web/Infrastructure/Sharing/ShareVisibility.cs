using System.Linq.Expressions;

namespace Platform.Web.Infrastructure.Sharing;

/// <summary>
/// The one rule for who sees a shareable item, as an expression EF translates on both providers and as a
/// predicate for items already in memory. Every query over an <see cref="IShareable"/> type goes through it.
/// </summary>
public static class ShareVisibility
{
    public static Expression<Func<T, bool>> VisibleTo<T>(ShareViewer viewer) where T : class, IShareable
    {
        var member = viewer.MemberId;
        var agency = viewer.AgencyCode;
        if (member is null)
        {
            return item => item.ReleaseState == ReleaseState.Released && item.Tlp == TlpMarking.Clear;
        }

        return item =>
            (agency != null && item.OwnerAgencyCode == agency)
            || (item.ReleaseState == ReleaseState.Released
                && (item.Tlp == TlpMarking.Clear
                    || item.Tlp == TlpMarking.Green
                    || (item.Tlp == TlpMarking.Amber && agency != null && item.AmberAgencyCodes.Contains(agency))
                    || (item.Tlp == TlpMarking.Red && item.RedMemberIds.Contains(member))));
    }

    /// <summary>The same rule for one item already loaded (compiles the expression: fine for single-item pages).</summary>
    public static bool CanSee<T>(this ShareViewer viewer, T item) where T : class, IShareable =>
        VisibleTo<T>(viewer).Compile()(item);
}
