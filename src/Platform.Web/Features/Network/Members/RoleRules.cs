using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Members;

/// <summary>Which roles an admin may grant, and the English labels of the roles.</summary>
public static class RoleRules
{
    public static readonly IReadOnlySet<string> PartnerRoles =
        new HashSet<string>([Roles.PartnerContributor, Roles.Viewer], StringComparer.Ordinal);

    public static string Label(string role) => role switch
    {
        Roles.NetworkAdmin => "Network admin",
        Roles.CountryAdmin => "Country admin",
        Roles.PreventionOfficer => "Prevention officer",
        Roles.CaseWorker => "Case worker",
        Roles.PartnerContributor => "Partner contributor",
        Roles.Viewer => "Viewer",
        _ => role,
    };

    /// <summary>Only a network admin grants (or takes away) the network admin role.</summary>
    public static IReadOnlyList<string> Grantable(NetworkActor actor) =>
        [.. Roles.All.Where(r => r != Roles.NetworkAdmin || actor.IsNetworkAdmin)];

    /// <summary>Errors (English) for changing <paramref name="current"/> into <paramref name="requested"/>; empty when allowed.</summary>
    public static IReadOnlyList<string> CheckChange(
        NetworkActor actor, string memberId, bool isPartnerMember, IReadOnlyCollection<string> current, IReadOnlyCollection<string> requested)
    {
        var errors = new List<string>();
        if (requested.Count == 0)
        {
            errors.Add("Choose at least one role.");
        }

        if (requested.Any(r => !Roles.IsKnown(r)))
        {
            errors.Add("One of the roles does not exist.");
        }

        var changesNetworkAdmin = current.Contains(Roles.NetworkAdmin) != requested.Contains(Roles.NetworkAdmin);
        if (changesNetworkAdmin && !actor.IsNetworkAdmin)
        {
            errors.Add("Only a network admin can grant or remove the network admin role.");
        }

        if (memberId == actor.MemberId
            && ((current.Contains(Roles.CountryAdmin) && !requested.Contains(Roles.CountryAdmin))
                || (current.Contains(Roles.NetworkAdmin) && !requested.Contains(Roles.NetworkAdmin))))
        {
            errors.Add("You cannot remove your own admin role. Ask another admin to do it.");
        }

        if (isPartnerMember && requested.Any(r => !PartnerRoles.Contains(r)))
        {
            errors.Add("Members of a partner organisation can only be partner contributor or viewer.");
        }

        return errors;
    }
}
