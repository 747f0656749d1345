using System.Security.Cryptography;
using System.Text;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>
/// The row hash is the duplicate key of imported rows, so it must never change: rows imported before a release must
/// still collapse with the same rows imported after it.
/// </summary>
public sealed class RowHashTests
{
    public static TheoryData<string?[]> Rows => new()
    {
        new string?[] { "1", "gamer_1", "user1@gmail.com", "10.0.0.1", "1650000000", "" },
        new string?[] { null, "", "NULL", null },
        new string?[] { "Jürgen", "名前", "emoji 🙂", "\u001f inside", "\u0000" },
        new string?[] { new string('x', 3000), "après", null },
        new string?[] { "" },
        Array.Empty<string?>(),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Hash_AnyValues_EqualsSha256PrefixOfJoinedUtf8(string?[] values)
    {
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(v => v ?? "\u0000"))))[..16];

        Assert.Equal(expected, RowMapper.Hash(values));
    }

    [Fact]
    public void Hash_KnownRow_IsStable()
    {
        Assert.Equal("aaa8be88", Convert.ToHexStringLower(RowMapper.Hash(["1", "a"]))[..8]);
    }
}
