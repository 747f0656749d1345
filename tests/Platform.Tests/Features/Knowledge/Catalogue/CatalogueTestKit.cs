using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Catalogue;

/// <summary>Rows and requests the catalogue tests share: profiles and documents written straight to the database.</summary>
internal static class CatalogueTestKit
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A profile of <paramref name="owner"/> with a unique name, saved in system scope.</summary>
    public static async Task<Intervention> AddInterventionAsync(
        this AppFactory app, string owner, TestMember author, TlpMarking tlp, ReleaseState state,
        string[]? amber = null, string[]? red = null, string? name = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var item = new Intervention
        {
            Slug = $"test-{unique}",
            Name = name ?? $"Profile {unique}",
            Summary = $"Summary {unique}",
            OwnerAgencyCode = owner,
            CreatedBy = author.Id,
            LastEditedBy = author.Id,
            Tlp = tlp,
            ReleaseState = state,
            AmberAgencyCodes = [.. amber ?? []],
            RedMemberIds = [.. red ?? []],
            Languages = ["en"],
            DeliveryFormats = [DeliveryFormat.InPerson],
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        await app.WithSystemDbAsync(async db =>
        {
            db.Interventions.Add(item);
            await db.SaveChangesAsync(Ct);
        });
        return item;
    }

    public static async Task<KnowledgeDocument> AddDocumentAsync(
        this AppFactory app, string owner, TestMember author, TlpMarking tlp, ReleaseState state, string[]? amber = null, string[]? red = null, Guid? interventionId = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var bytes = System.Text.Encoding.UTF8.GetBytes($"Material {unique}");
        var document = new KnowledgeDocument
        {
            Title = $"Document {unique}",
            OwnerAgencyCode = owner,
            InterventionId = interventionId,
            Language = "en",
            FileName = $"doc-{unique}.txt",
            ContentType = "text/plain; charset=utf-8",
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            CreatedBy = author.Id,
            LastEditedBy = author.Id,
            Tlp = tlp,
            ReleaseState = state,
            AmberAgencyCodes = [.. amber ?? []],
            RedMemberIds = [.. red ?? []],
            CreatedAt = app.Clock.GetUtcNow(),
            UpdatedAt = app.Clock.GetUtcNow(),
        };
        await app.WithSystemDbAsync(async db =>
        {
            db.KnowledgeDocuments.Add(document);
            db.KnowledgeDocumentContents.Add(new KnowledgeDocumentContent { DocumentId = document.Id, Bytes = bytes });
            await db.SaveChangesAsync(Ct);
        });
        return document;
    }

    /// <summary>A valid profile body for the API.</summary>
    public static object ProfileBody(string name, Guid? version = null) => new
    {
        name,
        summary = "A test intervention for young people.",
        description = "Longer description.",
        stage = "Secondary",
        focus = "OffendingPrevention",
        minAge = 12,
        maxAge = 23,
        offenceTypes = new[] { "Hacking" },
        mechanisms = new[] { "Diversion" },
        deliveryFormats = new[] { "InPerson", "Online" },
        components = new[] { new { name = "Training", description = "Two sessions on the law.", plannedSessions = 2, plannedHours = 4 } },
        staffing = new[] { new { role = "Youth officer", fte = 0.2, timeNote = "4 hours per participant" } },
        languages = new[] { "en", "nl" },
        contactEmail = "cop@example.test",
        sources = new[] { new { title = "Public page", url = "https://example.test/source", accessedOn = "2025-01-10" } },
        version = version ?? Guid.Empty,
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    public static object Share(TlpMarking tlp, Guid version, string[]? amber = null, string[]? red = null) =>
        new { tlp = tlp.ToString(), amberAgencyCodes = amber ?? [], redMemberIds = red ?? [], version };
}
