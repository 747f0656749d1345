using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact;

/// <summary>The one check every contact use case starts with: is the operation visible to the actor's country.</summary>
public sealed class OperationAccess(AppDbContext db)
{
    public Task<Operation?> FindVisibleAsync(ContactActor actor, Guid operationId, CancellationToken cancellationToken) =>
        db.Operations.AsNoTracking()
            .Include(o => o.Participants)
            .Where(OperationVisibility.VisibleTo(actor.AgencyCode))
            .FirstOrDefaultAsync(o => o.Id == operationId, cancellationToken);
}
