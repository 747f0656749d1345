using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Email;

public sealed class TemplateInput
{
    [Required(ErrorMessage = "Choose a language.")]
    public string Language { get; set; } = "en";

    [Required(ErrorMessage = "Enter the subject.")]
    [StringLength(WarningTemplate.SubjectLength, ErrorMessage = "Keep the subject to 200 characters or fewer.")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Enter the text.")]
    [StringLength(WarningTemplate.BodyLength, ErrorMessage = "Keep the text to 8000 characters or fewer.")]
    public string Body { get; set; } = "";
}

public sealed class SenderSettingsInput
{
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(320)]
    public string? FromAddress { get; set; }

    [StringLength(200, ErrorMessage = "Keep the name to 200 characters or fewer.")]
    public string? DisplayName { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(320)]
    public string? ReplyTo { get; set; }

    [StringLength(500, ErrorMessage = "Keep the contact point to 500 characters or fewer.")]
    public string? ContactPoint { get; set; }

    public string Language { get; set; } = "en";

    [Range(1, 10_000, ErrorMessage = "Enter between 1 and 10000 messages per minute.")]
    public int MaxPerMinute { get; set; } = ContactSenderSettings.DefaultMaxPerMinute;
}

/// <summary>A country admin's edits of the agency's warning texts and sender settings; both audited.</summary>
public sealed class SaveWarningSettingsHandler(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<string>> SaveTemplateAsync(ContactActor actor, TemplateInput input, CancellationToken cancellationToken = default)
    {
        var errors = Outcome.Validate(input);
        if (!WarningLanguages.IsKnown(input.Language))
        {
            return Outcome.Invalid<string>(nameof(input.Language), "Choose one of the listed languages.");
        }

        if (errors.Count > 0 || actor.AgencyCode is null)
        {
            return Outcome.Invalid<string>(errors);
        }

        var template = await db.WarningTemplates.FirstOrDefaultAsync(t => t.Language == input.Language, cancellationToken);
        if (template is null)
        {
            template = new WarningTemplate { AgencyCode = actor.AgencyCode, Language = input.Language, Subject = "", Body = "", UpdatedById = actor.MemberId };
            db.WarningTemplates.Add(template);
        }

        template.Subject = input.Subject.Trim();
        template.Body = input.Body.Trim();
        template.UpdatedAt = clock.GetUtcNow();
        template.UpdatedById = actor.MemberId;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.warning-template-saved", nameof(WarningTemplate), template.Id.ToString(), actor.AgencyCode, Details: input.Language), cancellationToken);
        return Outcome.Ok(input.Language);
    }

    public async Task<Outcome<string>> SaveSettingsAsync(ContactActor actor, SenderSettingsInput input, CancellationToken cancellationToken = default)
    {
        var errors = Outcome.Validate(input);
        if (!WarningLanguages.IsKnown(input.Language))
        {
            errors = new Dictionary<string, string[]>(errors) { [nameof(input.Language)] = ["Choose one of the listed languages."] };
        }

        if (errors.Count > 0 || actor.AgencyCode is null)
        {
            return Outcome.Invalid<string>(errors);
        }

        var settings = await db.ContactSenderSettings.FirstOrDefaultAsync(s => s.AgencyCode == actor.AgencyCode, cancellationToken);
        if (settings is null)
        {
            settings = new ContactSenderSettings { AgencyCode = actor.AgencyCode };
            db.ContactSenderSettings.Add(settings);
        }

        settings.FromAddress = Clean(input.FromAddress);
        settings.DisplayName = Clean(input.DisplayName);
        settings.ReplyTo = Clean(input.ReplyTo);
        settings.ContactPoint = Clean(input.ContactPoint);
        settings.Language = input.Language;
        settings.MaxPerMinute = input.MaxPerMinute;
        settings.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("operation.sender-settings-saved", nameof(ContactSenderSettings), actor.AgencyCode, actor.AgencyCode,
            Details: $"max {input.MaxPerMinute}/min, language {input.Language}"), cancellationToken);
        return Outcome.Ok(actor.AgencyCode);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
