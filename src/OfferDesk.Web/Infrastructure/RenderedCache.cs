using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// Marks a page or endpoint whose response depends only on the signed-in user's search (its
/// stored version), the day, and the address: such a response can be rendered once and served
/// again until the search changes.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RenderedPerVersionAttribute : Attribute;

/// <summary>
/// Serves a user's pages and documents from memory while their search is unchanged. Every
/// request still asks the database for the search's version, so an edit made through any app
/// instance is seen at once; only the rendering is saved. Responses are kept gzip-compressed.
/// A response that sets a cookie (a first antiforgery token) or follows a one-time message is
/// never kept, and the key includes the antiforgery cookie, because forms carry a token bound to it.
/// </summary>
public sealed class RenderedCache(RequestDelegate next, ILogger<RenderedCache> log)
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";
    private const string AntiforgeryCookie = "offerdesk-af";

    // One bucket per user, holding only the pages of the search's current version and day: an
    // edit replaces the bucket, so old renderings are freed at once rather than left to expire.
    private static readonly MemoryCache Store = new(new MemoryCacheOptions { SizeLimit = 32L * 1024 * 1024 });
    private const int MaxBucketBytes = 2 * 1024 * 1024;

    private sealed record Entry(byte[] Body, string ContentType, bool Gzip, string? ETag);

    private sealed class Bucket(int version, int day)
    {
        public int Version { get; } = version;
        public int Day { get; } = day;
        public ConcurrentDictionary<string, Entry> Pages { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }

    public async Task Invoke(HttpContext context, Desk desk)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<RenderedPerVersionAttribute>() is null
            || context.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || request.Cookies.ContainsKey(TempDataCookie))
        {
            await next(context);
            return;
        }

        var gzip = AcceptsGzip(request.Headers.AcceptEncoding);
        var version = await desk.VersionAsync(userId, context.RequestAborted);
        var day = desk.Today.DayNumber;
        var key = string.Join('\n', request.Path.Value, request.QueryString.Value, request.Cookies[AntiforgeryCookie], gzip);

        if (Store.TryGetValue(userId, out Bucket? bucket) && bucket!.Version == version && bucket.Day == day)
        {
            if (bucket.Pages.TryGetValue(key, out var hit))
            {
                await Write(context, hit);
                return;
            }
        }
        else bucket = new Bucket(version, day);

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || response.ContentType is null)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        var body = gzip ? Compress(buffer) : buffer.ToArray();
        var entry = new Entry(body, response.ContentType, gzip, response.Headers.ETag.Count > 0 ? response.Headers.ETag.ToString() : null);
        if (Interlocked.Add(ref bucket.Bytes, body.Length + key.Length) <= MaxBucketBytes && bucket.Pages.TryAdd(key, entry))
            Store.Set(userId, bucket, new MemoryCacheEntryOptions { Size = Math.Max(1, bucket.Bytes), SlidingExpiration = TimeSpan.FromMinutes(10) });
        log.LogDebug("rendered {Path} for version {Version}: {Bytes} bytes", request.Path, version, body.Length);
        await Write(context, entry);
    }

    private static async Task Write(HttpContext context, Entry entry)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        response.Headers.Vary = "Accept-Encoding, Cookie, Authorization";
        if (entry.Gzip) response.Headers.ContentEncoding = "gzip";
        if (entry.ETag is not null) response.Headers.ETag = entry.ETag;
        await response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    private static byte[] Compress(MemoryStream buffer)
    {
        using var output = new MemoryStream((int)(buffer.Length / 4) + 64);
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            buffer.Position = 0;
            buffer.CopyTo(gz);
        }
        return output.ToArray();
    }

    private static bool AcceptsGzip(StringValues values)
    {
        foreach (var value in values)
            if (value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
