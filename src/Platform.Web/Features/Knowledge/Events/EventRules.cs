using NodaTime;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>Validation shared by create and update, and the conversion of planned wall-clock times to instants.</summary>
public static class EventRules
{
    public const int MaxTopics = 10;
    public const int MaxSpeakers = 30;

    public static bool IsKnownTimeZone(string? id) => id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    /// <summary>Links are shown to every member and opened from calendars: only https, never javascript: or plain http.</summary>
    public static bool IsHttpsAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// The instant of a wall-clock time in a zone. A time inside a DST gap moves forward by the gap and an ambiguous
    /// one takes the earlier offset, as calendar apps do.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, string timeZone) =>
        LocalDateTime.FromDateTime(local).InZoneLeniently(DateTimeZoneProviders.Tzdb[timeZone]).ToDateTimeOffset().ToUniversalTime();

    /// <summary>The wall-clock time of an instant in a zone (for forms and display).</summary>
    public static DateTime ToLocal(DateTimeOffset instant, string timeZone) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).LocalDateTime.ToDateTimeUnspecified();

    internal sealed record Checked(DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? Deadline);

    internal static (Dictionary<string, string[]> Errors, Checked? Times) Check(EventInput input)
    {
        var errors = Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(EventInput.Kind)] = ["Choose the kind of event."];
        }
        else if ((input.Kind == EventKind.Session) != (input.ParentId is not null))
        {
            errors[nameof(EventInput.Kind)] = [input.ParentId is null
                ? "A session belongs to an event: add it from the event's page."
                : "A part of an event is a session."];
        }

        foreach (var (field, value) in new[] { (nameof(EventInput.OnlineUrl), input.OnlineUrl), (nameof(EventInput.SlidesUrl), input.SlidesUrl), (nameof(EventInput.RecordingUrl), input.RecordingUrl) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsHttpsAddress(value))
            {
                errors[field] = ["Enter a web address starting with https://."];
            }
        }

        var topics = CleanTopics(input.Topics);
        if (topics.Count > MaxTopics || topics.Any(t => t.Length > 50))
        {
            errors[nameof(EventInput.Topics)] = ["Enter at most 10 topics of at most 50 characters each."];
        }

        if (input.Speakers.Count > MaxSpeakers)
        {
            errors[nameof(EventInput.Speakers)] = ["Enter at most 30 speakers."];
        }
        else if (input.Speakers.Any(s => Outcome.Validate(s).Count > 0))
        {
            errors[nameof(EventInput.Speakers)] = ["Each speaker needs a name (at most 150 characters); organisation and role are optional."];
        }

        if (!IsKnownTimeZone(input.TimeZone))
        {
            errors[nameof(EventInput.TimeZone)] = ["Choose a time zone from the list."];
            return (errors, null);
        }

        if (input.Start is not { } start || input.End is not { } end)
        {
            return (errors, null);
        }

        var startsAt = ToInstant(start, input.TimeZone);
        var endsAt = ToInstant(end, input.TimeZone);
        if (endsAt <= startsAt)
        {
            errors[nameof(EventInput.End)] = ["The end must be after the start."];
        }

        DateTimeOffset? deadline = input.RegistrationDeadline is { } d ? ToInstant(d, input.TimeZone) : null;
        if (deadline > startsAt)
        {
            errors[nameof(EventInput.RegistrationDeadline)] = ["The registration deadline must be before the start."];
        }

        return (errors, new Checked(startsAt, endsAt, deadline));
    }

    internal static void Apply(EventInput input, Checked times, KnowledgeEvent item)
    {
        item.Kind = input.Kind;
        item.Title = input.Title.Trim();
        item.Description = input.Description?.Trim() ?? "";
        item.HostPartnerId = input.HostPartnerId;
        item.HostName = Blank(input.HostName);
        item.StartsAt = times.StartsAt;
        item.EndsAt = times.EndsAt;
        item.TimeZone = input.TimeZone;
        item.Venue = Blank(input.Venue);
        item.OnlineUrl = Blank(input.OnlineUrl);
        item.Language = input.Language;
        item.Topics = CleanTopics(input.Topics);
        item.Speakers = [.. input.Speakers.Select(s => new EventSpeaker { Name = s.Name.Trim(), Organisation = Blank(s.Organisation), Role = Blank(s.Role) })];
        item.SlidesUrl = Blank(input.SlidesUrl);
        item.RecordingUrl = Blank(input.RecordingUrl);
        item.Capacity = item.IsSession ? null : input.Capacity;
        item.RegistrationDeadline = item.IsSession ? null : times.Deadline;
    }

    private static List<string> CleanTopics(IEnumerable<string> topics) =>
        [.. topics.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
