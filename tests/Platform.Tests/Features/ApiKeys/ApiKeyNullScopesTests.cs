using System.Net;
using System.Text;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.ApiKeys;

/// <summary>Found by the API fuzzer: null scopes in the JSON body reached the handler and answered 500.</summary>
public sealed class ApiKeyNullScopesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("""{"name":"ci","scopes":null,"expiresInDays":30}""")]
    [InlineData("""{"name":"ci","scopes":[null],"expiresInDays":30}""")]
    [InlineData("""{"name":"ci","scopes":["read",null],"expiresInDays":30}""")]
    public async Task CreateApiKey_NullScopes_AnswersBadRequest(string body)
    {
        var member = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        using var client = await app.SignInAsync(member);
        var page = await client.GetStringAsync("/Accounts/ApiKeys", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/api-keys")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", TestMembers.AntiforgeryToken(page));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
