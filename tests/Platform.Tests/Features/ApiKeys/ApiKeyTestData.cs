using System.Net.Http.Headers;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.ApiKeys;

namespace Platform.Tests.Features.ApiKeys;

public static class ApiKeyTestData
{
    /// <summary>Stores a key for the member straight in the database and returns it (the plain key).</summary>
    public static async Task<(string Key, Guid Id)> CreateApiKeyAsync(
        this AppFactory app, TestMember member, string scopes = "read write", TimeSpan? lifetime = null, string name = "test key")
    {
        var prefix = ApiKeySecrets.NewPrefix();
        var key = ApiKeySecrets.NewKey(prefix);
        var apiKey = new ApiKey
        {
            MemberId = member.Id,
            Name = name,
            Prefix = prefix,
            SecretHash = ApiKeySecrets.Hash(key),
            Scopes = scopes,
            CreatedAt = app.Clock.GetUtcNow(),
            ExpiresAt = app.Clock.GetUtcNow() + (lifetime ?? TimeSpan.FromDays(90)),
        };
        await app.WithSystemDbAsync(async db =>
        {
            db.ApiKeys.Add(apiKey);
            await db.SaveChangesAsync();
        });
        return (key, apiKey.Id);
    }

    /// <summary>A client without cookies that sends the key as a bearer token.</summary>
    public static HttpClient ApiKeyClient(this AppFactory app, string key)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>The antiforgery request token of a cookie session, for the X-CSRF-TOKEN header of API calls.</summary>
    public static async Task<string> CsrfTokenAsync(this HttpClient signedIn)
    {
        // The sign-out page is open to every session, even one that still has a mandatory step to complete.
        var html = await signedIn.GetStringAsync("/Accounts/SignOut");
        return TestMembers.AntiforgeryToken(html) ?? throw new InvalidOperationException("No antiforgery token on /Accounts/SignOut.");
    }
}
