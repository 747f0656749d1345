namespace Platform.Web.Features.Cases.Work;

/// <summary>Working-day arithmetic in an agency's calendar: Saturdays, Sundays and the agency's holidays are skipped.</summary>
public sealed class WorkingDays(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The date <paramref name="count"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly Add(DateOnly start, int count)
    {
        var day = start;
        var remaining = count;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>The last working day before <paramref name="day"/>: when a reminder for that day is due.</summary>
    public DateOnly Before(DateOnly day)
    {
        var previous = day.AddDays(-1);
        while (!IsWorkingDay(previous))
        {
            previous = previous.AddDays(-1);
        }

        return previous;
    }

    /// <summary>Today's date in the agency's time zone (unknown zones fall back to UTC).</summary>
    public static DateOnly Today(TimeProvider clock, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
