using Microsoft.AspNetCore.Mvc;
using OfferDesk.Data;

namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// A stored search that no longer reads (older release, hand edit, restore) is not an error page:
/// the pages send its owner to /repair, where it can be downloaded as it is and replaced by a fixed
/// one; the API answers 409 with problem details saying so.
/// </summary>
public sealed class RepairRedirect(RequestDelegate next)
{
    public const string RepairPath = "/repair";

    public async Task Invoke(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (UnreadableSearchException) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            if (WebApp.IsApi(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status409Conflict;
                await context.Response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "Your saved search needs repair; nothing was changed.",
                    Detail = "The saved search no longer reads (it may come from an older release, a hand edit or a restore). " +
                             "Sign in to the web app and open " + RepairPath + " to download it as it is and import a fixed one, " +
                             "or PUT a fixed document to /api/pipeline.",
                }, options: null, contentType: "application/problem+json");
                return;
            }
            if (context.User.Identity?.IsAuthenticated != true)
            {
                // The calendar feed is read by a calendar app, not a person: it gets a plain answer.
                context.Response.StatusCode = StatusCodes.Status409Conflict;
                await context.Response.WriteAsync("This search needs repair: sign in to OfferDesk to fix it.");
                return;
            }
            context.Response.StatusCode = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? StatusCodes.Status302Found
                : StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = RepairPath;
        }
    }
}
