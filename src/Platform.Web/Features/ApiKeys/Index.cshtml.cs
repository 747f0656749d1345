using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.ApiKeys;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(
    ListApiKeysHandler list,
    CreateApiKeyHandler create,
    RevokeApiKeyHandler revoke,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public static readonly IReadOnlyList<int> LifetimeChoices = [7, 30, 90, 180, 365];

    [BindProperty]
    public CreateApiKeyRequest Input { get; set; } = new();

    public IReadOnlyList<ApiKeySummary> Keys { get; private set; } = [];

    /// <summary>Set only in the response to a successful create: the one time the key is shown.</summary>
    public CreatedApiKey? Created { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!Request.Form.ContainsKey($"{nameof(Input)}.{nameof(Input.Scopes)}"))
        {
            // Unticked checkboxes post nothing; without this the default scope would be kept silently.
            Input.Scopes = [];
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Scopes)}", localizer["Choose at least one scope."]);
        }

        if (ModelState.IsValid)
        {
            var result = await create.HandleAsync(User, Input, cancellationToken);
            switch (result.Outcome)
            {
                case CreateApiKeyOutcome.Created:
                    Created = result.Key;
                    Input = new CreateApiKeyRequest();
                    ModelState.Clear();
                    break;
                case CreateApiKeyOutcome.InvalidScopes:
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Scopes)}", localizer["Choose at least one scope."]);
                    break;
                case CreateApiKeyOutcome.TwoFactorRequired:
                    ModelState.AddModelError(string.Empty, localizer["Your role gives access to personal data: sign in with two-factor authentication to create an API key."]);
                    break;
                case CreateApiKeyOutcome.TooManyKeys:
                    ModelState.AddModelError(string.Empty, localizer["You have too many active keys. Revoke one you no longer use first."]);
                    break;
                default:
                    return Forbid();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await revoke.HandleAsync(User, id, cancellationToken))
        {
            return NotFound();
        }

        StatusMessage = localizer["The key is revoked. Programs using it can no longer sign in."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Keys = (await list.HandleAsync(User, 1, ListApiKeysHandler.MaxPageSize, cancellationToken)).Items;
}
