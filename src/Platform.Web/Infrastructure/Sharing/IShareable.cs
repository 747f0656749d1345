namespace Platform.Web.Infrastructure.Sharing;

/// <summary>
/// An item one agency shares with the network under a TLP marking (interventions, documents, later campaign
/// kits). Not <c>IAgencyOwned</c>: other agencies may see it, but only as <see cref="ShareVisibility"/> allows.
/// </summary>
public interface IShareable
{
    string OwnerAgencyCode { get; }

    TlpMarking Tlp { get; }

    ReleaseState ReleaseState { get; }

    /// <summary>AMBER: agencies (ISO codes) that may see the item besides the owner.</summary>
    List<string> AmberAgencyCodes { get; }

    /// <summary>RED: member ids that may see the item besides the owning agency.</summary>
    List<string> RedMemberIds { get; }
}
