using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// Encrypts every Sensitive string property of an agency-owned entity with its agency's key before it is written,
/// so no code path can store one in clear. After SaveChanges the entity holds the ciphertext; open it with
/// <see cref="SensitiveFields.Reveal"/> when a member gives a reason.
/// </summary>
internal sealed class SensitiveFieldsInterceptor(IAgencyDataProtector protector) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Protect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Protect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Protect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IAgencyOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in SensitiveFields.Of(entry.Entity.GetType()))
            {
                var value = (string?)property.GetValue(entry.Entity);
                if (!string.IsNullOrEmpty(value) && !SensitiveFields.IsProtected(value))
                {
                    var member = entry.Property(property.Name);
                    member.CurrentValue = protector.Protect(entry.Entity.AgencyCode, value);
                }
            }
        }
    }
}
