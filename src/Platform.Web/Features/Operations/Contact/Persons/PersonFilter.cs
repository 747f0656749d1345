using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Contact.Persons;

/// <summary>Facts an officer can sort a work package by; the officer picks one, the platform never ranks people itself.</summary>
public enum PersonSort
{
    Attacks,
    AmountPaid,
    LastActivity,
    AccountCount,
}

/// <summary>
/// The officer's triage: filters on objective facts from the seized data and on the contact decisions so far.
/// Every property is optional; nothing here weighs facts against each other.
/// </summary>
public sealed record PersonFilter
{
    public bool? Paid { get; init; }

    public int? MinAttacks { get; init; }

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    public bool? HasEmail { get; init; }

    public DateOnly? ActiveFrom { get; init; }

    public DateOnly? ActiveTo { get; init; }

    public ContactState? State { get; init; }

    public AttributionConfidence? Confidence { get; init; }

    public bool? NeedsReview { get; init; }

    public string? Search { get; init; }

    public PersonSort? Sort { get; init; }

    public bool? Ascending { get; init; }

    /// <summary>Filter values for the audit trail; the search text is left out (it can be an identifier).</summary>
    public string Describe() => string.Join(", ", new[]
    {
        Paid is { } p ? $"paid={p}" : null,
        MinAttacks is { } a ? $"attacks>={a}" : null,
        MinAge is { } min ? $"age>={min}" : null,
        MaxAge is { } max ? $"age<={max}" : null,
        HasEmail is { } e ? $"email={e}" : null,
        ActiveFrom is { } f ? $"from={f:yyyy-MM-dd}" : null,
        ActiveTo is { } t ? $"to={t:yyyy-MM-dd}" : null,
        State is { } s ? $"state={s}" : null,
        Confidence is { } c ? $"confidence={c}" : null,
        NeedsReview is { } r ? $"review={r}" : null,
        string.IsNullOrWhiteSpace(Search) ? null : "search",
        $"sort={Sort ?? PersonSort.Attacks}{(Ascending == true ? " asc" : "")}",
    }.Where(s => s is not null));
}
