using System.Text.Json.Serialization;

namespace Platform.Web.Infrastructure.Sharing;

/// <summary>
/// Four eyes: a shareable item stays a national draft (visible to its own agency only) until a second member of
/// the owning agency, not its author, releases it. Editing a released item's content returns it to draft.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReleaseState>))]
public enum ReleaseState
{
    NationalDraft = 0,
    Released = 1,
}
