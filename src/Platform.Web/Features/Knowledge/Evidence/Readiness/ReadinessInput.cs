namespace Platform.Web.Features.Knowledge.Evidence.Readiness;

public sealed class ReadinessInput
{
    /// <summary>One per element; elements left out count as "not available".</summary>
    public List<ReadinessItemInput> Items { get; set; } = [];

    /// <summary>ISO 639-1 codes, such as "en", "nl".</summary>
    public List<string> MaterialLanguages { get; set; } = [];
}

public sealed class ReadinessItemInput
{
    public ReadinessElement Element { get; set; }

    public ReadinessLevel Level { get; set; } = ReadinessLevel.NotAvailable;

    public string? Note { get; set; }
}

public sealed record ReadinessItemView(ReadinessElement Element, ReadinessLevel Level, string Note);

/// <summary>The checklist in element order; <see cref="Exists"/> false when the owner has not filled it in yet.</summary>
public sealed record ReadinessView(
    Guid InterventionId,
    bool Exists,
    IReadOnlyList<ReadinessItemView> Items,
    IReadOnlyList<string> MaterialLanguages,
    DateTimeOffset? UpdatedAt)
{
    public int AvailableCount => Items.Count(i => i.Level == ReadinessLevel.Available);

    public static ReadinessView From(Guid interventionId, ReadinessChecklist? checklist) => new(
        interventionId,
        checklist is not null,
        [.. Enum.GetValues<ReadinessElement>().Select(e =>
        {
            var item = checklist?.Item(e) ?? new ReadinessItem { Element = e, Level = ReadinessLevel.NotAvailable };
            return new ReadinessItemView(e, item.Level, item.Note);
        })],
        checklist?.MaterialLanguages ?? [],
        checklist?.UpdatedAt);
}
