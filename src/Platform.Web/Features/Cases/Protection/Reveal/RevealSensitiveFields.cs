using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Protection;

namespace Platform.Web.Features.Cases.Protection.Reveal;

public sealed record SensitiveFieldView(string Field, string Label, bool HasValue, string? Value);

public sealed record SensitiveFieldsView(Guid CaseId, string CaseNumber, IReadOnlyList<SensitiveFieldView> Fields);

/// <summary>
/// Shows which Sensitive fields a case holds (masked), and opens them for one response when a member gives a
/// reason. Every opening is audited with the member, the fields and the reason (LED Art. 25); values are never
/// cached or written anywhere else.
/// </summary>
public sealed class RevealSensitiveFieldsHandler(AppDbContext db, IAgencyDataProtector protector, IAuditLog audit)
{
    public async Task<SensitiveFieldsView?> MaskedAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var subject = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return subject is null ? null : new SensitiveFieldsView(subject.Id, subject.CaseNumber, SensitiveFields.Of(subject.GetType())
            .Select(p => new SensitiveFieldView(p.Name, LabelOf(p.Name), !string.IsNullOrEmpty((string?)p.GetValue(subject)), null))
            .ToList());
    }

    public async Task<Outcome<SensitiveFieldsView>> RevealAsync(Guid caseId, AccessReason reason, CancellationToken cancellationToken)
    {
        var subject = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (subject is null)
        {
            return Outcome.NotFound<SensitiveFieldsView>();
        }

        var values = SensitiveFields.Reveal(protector, subject.AgencyCode, subject);
        var fields = values.Select(v => new SensitiveFieldView(v.Key, LabelOf(v.Key), v.Value is not null, v.Value)).ToList();
        await audit.RecordAsync(new AuditEvent("case.sensitive-revealed", "Case", subject.Id.ToString(), subject.AgencyCode,
            Reason: reason.ToString(),
            Details: $"{subject.CaseNumber}: {string.Join(", ", fields.Where(f => f.HasValue).Select(f => f.Label))}"), cancellationToken);
        return Outcome.Ok(new SensitiveFieldsView(subject.Id, subject.CaseNumber, fields));
    }

    // The same words as the case page of the work module uses for these fields.
    private static readonly Dictionary<string, string> KnownLabels = new(StringComparer.Ordinal)
    {
        ["NameProtected"] = "Full name",
        ["DateOfBirthProtected"] = "Date of birth",
        ["ContactProtected"] = "Contact (phone or email)",
        ["GuardianNameProtected"] = "Guardian's name",
        ["GuardianContactProtected"] = "Guardian's contact",
    };

    /// <summary>"GuardianContactProtected" → "Guardian's contact"; other fields "SchoolNameProtected" → "School name" (localizer keys).</summary>
    public static string LabelOf(string property)
    {
        if (KnownLabels.TryGetValue(property, out var known))
        {
            return known;
        }

        var name = property.EndsWith("Protected", StringComparison.Ordinal) ? property[..^"Protected".Length] : property;
        var label = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && label.Length > 0)
            {
                label.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                label.Append(c);
            }
        }

        return label.ToString();
    }
}
