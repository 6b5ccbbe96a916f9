using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// One person's heavy requests at once (issue 22): uploads and imports (a file read and parsed
/// whole), the downloads of the whole search, a whole search put through the API, and emails sent
/// on request. At most <see cref="PerUser"/> of them run at a time for one account; more answer
/// 429 at once, with the framework's concurrency limiter. 24 uploads at once from one account
/// took the server to 1.4 GB; now one account holds at most two files' worth.
/// </summary>
public static class HeavyWork
{
    public const int PerUser = 2;

    /// <summary>Set on a request refused here, so the error page can say why in the person's words.</summary>
    public const string RefusedItem = "OfferDesk.HeavyWork.Refused";

    /// <summary>Whether a request is one of the heavy ones.</summary>
    public static bool IsHeavy(HttpRequest request)
    {
        var path = request.Path.Value?.TrimEnd('/').ToLowerInvariant() ?? "";
        var handler = request.Query["handler"].ToString().ToLowerInvariant();
        var post = HttpMethods.IsPost(request.Method);
        return path switch
        {
            "/data" => handler is "export" or "exportcsv" || (post && handler == "import"),
            "/import" or "/repair" => post,
            "/api/pipeline" => HttpMethods.IsPut(request.Method),
            "/api/reminders/send-now" or "/api/reminders/confirm-address" => post,
            "/account/reminders" or "/settings" => post && handler is "sendnow" or "confirm",
            _ => false,
        };
    }

    /// <summary>The limiter every request passes (after sign-in is known): none for light requests and visitors.</summary>
    public static void Limit(RateLimiterOptions o) =>
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
            IsHeavy(ctx.Request) && ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
                ? RateLimitPartition.GetConcurrencyLimiter(user, _ => new ConcurrencyLimiterOptions { PermitLimit = PerUser, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("light"));
}
