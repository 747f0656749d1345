using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>What interventions and documents share for the four-eyes release and TLP changes (<see cref="Sharing.ItemSharing"/>).</summary>
public interface IKnowledgeItem : IShareable
{
    Guid Id { get; }

    new TlpMarking Tlp { get; set; }

    new ReleaseState ReleaseState { get; set; }

    new List<string> AmberAgencyCodes { get; set; }

    new List<string> RedMemberIds { get; set; }

    string LastEditedBy { get; set; }

    string? ReleasedBy { get; set; }

    DateTimeOffset UpdatedAt { get; set; }

    DateTimeOffset? ReleasedAt { get; set; }

    Guid Version { get; set; }
}
