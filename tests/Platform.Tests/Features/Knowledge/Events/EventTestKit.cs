using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Features.Knowledge.Events;

internal static class EventTestKit
{
    public static async Task<HttpClient> ApiClientAsync(this AppFactory app, TestMember member) =>
        await (await app.SignInAsync(member)).WithCsrfAsync("/Knowledge/Events");

    /// <summary>An upcoming webinar (in 10 days, Lisbon time) created through the API; returns its id.</summary>
    public static async Task<Guid> CreateEventAsync(this HttpClient organiser, AppFactory app, int? capacity = null, DateTime? deadline = null, string title = "Test webinar")
    {
        var start = app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(10).AddHours(14);
        var response = await organiser.PostAsJsonAsync("/api/knowledge/events", new
        {
            kind = 1,
            title,
            description = "About measuring prevention.",
            start = start.ToString("s"),
            end = start.AddHours(1).ToString("s"),
            timeZone = "Europe/Lisbon",
            language = "en",
            onlineUrl = "https://meet.example.org/test",
            capacity,
            registrationDeadline = deadline?.ToString("s"),
            topics = new[] { "evaluation" },
            speakers = new[] { new { name = "Guest speaker", organisation = "University", role = "Researcher" } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
