using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Contact.Email;

public sealed record RenderedWarning(string Language, string Subject, string Body);

/// <summary>The current agency's warning text in a language (its edited copy, else the built-in one), with placeholders filled.</summary>
public sealed class WarningTemplates(AppDbContext db)
{
    public async Task<DefaultWarningTemplates.Text> TextAsync(string language, CancellationToken cancellationToken)
    {
        var stored = await db.WarningTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Language == language, cancellationToken);
        return stored is null ? DefaultWarningTemplates.For(language) : new DefaultWarningTemplates.Text(stored.Subject, stored.Body);
    }

    public async Task<ContactSenderSettings> SettingsAsync(string agencyCode, CancellationToken cancellationToken) =>
        await db.ContactSenderSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyCode == agencyCode, cancellationToken)
        ?? new ContactSenderSettings { AgencyCode = agencyCode };

    public async Task<RenderedWarning> RenderAsync(
        string agencyCode, string? language, string service, string operation, string? username, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(agencyCode, cancellationToken);
        var lang = WarningLanguages.IsKnown(language) ? language!.ToLowerInvariant() : settings.Language;
        var text = await TextAsync(lang, cancellationToken);
        var contact = settings.ContactPoint ?? settings.ReplyTo ?? settings.FromAddress ?? "";
        return new RenderedWarning(lang, Fill(text.Subject, service, operation, username, contact), Fill(text.Body, service, operation, username, contact));
    }

    public static string Fill(string template, string service, string operation, string? username, string contact) => template
        .Replace("{service}", service, StringComparison.Ordinal)
        .Replace("{operation}", operation, StringComparison.Ordinal)
        .Replace("{username}", username ?? "", StringComparison.Ordinal)
        .Replace("{contact}", contact, StringComparison.Ordinal);
}
