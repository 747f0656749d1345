using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Sharing;

/// <summary>
/// The four-eyes and TLP rules both interventions and documents follow. Content edits and marking changes return a
/// released item to national draft under the name of the member who made them; only another editor of the owning
/// agency can release it again.
/// </summary>
public sealed class ItemSharing(AppDbContext db, TimeProvider clock)
{
    public const string ConflictMessage =
        "Someone else changed this item after you opened it. Reload the page to see their changes, then make yours again.";

    /// <summary>Agencies an owner may name for AMBER and members for RED: own agency members plus directory contacts.</summary>
    public async Task<ShareChoices> ChoicesAsync(string ownerAgencyCode, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => a.IsActive && a.Code != ownerAgencyCode)
            .OrderBy(a => a.CountryName)
            .Select(a => new ShareAgencyChoice(a.Code, a.CountryName))
            .ToListAsync(cancellationToken);
        var members = await Addressable(ownerAgencyCode)
            .OrderBy(m => m.AgencyCode).ThenBy(m => m.DisplayName)
            .Select(m => new ShareMemberChoice(m.Id, m.DisplayName, m.AgencyCode))
            .ToListAsync(cancellationToken);
        return new ShareChoices(agencies, members);
    }

    /// <summary>Checks a marking and normalises its lists (AMBER keeps agencies only, RED members only).</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> CheckAsync(string ownerAgencyCode, ShareInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Tlp))
        {
            errors[nameof(ShareInput.Tlp)] = ["Choose a TLP marking."];
            return errors;
        }

        input.AmberAgencyCodes = input.Tlp == TlpMarking.Amber
            ? [.. input.AmberAgencyCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0 && c != ownerAgencyCode).Distinct().Order(StringComparer.Ordinal)]
            : [];
        input.RedMemberIds = input.Tlp == TlpMarking.Red
            ? [.. input.RedMemberIds.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct().Order(StringComparer.Ordinal)]
            : [];

        if (input.Tlp == TlpMarking.Amber)
        {
            var codes = input.AmberAgencyCodes;
            var known = await db.Agencies.CountAsync(a => a.IsActive && codes.Contains(a.Code), cancellationToken);
            if (codes.Count == 0)
            {
                errors[nameof(ShareInput.AmberAgencyCodes)] = ["TLP:AMBER needs at least one other agency to share with."];
            }
            else if (known != codes.Count)
            {
                errors[nameof(ShareInput.AmberAgencyCodes)] = ["Choose agencies of the network only."];
            }
        }

        if (input.Tlp == TlpMarking.Red)
        {
            var ids = input.RedMemberIds;
            var known = await Addressable(ownerAgencyCode).CountAsync(m => ids.Contains(m.Id), cancellationToken);
            if (ids.Count == 0)
            {
                errors[nameof(ShareInput.RedMemberIds)] = ["TLP:RED needs at least one named member."];
            }
            else if (known != ids.Count)
            {
                errors[nameof(ShareInput.RedMemberIds)] = ["Choose members of your agency or contacts listed in the directory only."];
            }
        }

        return errors;
    }

    /// <summary>Whether the marking differs from the item's current one.</summary>
    public static bool Changes(IKnowledgeItem item, ShareInput input) =>
        item.Tlp != input.Tlp
        || !item.AmberAgencyCodes.Order(StringComparer.Ordinal).SequenceEqual(input.AmberAgencyCodes)
        || !item.RedMemberIds.Order(StringComparer.Ordinal).SequenceEqual(input.RedMemberIds);

    public static void ApplyMarking(IKnowledgeItem item, ShareInput input)
    {
        item.Tlp = input.Tlp;
        item.AmberAgencyCodes = [.. input.AmberAgencyCodes];
        item.RedMemberIds = [.. input.RedMemberIds];
    }

    /// <summary>A content or marking change: back to national draft, awaiting another member's release.</summary>
    public void MarkEdited(IKnowledgeItem item, string memberId)
    {
        item.ReleaseState = ReleaseState.NationalDraft;
        item.LastEditedBy = memberId;
        item.ReleasedBy = null;
        item.ReleasedAt = null;
        Touch(item);
    }

    public void MarkReleased(IKnowledgeItem item, string memberId)
    {
        item.ReleaseState = ReleaseState.Released;
        item.ReleasedBy = memberId;
        item.ReleasedAt = clock.GetUtcNow();
        Touch(item);
    }

    /// <summary>Makes EF check the version the editor saw and gives the item a new one.</summary>
    public bool ExpectVersion(IKnowledgeItem item, Guid seen)
    {
        if (item.Version != seen)
        {
            return false;
        }

        db.Entry(item).Property(nameof(IKnowledgeItem.Version)).OriginalValue = seen;
        item.Version = Guid.NewGuid();
        return true;
    }

    public static string Describe(IShareable item) => item.Tlp switch
    {
        TlpMarking.Amber => $"TLP:AMBER {string.Join(",", item.AmberAgencyCodes)}",
        TlpMarking.Red => $"TLP:RED {item.RedMemberIds.Count} members",
        _ => $"TLP:{item.Tlp.ToString().ToUpperInvariant()}",
    };

    private void Touch(IKnowledgeItem item) => item.UpdatedAt = clock.GetUtcNow();

    private IQueryable<Network.Member> Addressable(string ownerAgencyCode) =>
        db.Users.AsNoTracking().Where(m => m.DeactivatedAt == null && m.AgencyCode != null
            && (m.AgencyCode == ownerAgencyCode || m.ListedInDirectory));
}
