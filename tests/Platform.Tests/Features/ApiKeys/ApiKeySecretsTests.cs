using Platform.Web.Features.ApiKeys;

namespace Platform.Tests.Features.ApiKeys;

public sealed class ApiKeySecretsTests
{
    [Fact]
    public void NewKey_HasDocumentedFormat_AndYieldsItsPrefix()
    {
        var prefix = ApiKeySecrets.NewPrefix();

        var key = ApiKeySecrets.NewKey(prefix);

        Assert.Matches("^icp_[a-z0-9]{8}_[A-Za-z0-9]{43}$", key);
        Assert.True(ApiKeySecrets.TryGetPrefix(key, out var parsed));
        Assert.Equal(prefix, parsed);
    }

    [Fact]
    public void NewKey_IsDifferentEveryTime()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKeySecrets.NewKey("abcdefgh")).ToHashSet();

        Assert.Equal(200, keys.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("icp_abcdefgh")]
    [InlineData("icp_ABCDEFGH_0123456789012345678901234567890123456789012")]
    [InlineData("xyz_abcdefgh_0123456789012345678901234567890123456789012")]
    [InlineData("icp_abcdefgh-0123456789012345678901234567890123456789012")]
    [InlineData("icp_abcdefgh_012345678901234567890123456789012345678901-")]
    [InlineData("icp_abcdefgh_01234567890123456789012345678901234567890123")]
    public void TryGetPrefix_RefusesMalformedKeys(string? key)
    {
        Assert.False(ApiKeySecrets.TryGetPrefix(key, out _));
    }

    [Fact]
    public void Matches_AcceptsOnlyTheHashedKey()
    {
        var key = ApiKeySecrets.NewKey("abcdefgh");
        var hash = ApiKeySecrets.Hash(key);

        Assert.True(ApiKeySecrets.Matches(key, hash));
        Assert.False(ApiKeySecrets.Matches(ApiKeySecrets.NewKey("abcdefgh"), hash));
        Assert.False(ApiKeySecrets.Matches(key, "not hex"));
        Assert.Equal(64, hash.Length);
    }

    [Theory]
    [InlineData("GET", "read")]
    [InlineData("HEAD", "read")]
    [InlineData("POST", "write")]
    [InlineData("PUT", "write")]
    [InlineData("PATCH", "write")]
    [InlineData("DELETE", "write")]
    [InlineData("OPTIONS", "write")]
    public void RequiredFor_MapsMethodsToScopes(string method, string scope)
    {
        Assert.Equal(scope, ApiKeyScopes.RequiredFor(method));
    }
}
