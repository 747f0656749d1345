namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Runs due jobs every <c>Jobs:PollSeconds</c> (default 30). Off when <c>Jobs:RunInBackground</c> is false, and by
/// default in the Testing environment, where tests drive <see cref="JobRunner"/> with a fake clock instead.
/// </summary>
internal sealed class JobRunnerService(
    JobRunner runner, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<JobRunnerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var enabled = configuration.GetValue<bool?>("Jobs:RunInBackground") ?? !environment.IsEnvironment("Testing");
        if (!enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Jobs:PollSeconds", 30)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database may be briefly unavailable; try again next round.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Running due jobs failed; retrying in {Interval}", interval);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
