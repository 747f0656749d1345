using Platform.Web.Features.Audit;

namespace Platform.Tests.Features.Audit;

public sealed class AuditHashTests
{
    private static AuditEntry Sample(string? recordType = "Case", string? recordId = "42", string? details = "viewed", string agency = "NL")
    {
        var entry = new AuditEntry
        {
            Id = Guid.Parse("0191e4a2-5f00-7000-8000-000000000001"),
            OccurredAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1230),
            ActorMemberId = "member-1",
            ActorName = "Anna de Vries",
            ActorAgencyCode = "NL",
            AgencyCode = agency,
            Action = "case.viewed",
            RecordType = recordType,
            RecordId = recordId,
            Reason = "case-work",
            Details = details,
            ClientAddress = "192.0.2.1",
            UserAgent = "Mozilla/5.0",
        };
        entry.Chain(7, AuditHash.Genesis);
        return entry;
    }

    [Fact]
    public void Compute_FixedEntry_MatchesPinnedFormat()
    {
        // Pinned, and computed by an independent script from the documented format: changing the canonical form
        // would make every stored chain fail verification.
        Assert.Equal("949e1b75913c49c39f4b20edbdaa8ffcc8cabd0427b6d414b634309854ef3dfb", Sample().Hash);
    }

    [Fact]
    public void Compute_ShiftingTextBetweenFields_ChangesHash()
    {
        Assert.NotEqual(Sample(recordType: "Case4", recordId: "2").Hash, Sample().Hash);
        Assert.NotEqual(Sample(recordType: "Cas", recordId: "e42").Hash, Sample().Hash);
    }

    [Fact]
    public void Compute_NullAndEmpty_Differ()
    {
        Assert.NotEqual(Sample(details: null).Hash, Sample(details: "").Hash);
    }

    [Fact]
    public void Compute_AnyChangedField_ChangesHash()
    {
        var original = Sample().Hash;

        Assert.NotEqual(original, Sample(agency: "BE").Hash);
        Assert.NotEqual(original, Sample(details: "viewed ").Hash);
        var moved = Sample();
        moved.Chain(8, AuditHash.Genesis);
        Assert.NotEqual(original, moved.Hash);
        var relinked = Sample();
        relinked.Chain(7, new string('1', 64));
        Assert.NotEqual(original, relinked.Hash);
    }
}
