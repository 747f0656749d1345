using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Platform.Web.Features.Network.Partners;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>What the New and Edit pages share: the bound form and the pick lists of _EventForm.cshtml.</summary>
public abstract class EventFormPage(ListPartnersHandler partners) : PageModel
{
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "pt", "de", "fi", "sv", "fr", "es", "da", "nb", "et", "it", "pl"];

    public static IReadOnlyList<string> TimeZones { get; } = [.. DateTimeZoneProviders.Tzdb.Ids.Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [BindProperty]
    public EventForm Form { get; set; } = new();

    public IReadOnlyList<PartnerView> Partners { get; private set; } = [];

    public bool IsSession => Form.Input.ParentId is not null;

    protected async Task LoadPickListsAsync(CancellationToken cancellationToken) =>
        Partners = (await partners.HandleAsync(new PartnerQuery(PageSize: 100), cancellationToken)).Items;
}
