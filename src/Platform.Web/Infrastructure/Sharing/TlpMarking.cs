using System.Text.Json.Serialization;

namespace Platform.Web.Infrastructure.Sharing;

/// <summary>
/// Traffic Light Protocol 2.0 marking of a shareable item (FIRST TLP). It decides which members outside the
/// owning agency may see a released item; see <see cref="ShareVisibility"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TlpMarking>))]
public enum TlpMarking
{
    /// <summary>No limit: every member and partner of the network, and public pages.</summary>
    Clear = 0,

    /// <summary>The community: every signed-in member of the network, partner organisations included.</summary>
    Green = 1,

    /// <summary>The owning agency plus the agencies listed on the item.</summary>
    Amber = 2,

    /// <summary>The owning agency plus the individual members listed on the item.</summary>
    Red = 3,
}
