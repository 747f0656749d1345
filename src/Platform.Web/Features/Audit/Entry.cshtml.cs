using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Audit;

[Authorize(Policy = AuditModule.ReaderPolicy)]
public sealed class EntryModel(SearchAuditEntries search) : PageModel
{
    public AuditEntryDto Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long sequence)
    {
        var viewer = AuditViewer.For(User);
        if (viewer is null || await search.FindAsync(viewer, sequence, HttpContext.RequestAborted) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }
}
