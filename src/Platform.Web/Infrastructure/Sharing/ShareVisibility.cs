using System.Linq.Expressions;

namespace Platform.Web.Infrastructure.Sharing;

/// <summary>
/// The one rule for who sees a shareable item, written once as an expression: translated by EF on both providers
/// (<see cref="VisibleTo{T}"/>) and compiled once per type for items already in memory (<see cref="CanSee{T}"/>).
/// Every query over an <see cref="IShareable"/> type goes through it.
/// </summary>
public static class ShareVisibility
{
    public static Expression<Func<T, bool>> VisibleTo<T>(ShareViewer viewer) where T : class, IShareable
    {
        var rule = Rule<T>();
        // A member access on a constant viewer, as a closure would give: EF sends the values as parameters.
        var body = new Substitute(rule.Parameters[1], Expression.Constant(viewer)).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    /// <summary>The same rule for one item already loaded; the compiled rule is cached per type, so loops are cheap.</summary>
    public static bool CanSee<T>(this ShareViewer viewer, T item) where T : class, IShareable => Compiled<T>.Rule(item, viewer);

    // Anonymous viewers (no member) see released CLEAR items only; the owning agency sees its drafts.
    private static Expression<Func<T, ShareViewer, bool>> Rule<T>() where T : class, IShareable =>
        (item, viewer) =>
            (viewer.AgencyCode != null && item.OwnerAgencyCode == viewer.AgencyCode)
            || (item.ReleaseState == ReleaseState.Released
                && (item.Tlp == TlpMarking.Clear
                    || (viewer.MemberId != null
                        && (item.Tlp == TlpMarking.Green
                            || (item.Tlp == TlpMarking.Amber && viewer.AgencyCode != null && item.AmberAgencyCodes.Contains(viewer.AgencyCode))
                            || (item.Tlp == TlpMarking.Red && item.RedMemberIds.Contains(viewer.MemberId))))));

    private static class Compiled<T> where T : class, IShareable
    {
        public static readonly Func<T, ShareViewer, bool> Rule = Rule<T>().Compile();
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
