using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Sharing;

/// <summary>
/// A TLP marking chosen by the owner: AMBER names agencies (ISO codes), RED names members (ids).
/// <see cref="Version"/> is the version the editor saw (optimistic concurrency).
/// </summary>
public sealed class ShareInput
{
    public TlpMarking Tlp { get; set; } = TlpMarking.Green;

    public List<string> AmberAgencyCodes { get; set; } = [];

    public List<string> RedMemberIds { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>What the sharing form offers: agencies for AMBER, members for RED (own agency and directory contacts).</summary>
public sealed record ShareChoices(IReadOnlyList<ShareAgencyChoice> Agencies, IReadOnlyList<ShareMemberChoice> Members);

public sealed record ShareAgencyChoice(string Code, string CountryName);

public sealed record ShareMemberChoice(string Id, string DisplayName, string? AgencyCode);
