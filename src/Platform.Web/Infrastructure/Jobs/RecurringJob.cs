namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// A job kind that runs every day at <paramref name="LocalTime"/>: with <paramref name="PerAgency"/> one job per
/// active agency at that time in the agency's own time zone, else one platform job at that time in UTC.
/// </summary>
public sealed record RecurringJob(string Kind, TimeOnly LocalTime, bool PerAgency);
