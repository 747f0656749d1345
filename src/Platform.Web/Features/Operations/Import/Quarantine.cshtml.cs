using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Records;

namespace Platform.Web.Features.Operations.Import;

[Authorize(Policy = OperationsPolicies.Coordinate)]
public sealed class QuarantineModel(ImportQueries imports, IAuditLog audit) : PageModel
{
    public Guid OperationId { get; private set; }
    public string OperationCode { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public PageOf<QuarantineView> Rows { get; private set; } = new([], 1, 50, 0);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid importId, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var actor = OperationActor.From(User);
        if (await imports.FindAsync(actor.AgencyCode, id, importId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (OperationId, OperationCode, FileName) = (found.Operation.Id, found.Operation.Code, found.Import.FileName);
        Rows = await imports.QuarantineAsync(importId, pageNumber, cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.import.quarantine-viewed", nameof(OperationImport), importId.ToString(), actor.AgencyCode), cancellationToken);
        return Page();
    }
}
