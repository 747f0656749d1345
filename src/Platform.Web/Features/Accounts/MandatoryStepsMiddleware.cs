namespace Platform.Web.Features.Accounts;

/// <summary>
/// Sends a member who still has a mandatory step to do (see <see cref="MandatorySteps"/>) to the page for it;
/// API calls get 403 problem details instead. Runs after authentication and authorization.
/// </summary>
internal sealed class MandatoryStepsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var path = context.Request.Path;
        if (MandatorySteps.NeedsTwoFactor(user) && !MandatorySteps.IsOpenForTwoFactor(path))
        {
            await Refuse(context, MandatorySteps.EnrolmentUrl(context.Request), MandatorySteps.WriteTwoFactorProblemAsync);
            return;
        }

        if (MandatorySteps.NeedsTerms(user) && !MandatorySteps.IsOpenForTerms(path))
        {
            await Refuse(context, MandatorySteps.AcceptTermsUrl(context.Request), MandatorySteps.WriteTermsProblemAsync);
            return;
        }

        await next(context);
    }

    private static Task Refuse(HttpContext context, string pageUrl, Func<HttpContext, Task> apiProblem)
    {
        if (MandatorySteps.IsApi(context.Request))
        {
            return apiProblem(context);
        }

        context.Response.Redirect(pageUrl);
        return Task.CompletedTask;
    }
}
