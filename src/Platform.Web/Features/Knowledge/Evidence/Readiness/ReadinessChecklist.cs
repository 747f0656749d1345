using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Knowledge.Catalogue;

namespace Platform.Web.Features.Knowledge.Evidence.Readiness;

/// <summary>
/// Dissemination readiness after Blueprints: what another country gets when it adopts the intervention (manual,
/// training, help, materials, costs, staffing, fidelity). One per intervention, kept by the owning agency.
/// </summary>
public sealed class ReadinessChecklist
{
    public Guid InterventionId { get; set; }

    public List<ReadinessItem> Items { get; set; } = [];

    /// <summary>ISO 639-1 codes of the languages the materials exist in.</summary>
    public List<string> MaterialLanguages { get; set; } = [];

    public required string UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ReadinessItem Item(ReadinessElement element) =>
        Items.FirstOrDefault(i => i.Element == element) ?? new ReadinessItem { Element = element, Level = ReadinessLevel.NotAvailable };
}

public sealed class ReadinessItem
{
    public ReadinessElement Element { get; set; }

    public ReadinessLevel Level { get; set; }

    public string Note { get; set; } = "";
}

[JsonConverter(typeof(JsonStringEnumConverter<ReadinessElement>))]
public enum ReadinessElement
{
    Manual = 0,
    Training = 1,
    TechnicalAssistance = 2,
    Materials = 3,
    StartUpCosts = 4,
    RunningCosts = 5,
    Staffing = 6,
    FidelityChecklist = 7,
}

[JsonConverter(typeof(JsonStringEnumConverter<ReadinessLevel>))]
public enum ReadinessLevel
{
    Available = 0,
    Partial = 1,
    NotAvailable = 2,
}

public static class ReadinessLabels
{
    public static string Label(ReadinessElement element) => element switch
    {
        ReadinessElement.Manual => "Manual",
        ReadinessElement.Training => "Training available",
        ReadinessElement.TechnicalAssistance => "Technical assistance",
        ReadinessElement.Materials => "Materials",
        ReadinessElement.StartUpCosts => "Start-up costs known",
        ReadinessElement.RunningCosts => "Running costs known",
        ReadinessElement.Staffing => "Staffing and qualifications described",
        ReadinessElement.FidelityChecklist => "Fidelity checklist",
        _ => element.ToString(),
    };

    public static string Label(ReadinessLevel level) => level switch
    {
        ReadinessLevel.Available => "Available",
        ReadinessLevel.Partial => "Partial",
        ReadinessLevel.NotAvailable => "Not available",
        _ => level.ToString(),
    };
}

internal sealed class ReadinessChecklistConfiguration : IEntityTypeConfiguration<ReadinessChecklist>
{
    public void Configure(EntityTypeBuilder<ReadinessChecklist> builder)
    {
        builder.ToTable("KnowledgeReadinessChecklists");
        builder.HasKey(r => r.InterventionId);
        builder.HasOne<Intervention>().WithOne().HasForeignKey<ReadinessChecklist>(r => r.InterventionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.UpdatedBy).HasMaxLength(450);
        builder.OwnsMany(r => r.Items, i =>
        {
            i.ToJson();
            i.Property(x => x.Note).HasMaxLength(1000);
        });
    }
}
