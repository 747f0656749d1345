using Platform.Web.Features.Cases.Work;

namespace Platform.Tests.Features.Cases.Work;

public sealed class WorkingDaysTests
{
    [Fact]
    public void Add_SkipsWeekends() =>
        Assert.Equal(new DateOnly(2026, 3, 9), new WorkingDays([]).Add(new DateOnly(2026, 3, 2), 5)); // Monday + 5 → next Monday

    [Fact]
    public void Add_FromFriday_LandsOnThursday() =>
        Assert.Equal(new DateOnly(2026, 3, 12), new WorkingDays([]).Add(new DateOnly(2026, 3, 6), 4));

    [Fact]
    public void Add_SkipsHolidays()
    {
        var kingsDay = new DateOnly(2026, 4, 27); // Monday
        Assert.Equal(new DateOnly(2026, 4, 28), new WorkingDays([kingsDay]).Add(new DateOnly(2026, 4, 24), 1));
    }

    [Fact]
    public void Before_GoesBackOverWeekendAndHoliday() =>
        Assert.Equal(new DateOnly(2026, 4, 23), new WorkingDays([new DateOnly(2026, 4, 24)]).Before(new DateOnly(2026, 4, 27)));

    [Fact]
    public void Today_UsesTheAgencyTimeZone()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 3, 3), WorkingDays.Today(clock, "Europe/Amsterdam"));
        Assert.Equal(new DateOnly(2026, 3, 2), WorkingDays.Today(clock, "UTC"));
    }
}
