using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Protection;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// Opens a case: from an anonymous enquiry (converting it) or directly. Identity is entered only now and stored
/// encrypted with the agency's key; a first-contact task is due after the programme's working days.
/// </summary>
public sealed class CreateReferralHandler(AppDbContext db, CaseEditor editor, ProgrammeCatalog programmes, IAgencyDataProtector protector, IAuditLog audit)
{
    public async Task<CaseOutcome<Case>> HandleAsync(CaseActor actor, ReferralInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.HasAgency)
        {
            return CaseOutcome.Invalid<Case>("", CaseActor.NoAgencyMessage);
        }

        var errors = CaseOutcome.Validate(input);
        CaseEnquiry? enquiry = null;
        if (input.EnquiryId is { } enquiryId)
        {
            enquiry = await db.CaseEnquiries.FirstOrDefaultAsync(e => e.Id == enquiryId, cancellationToken);
            if (enquiry is null)
            {
                return CaseOutcome.NotFound<Case>();
            }

            if (enquiry.CaseId is not null || enquiry.ClosedAt is not null)
            {
                errors[""] = ["This enquiry was already converted or closed."];
            }
        }

        var adoption = (await programmes.AdoptionsAsync(cancellationToken)).Select(a => a.Adoption).FirstOrDefault(a => a.PackageKey == input.ProgrammeKey);
        if (adoption is null && !string.IsNullOrEmpty(input.ProgrammeKey))
        {
            errors[nameof(input.ProgrammeKey)] = ["Your agency has not adopted this programme."];
        }

        var now = editor.Now;
        if (input.DateOfBirth is { } born && (born > DateOnly.FromDateTime(now.UtcDateTime) || born.Year < 1900))
        {
            errors[nameof(input.DateOfBirth)] = ["Enter a date of birth in the past."];
        }

        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<Case>(errors);
        }

        var rules = await editor.RulesAsync(adoption!.PackageKey, adoption.PackageVersion, cancellationToken);
        var @case = new Case
        {
            AgencyCode = actor.AgencyCode,
            CaseNumber = await NextCaseNumberAsync(actor.AgencyCode, now.Year, cancellationToken),
            ProgrammeKey = adoption.PackageKey,
            ProgrammeVersion = adoption.PackageVersion,
            EnquiryId = enquiry?.Id,
            ReferralSource = input.ReferralSource,
            ReferrerOrganisation = Clean(input.ReferrerOrganisation),
            DataSubjectCategory = input.DataSubjectCategory,
            AgeAtReferral = AgeOn(input.DateOfBirth!.Value, rules.Today),
            NameProtected = Protect(actor, input.Name),
            DateOfBirthProtected = Protect(actor, input.DateOfBirth.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ContactProtected = Protect(actor, input.Contact),
            GuardianNameProtected = Protect(actor, input.GuardianName),
            GuardianContactProtected = Protect(actor, input.GuardianContact),
            OffenceType = input.OffenceType,
            OffenceDate = input.OffenceDate,
            OffenceDescription = Clean(input.OffenceDescription),
            OffenceDescriptionKind = input.OffenceDescriptionKind,
            AssignedMemberId = actor.MemberId,
            ReferredAt = now,
            ReferredById = actor.MemberId,
            UpdatedAt = now,
        };
        db.Cases.Add(@case);
        db.CaseTasks.Add(editor.NewTask(@case, CaseTaskKind.FirstContact, rules.Calendar.Add(rules.Today, rules.FirstContactWorkingDays)));
        if (enquiry is not null)
        {
            enquiry.CaseId = @case.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("case.referred", nameof(Case), @case.Id.ToString(), actor.AgencyCode, Details: @case.CaseNumber), cancellationToken);
        return CaseOutcome.Ok(@case);
    }

    public static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }

    private string? Protect(CaseActor actor, string? value) =>
        Clean(value) is { } text ? protector.Protect(actor.AgencyCode, text) : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<string> NextCaseNumberAsync(string agency, int year, CancellationToken cancellationToken)
    {
        var prefix = $"{agency}-{year}-";
        var numbers = await db.Cases.Where(c => c.CaseNumber.StartsWith(prefix)).Select(c => c.CaseNumber).ToListAsync(cancellationToken);
        var next = numbers.Select(n => int.TryParse(n[prefix.Length..], out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:0000}";
    }
}
