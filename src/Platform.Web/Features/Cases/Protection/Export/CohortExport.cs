using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Pseudonyms;

namespace Platform.Web.Features.Cases.Protection.Export;

public sealed class CohortExportInput
{
    [Display(Name = "Programme")]
    [Required(ErrorMessage = "Choose a programme.")]
    public string? ProgrammeKey { get; set; }

    /// <summary>First month of referral, "yyyy-MM".</summary>
    [Display(Name = "Referred from (month)")]
    [Required(ErrorMessage = "Enter the first month of the referral period.")]
    [RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$", ErrorMessage = "Enter a month as YYYY-MM.")]
    public string? FromMonth { get; set; }

    [Display(Name = "Referred until (month)")]
    [Required(ErrorMessage = "Enter the last month of the referral period.")]
    [RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$", ErrorMessage = "Enter a month as YYYY-MM.")]
    public string? ToMonth { get; set; }

    /// <summary>Must be true to export a cohort under <see cref="CohortExportHandler.SmallCohort"/> cases.</summary>
    [Display(Name = "I understand that a cohort this small can identify people")]
    public bool AcknowledgeSmallCohort { get; set; }
}

public sealed record CohortExportFile(string FileName, byte[] Content, int Cases);

/// <summary>
/// Pseudonymised cohort for evaluators: one row per case, keyed by the agency's "cohort-export" pseudonym of name
/// and date of birth (so the national linkage unit holding the same key can link re-offending records; nobody
/// else can). No names, dates of birth, free text or ids; dates at month precision. Built in memory and sent, never
/// written to disk, so there is no export file for retention to chase. Audited with the reason.
/// </summary>
public sealed class CohortExportHandler(AppDbContext db, IAgencyPseudonyms pseudonyms, IAgencyDataProtector protector, IAuditLog audit)
{
    public const int SmallCohort = 5;
    public const string PseudonymPurpose = "cohort-export";

    private static readonly string[] Header =
    [
        "pseudonym", "programme", "programme_version", "age_band", "referral_source", "eligibility", "enrolment_month",
        "modules_planned", "sessions_planned", "sessions_delivered", "minutes_planned", "minutes_delivered", "ending",
        "followup_6m", "followup_12m", "followup_24m",
    ];

    public async Task<IReadOnlyList<string>> ProgrammesAsync(CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Select(c => c.ProgrammeKey).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);

    public async Task<Outcome<CohortExportFile>> HandleAsync(string agencyCode, CohortExportInput input, AccessReason reason, CancellationToken cancellationToken)
    {
        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<CohortExportFile>(errors);
        }

        var from = Month(input.FromMonth!);
        var until = Month(input.ToMonth!).AddMonths(1);
        if (until <= from)
        {
            return Outcome.Invalid<CohortExportFile>(nameof(input.ToMonth), "The last month must not be before the first month.");
        }

        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ProgrammeKey == input.ProgrammeKey && c.ReferredAt >= from && c.ReferredAt < until)
            .OrderBy(c => c.ReferredAt).ToListAsync(cancellationToken);
        if (cases.Count < SmallCohort && !input.AcknowledgeSmallCohort)
        {
            return Outcome.Invalid<CohortExportFile>(nameof(input.AcknowledgeSmallCohort),
                "This cohort has fewer than 5 cases; people in it can be recognised. Confirm that you need it anyway.");
        }

        var ids = cases.Select(c => c.Id).ToList();
        var modules = (await db.PlannedModules.AsNoTracking().Where(m => ids.Contains(m.CaseId)).ToListAsync(cancellationToken)).ToLookup(m => m.CaseId);
        var sessions = (await db.SessionRecords.AsNoTracking().Where(s => ids.Contains(s.CaseId) && s.Status == SessionStatus.Delivered)
            .ToListAsync(cancellationToken)).ToLookup(s => s.CaseId);
        var decisions = (await db.EligibilityDecisions.AsNoTracking().Where(d => ids.Contains(d.CaseId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.CaseId);
        var followUps = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId)).ToListAsync(cancellationToken)).ToLookup(f => f.CaseId);

        var csv = new StringBuilder().AppendJoin(',', Header).Append("\r\n");
        foreach (var c in cases)
        {
            var planned = modules[c.Id].ToList();
            var delivered = sessions[c.Id].ToList();
            var eligibility = decisions[c.Id].OrderByDescending(d => d.DecidedAt).FirstOrDefault()?.Outcome;
            string FollowUp(int months) => followUps[c.Id].FirstOrDefault(f => f.MonthsAfterEnd == months)?.Outcome?.ToString() ?? "";
            csv.AppendJoin(',', new[]
            {
                PseudonymOf(c), c.ProgrammeKey, Num(c.ProgrammeVersion), CaseStatistics.BandOf(c.AgeAtReferral).ToString(), c.ReferralSource.ToString(),
                eligibility?.ToString() ?? "NotAssessed", c.EnrolledAt?.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "",
                Num(planned.Count), Num(planned.Sum(m => m.PlannedSessions)), Num(delivered.Count), Num(planned.Sum(m => m.PlannedMinutes)),
                Num(delivered.Sum(s => s.DeliveredMinutes ?? 0)), EndingOf(c), FollowUp(6), FollowUp(12), FollowUp(24),
            }.Select(Cell)).Append("\r\n");
        }

        await audit.RecordAsync(new AuditEvent("cases.cohort-exported", "Programme", input.ProgrammeKey, agencyCode,
            Reason: reason.ToString(),
            Details: $"{cases.Count} cases referred {input.FromMonth}..{input.ToMonth}, pseudonym purpose {PseudonymPurpose}"), cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Outcome.Ok(new CohortExportFile($"cohort-{input.ProgrammeKey}-{input.FromMonth}-{input.ToMonth}.csv", bytes, cases.Count));
    }

    private string PseudonymOf(Case c)
    {
        var identity = SensitiveFields.Reveal(protector, c.AgencyCode, c);
        var name = identity.GetValueOrDefault(nameof(Case.NameProtected));
        var birth = identity.GetValueOrDefault(nameof(Case.DateOfBirthProtected));
        // Without name and date of birth there is nothing to link on; the case id keeps the row stable across exports.
        var value = name is not null && birth is not null ? $"{name}|{birth}" : $"case|{c.Id}";
        return pseudonyms.For(c.AgencyCode, PseudonymPurpose, value);
    }

    private static string EndingOf(Case c) => c.Stage switch
    {
        CaseStage.Referred or CaseStage.Eligible => "NotEnrolled",
        CaseStage.Enrolled => "InProgramme",
        _ => CaseStatistics.EndingOf(c).ToString(),
    };

    private static DateTimeOffset Month(string yearMonth) =>
        new(DateTime.ParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading formula character gets an apostrophe (OWASP CSV injection).</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
