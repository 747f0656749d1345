namespace Platform.Tests;
public sealed class PeekTmp(Infrastructure.AppFactory app) : IClassFixture<Infrastructure.AppFactory>
{
    [Fact]
    public async Task Peek()
    {
        var list = await Platform.Tests.Guards.EndpointCatalog.DiscoverAsync(app.Services);
        File.WriteAllLines("/tmp/peek/endpoints.txt", list.Select(e => $"{e.Key} | {e.AccessLabel} | handlers {string.Join(";", e.Handlers.Select(h => h.Method + ":" + h.Name + "(" + string.Join(",", h.Parameters.Select(p => p.Name + ":" + p.Type.Name)) + ")"))} | bound {string.Join(",", e.BoundProperties.Select(p => p.Name))} | body {e.JsonBodyType?.Name}"));
    }
}
