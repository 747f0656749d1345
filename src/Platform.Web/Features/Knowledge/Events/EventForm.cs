using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>The event form of the New and Edit pages: topics and speakers are typed as text and parsed here.</summary>
public sealed class EventForm
{
    public EventInput Input { get; set; } = new();

    /// <summary>Comma-separated topics.</summary>
    public string? Topics { get; set; }

    /// <summary>One speaker a line: name; organisation; role.</summary>
    public string? Speakers { get; set; }

    public static EventForm From(EventView item) => new()
    {
        Input = new EventInput
        {
            Kind = item.Kind,
            ParentId = item.ParentId,
            Title = item.Title,
            Description = item.Description,
            OrganiserAgencyCode = item.OrganiserAgencyCode,
            HostPartnerId = item.HostPartnerId,
            HostName = item.HostPartnerId is null ? item.Host : null,
            Start = EventRules.ToLocal(item.StartsAt, item.TimeZone),
            End = EventRules.ToLocal(item.EndsAt, item.TimeZone),
            TimeZone = item.TimeZone,
            Venue = item.Venue,
            OnlineUrl = item.OnlineUrl,
            Language = item.Language,
            SlidesUrl = item.SlidesUrl,
            RecordingUrl = item.RecordingUrl,
            Capacity = item.Capacity,
            RegistrationDeadline = item.RegistrationDeadline is { } d ? EventRules.ToLocal(d, item.TimeZone) : null,
        },
        Topics = string.Join(", ", item.Topics),
        Speakers = string.Join("\n", item.Speakers.Select(s => string.Join("; ", new[] { s.Name, s.Organisation ?? "", s.Role ?? "" }).TrimEnd(' ', ';'))),
    };

    public EventInput ToInput()
    {
        Input.Topics = [.. (Topics ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        Input.Speakers = [.. (Speakers ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(';', StringSplitOptions.TrimEntries))
            .Select(parts => new SpeakerInput { Name = parts[0], Organisation = parts.ElementAtOrDefault(1), Role = parts.ElementAtOrDefault(2) })];
        return Input;
    }

    /// <summary>Errors of the parsed lists belong to their text fields, the rest to "Form.Input.X".</summary>
    public static void AddErrors<T>(Outcome<T> outcome, ModelStateDictionary modelState, IStringLocalizer localizer)
    {
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = field switch
            {
                "" => "",
                nameof(EventInput.Topics) => "Form.Topics",
                nameof(EventInput.Speakers) => "Form.Speakers",
                _ => $"Form.Input.{field}",
            };
            foreach (var message in messages)
            {
                modelState.AddModelError(key, localizer[message]);
            }
        }
    }
}
