using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Cases.Programmes;

/// <summary>One package version in readable form, and adopting it for the member's agency.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class VersionModel(ProgrammeCatalog catalog, AdoptProgrammeHandler adopt, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public AdoptProgrammeInput Input { get; set; } = new();

    public ProgrammePackage Package { get; private set; } = null!;

    public ProgrammeDefinition Definition { get; private set; } = null!;

    public AgencyProgramme? Adoption { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, version, cancellationToken))
        {
            return NotFound();
        }

        if (Adoption is not null)
        {
            Input.TimeZoneId = Adoption.TimeZoneId;
            Input.Holidays = string.Join('\n', Adoption.Holidays.Select(h => h.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, int version, CancellationToken cancellationToken)
    {
        Input.Key = key;
        Input.Version = version;
        var outcome = await adopt.HandleAsync(CaseActor.From(User), Input, cancellationToken);
        if (outcome.IsNotFound || !await LoadAsync(key, version, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.IsInvalid)
        {
            ModelState.Clear();
            outcome.AddTo(ModelState, localizer);
            return Page();
        }

        TempData["Message"] = localizer["Your agency now runs {0} version {1}.", Package.Name, version].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(string key, int version, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(key, version, cancellationToken) is not { } package)
        {
            return false;
        }

        Package = package;
        Definition = System.Text.Json.JsonSerializer.Deserialize<ProgrammeDefinition>(package.DefinitionJson, ProgrammeDefinitionValidator.Json)!;
        Adoption = await catalog.AdoptionAsync(key, version, cancellationToken);
        return true;
    }
}
