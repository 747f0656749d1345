using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Platform.Web.Infrastructure.Protection;
using Microsoft.AspNetCore.HttpOverrides;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Localization;
using Platform.Web.Infrastructure.Mail;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Infrastructure;

public static class PlatformInfrastructure
{
    public const string SignInRateLimit = "sign-in";

    public static WebApplicationBuilder AddPlatformInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataDirectory = PlatformPaths.DataDirectory(builder.Configuration, builder.Environment);
        Directory.CreateDirectory(dataDirectory);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddPlatformDatabase(DatabaseOptions.From(builder.Configuration, dataDirectory));
        services.AddPlatformLocalization();
        services.AddMailing(builder.Configuration, dataDirectory);
        services.AddDataProtection()
            .SetApplicationName("InterCOP Platform")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        services.AddAgencyDataProtection();

        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new BooleanModelBinderProvider()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "intercop.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new NoNulStringConverter()));
        services.AddValidation();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: slows password guessing without locking honest colleagues out behind one NAT for long.
            // Only attempts (POST) count; opening the form does not.
            o.AddPolicy(SignInRateLimit, context => !HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetSlidingWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = builder.Configuration.GetValue("Security:SignInAttemptsPerMinute", 20),
                        Window = TimeSpan.FromMinutes(1),
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    }));
        });
        services.AddCliCommand<MigrateCommand>();
        return builder;
    }

    public static WebApplication UsePlatformInfrastructure(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Security:RequireHttps", false))
        {
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
