using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OfferDesk.Web.Accounts;

/// <summary>
/// Throttles credential checks: every sign-in, register and password-change attempt, on the pages
/// and on <c>/api/auth/*</c>, counts against one budget per client address and minute. Viewing a
/// page never counts (a GET is not an attempt). A refusal is a 429 with <c>Retry-After</c>.
/// </summary>
public static class Throttling
{
    public const string CredentialPolicy = "credentials";

    /// <summary>How long an account lockout lasts, as a Retry-After value (see the lockout options).</summary>
    public const string LockoutRetryAfterSeconds = "300";

    /// <summary>
    /// Whose budget an attempt spends: the IPv4 address, or the IPv6 /64 network (one home or
    /// one server is given a whole /64, and could otherwise take a fresh address per attempt).
    /// </summary>
    public static string Sender(System.Net.IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    public static IServiceCollection AddCredentialThrottling(this IServiceCollection services, IConfiguration config)
    {
        var perMinute = config.GetValue("Security:LoginAttemptsPerMinute", 10);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                // A window limiter says when; a concurrency limiter (HeavyWork) frees as soon as a request ends.
                var wait = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after
                    : Infrastructure.HeavyWork.IsHeavy(ctx.HttpContext.Request) ? TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(1);
                if (Infrastructure.HeavyWork.IsHeavy(ctx.HttpContext.Request)) ctx.HttpContext.Items[Infrastructure.HeavyWork.RefusedItem] = true;
                ctx.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            Infrastructure.HeavyWork.Limit(o);
            o.AddPolicy(CredentialPolicy, ctx =>
                HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("view")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        Sender(ctx.Connection.RemoteIpAddress),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
