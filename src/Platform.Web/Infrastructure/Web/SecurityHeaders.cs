namespace Platform.Web.Infrastructure.Web;

public static class SecurityHeaders
{
    /// <summary>
    /// Strict headers on every response. Pages use no inline script or style, so the CSP needs no 'unsafe-inline';
    /// the API reference page (Scalar) is the one exception and gets its own relaxed policy.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var isApiReference = context.Request.Path.StartsWithSegments("/api/reference");
                headers.ContentSecurityPolicy = isApiReference
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                    : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                if (!headers.ContainsKey("Cache-Control") && context.User.Identity?.IsAuthenticated == true)
                {
                    // Pages of signed-in members may show personal data: never store them in shared or browser caches.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
