using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Sharing;

/// <summary>Model of _SharingForm: the marking being edited, what may be chosen, and whether this member may release.</summary>
public sealed record SharingForm(ShareInput Input, ShareChoices Choices, IKnowledgeItem Item, bool CanRelease, bool IsLastEditor)
{
    public bool IsReleased => Item.ReleaseState == ReleaseState.Released;
}
