using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>The national work package: the officer's filters and sort on facts, the matching persons, a bulk decision.</summary>
[Authorize(Policy = Policies.PersonalData)]
public sealed class IndexModel(ListPersonsHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PersonFilter Filter { get; set; } = new();

    public WorkPackage Package { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int? pageNumber, [FromQuery(Name = "pageSize")] int? pageSize, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(ContactActor.From(User), id, Filter, pageNumber, pageSize, cancellationToken);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        Package = outcome.Value!;
        return Page();
    }

    public string Query => Request.QueryString.Value ?? "";

    public Pager Pager => Pager.For(Package.Persons, Request);
}
