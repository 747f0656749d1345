using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Infrastructure.Jobs;

public static class JobsSetup
{
    /// <summary>The runner, the queue, the background service and `jobs run-due`. Safe to call more than once.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(JobRunner)))
        {
            return services;
        }

        services.AddSingleton<JobSchedule>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobQueue>();
        services.AddHostedService<JobRunnerService>();
        services.AddCliCommand<JobsRunDueCommand>();
        return services;
    }

    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler =>
        services.AddJobs().AddScoped<IJobHandler, THandler>();

    public static IServiceCollection AddRecurringJob(this IServiceCollection services, RecurringJob job) =>
        services.AddJobs().AddSingleton(job);
}
