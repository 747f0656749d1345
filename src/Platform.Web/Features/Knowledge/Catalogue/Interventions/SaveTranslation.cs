using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>A human translation of a profile's name, summary and description. <see cref="Version"/> is the profile's.</summary>
public sealed class TranslationInput
{
    public string Language { get; set; } = "";

    public string Name { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Description { get; set; } = "";

    public Guid Version { get; set; }
}

/// <summary>
/// Adds, changes or removes one language version of a profile of the editor's agency. Translations are content: a
/// released profile goes back to national draft, so a second member checks the translation before it is shared.
/// </summary>
public sealed class SaveTranslationHandler(AppDbContext db, ItemSharing sharing, IAuditLog audit)
{
    public async Task<Outcome<TranslationView>> SaveAsync(KnowledgeActor actor, Guid interventionId, TranslationInput input, CancellationToken cancellationToken = default)
    {
        var item = await EditableAsync(actor, interventionId, cancellationToken);
        if (item is null)
        {
            return Outcome.NotFound<TranslationView>();
        }

        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<TranslationView>(errors);
        }

        if (!sharing.ExpectVersion(item, input.Version))
        {
            return Conflict();
        }

        var text = await db.InterventionTexts.FirstOrDefaultAsync(t => t.InterventionId == item.Id && t.Language == input.Language, cancellationToken);
        if (text is null)
        {
            text = new InterventionText { InterventionId = item.Id, Language = input.Language, Name = input.Name, Summary = input.Summary };
            db.InterventionTexts.Add(text);
        }

        text.Name = input.Name;
        text.Summary = input.Summary;
        text.Description = input.Description;
        return await CommitAsync(actor, item, $"{input.Language} saved", new TranslationView(text.Language, text.Name, text.Summary, text.Description), cancellationToken);
    }

    public async Task<Outcome<TranslationView>> DeleteAsync(KnowledgeActor actor, Guid interventionId, string language, Guid version, CancellationToken cancellationToken = default)
    {
        var item = await EditableAsync(actor, interventionId, cancellationToken);
        var text = item is null ? null
            : await db.InterventionTexts.FirstOrDefaultAsync(t => t.InterventionId == item.Id && t.Language == language, cancellationToken);
        if (item is null || text is null)
        {
            return Outcome.NotFound<TranslationView>();
        }

        if (!sharing.ExpectVersion(item, version))
        {
            return Conflict();
        }

        db.InterventionTexts.Remove(text);
        return await CommitAsync(actor, item, $"{language} removed", new TranslationView(text.Language, text.Name, text.Summary, text.Description), cancellationToken);
    }

    private async Task<Outcome<TranslationView>> CommitAsync(KnowledgeActor actor, Intervention item, string details, TranslationView view, CancellationToken cancellationToken)
    {
        var wasReleased = item.ReleaseState == ReleaseState.Released;
        sharing.MarkEdited(item, actor.MemberId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        await audit.RecordAsync(new AuditEvent("knowledge.intervention.translation-saved", nameof(Intervention), item.Id.ToString(), item.OwnerAgencyCode,
            Details: wasReleased ? $"{details}; released profile returned to national draft" : details), cancellationToken);
        return Outcome.Ok(view);
    }

    private async Task<Intervention?> EditableAsync(KnowledgeActor actor, Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Interventions.Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer)).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return item is not null && actor.CanEdit(item) ? item : null;
    }

    private static Dictionary<string, string[]> Check(TranslationInput input)
    {
        input.Language = input.Language?.Trim().ToLowerInvariant() ?? "";
        input.Name = input.Name?.Trim() ?? "";
        input.Summary = input.Summary?.Trim() ?? "";
        input.Description = input.Description?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!InterventionRules.IsLanguageCode(input.Language))
        {
            errors[nameof(input.Language)] = ["Enter the language as a two-letter ISO 639-1 code, such as nl or pt."];
        }
        else if (input.Language == "en")
        {
            errors[nameof(input.Language)] = ["English is the profile itself; edit the profile to change it."];
        }

        if (input.Name.Length is 0 or > 150)
        {
            errors[nameof(input.Name)] = ["Enter the name in this language (at most 150 characters)."];
        }

        if (input.Summary.Length is 0 or > 2000)
        {
            errors[nameof(input.Summary)] = ["Enter the summary in this language (at most 2000 characters)."];
        }

        if (input.Description.Length > 20000)
        {
            errors[nameof(input.Description)] = ["Use at most 20000 characters."];
        }

        return errors;
    }

    private static Outcome<TranslationView> Conflict() => Outcome.Invalid<TranslationView>(KnowledgeResults.VersionField, ItemSharing.ConflictMessage);
}
