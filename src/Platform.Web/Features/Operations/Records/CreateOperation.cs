using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

/// <summary>Opens an operation: the creator's agency coordinates and always participates.</summary>
public sealed class CreateOperationHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<OperationView>> HandleAsync(OperationActor actor, OperationInput input, CancellationToken cancellationToken = default)
    {
        var errors = Outcome.Validate(input).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (actor.AgencyCode is null || !actor.CanCoordinate)
        {
            errors[""] = ["Only country admins and prevention officers of an agency can open an operation."];
        }

        // Form binding turns empty fields into nulls: a posted form may hold nulls where the type says it cannot.
        var requested = (input.Participants ?? []).OfType<string>().Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Agencies.AsNoTracking().Where(a => requested.Contains(a.Code) && a.IsActive).Select(a => a.Code).ToListAsync(cancellationToken);
        if (known.Count != requested.Count)
        {
            errors[nameof(OperationInput.Participants)] = ["Choose participating countries from the network's agencies."];
        }

        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (errors.Count == 0 && await db.Operations.AnyAsync(o => o.Code == code, cancellationToken))
        {
            errors[nameof(OperationInput.Code)] = ["An operation with this code already exists."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<OperationView>(errors);
        }

        var now = clock.GetUtcNow();
        var operation = new Operation
        {
            Code = code,
            Name = input.Name.Trim(),
            TargetService = input.TargetService.Trim(),
            ServiceType = input.ServiceType,
            CoordinatingAgencyCode = actor.AgencyCode!,
            LegalBasisNote = input.LegalBasisNote.Trim(),
            TakedownDate = input.TakedownDate,
            DataSeizedOn = input.DataSeizedOn,
            CreatedAt = now,
            CreatedById = actor.MemberId,
        };
        foreach (var agency in known.Append(actor.AgencyCode!).Distinct(StringComparer.Ordinal))
        {
            operation.Participants.Add(new OperationParticipant { AgencyCode = agency, AddedAt = now });
        }

        db.Operations.Add(operation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.created", nameof(Operation), operation.Id.ToString(), actor.AgencyCode,
            Details: $"{operation.Code}; participants {string.Join(",", operation.Participants.Select(p => p.AgencyCode))}"), cancellationToken);
        return Outcome.Ok(OperationView.From(operation));
    }
}
