using System.Buffers;
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
/// The rendered pages kept in memory: one bucket per user, holding only the pages of the
/// search's current version and day (an edit replaces the bucket, so old renderings are freed at
/// once). Sized in bytes of the compressed responses, with a ceiling for all users and one per user.
/// </summary>
public sealed class RenderedPages(CacheLimits limits) : IDisposable
{
    private readonly MemoryCache _store = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, limits.PagesMaxBytes), TrackStatistics = true });

    public long MaxBytesPerUser => limits.PagesMaxBytesPerUser;

    internal sealed record Entry(byte[] Body, string ContentType, bool Gzip, string? ETag);

    internal sealed class Bucket(long version, int day)
    {
        public long Version { get; } = version;
        public int Day { get; } = day;
        public ConcurrentDictionary<string, Entry> Pages { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }

    internal Bucket For(string userId, long version, int day) =>
        _store.TryGetValue(userId, out Bucket? bucket) && bucket!.Version == version && bucket.Day == day ? bucket : new Bucket(version, day);

    internal void Add(string userId, Bucket bucket, string key, Entry entry)
    {
        var bytes = entry.Body.Length + key.Length * 2L;
        if (Interlocked.Add(ref bucket.Bytes, bytes) > limits.PagesMaxBytesPerUser)
        {
            Interlocked.Add(ref bucket.Bytes, -bytes);
            return;
        }
        if (bucket.Pages.TryAdd(key, entry))
            _store.Set(userId, bucket, new MemoryCacheEntryOptions { Size = Math.Max(1, Interlocked.Read(ref bucket.Bytes)), SlidingExpiration = TimeSpan.FromMinutes(10) });
        else Interlocked.Add(ref bucket.Bytes, -bytes);
    }

    /// <summary>Bytes held now, for tests and diagnostics.</summary>
    public long CurrentBytes => _store.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public void Dispose() => _store.Dispose();
}

/// <summary>
/// Serves a user's pages and documents from memory while their search is unchanged. Every
/// request still asks the database for the search's version, so an edit made through any app
/// instance is seen at once; only the rendering is saved. Responses are kept gzip-compressed.
/// A response that sets a cookie (a first antiforgery token) or follows a one-time message is
/// never kept, and the key includes the antiforgery cookie, because forms carry a token bound to it.
/// A response larger than the per-user ceiling is passed through as it is written, never held whole.
/// </summary>
public sealed class RenderedCache(RequestDelegate next, RenderedPages pages, ILogger<RenderedCache> log)
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";
    private const string AntiforgeryCookie = "offerdesk-af";

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
        // The candidate's day (their zone): reading it loads the search into memory if it is not,
        // which a page rendered on a miss would do anyway.
        var day = (await desk.TodayAsync(userId, context.RequestAborted)).DayNumber;
        var key = string.Join('\n', request.Path.Value, request.QueryString.Value, request.Cookies[AntiforgeryCookie], gzip);

        var bucket = pages.For(userId, version, day);
        if (bucket.Pages.TryGetValue(key, out var hit))
        {
            await Write(context, hit);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new CappedBuffer(original, pages.MaxBytesPerUser);
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
        if (buffer.Overflowed || response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || response.ContentType is null)
        {
            await buffer.FlushToAsync(context.RequestAborted);
            return;
        }
        var body = gzip ? buffer.Compressed() : buffer.ToArray();
        var entry = new RenderedPages.Entry(body, response.ContentType, gzip, response.Headers.ETag.Count > 0 ? response.Headers.ETag.ToString() : null);
        pages.Add(userId, bucket, key, entry);
        log.LogDebug("rendered {Path} for version {Version}: {Bytes} bytes", request.Path, version, body.Length);
        await Write(context, entry);
    }

    private static async Task Write(HttpContext context, RenderedPages.Entry entry)
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

    private static bool AcceptsGzip(StringValues values)
    {
        foreach (var value in values)
            if (value is not null && value.Contains("gzip", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// Holds what is written up to a ceiling, in pooled 16 KB chunks (a page of hundreds of KB would
    /// otherwise grow one array by doubling, each copy on the large-object heap); past the ceiling,
    /// hands what it holds and everything after straight to the client's stream, so a huge page
    /// costs no more memory than the ceiling.
    /// </summary>
    private sealed class CappedBuffer(Stream inner, long ceiling) : Stream
    {
        private const int ChunkSize = 16 * 1024;
        private readonly List<byte[]> _chunks = [];
        private long _length;

        public bool Overflowed { get; private set; }

        public async Task FlushToAsync(CancellationToken ct)
        {
            if (Overflowed) return;
            await CopyHeldToAsync(inner, ct);
            Release();
        }

        /// <summary>What is held, gzip-compressed (fastest: a page is compressed once per version, served many times).</summary>
        public byte[] Compressed()
        {
            using var output = new MemoryStream((int)(_length / 4) + 64);
            using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
                foreach (var (chunk, count) in Held()) gz.Write(chunk, 0, count);
            return output.ToArray();
        }

        public byte[] ToArray()
        {
            var all = new byte[_length];
            var at = 0;
            foreach (var (chunk, count) in Held())
            {
                Buffer.BlockCopy(chunk, 0, all, at, count);
                at += count;
            }
            return all;
        }

        private IEnumerable<(byte[] Chunk, int Count)> Held()
        {
            for (var i = 0; i < _chunks.Count; i++)
                yield return (_chunks[i], i < _chunks.Count - 1 ? ChunkSize : (int)(_length - (long)i * ChunkSize));
        }

        private async Task CopyHeldToAsync(Stream target, CancellationToken ct)
        {
            foreach (var (chunk, count) in Held()) await target.WriteAsync(chunk.AsMemory(0, count), ct);
        }

        private void Release()
        {
            foreach (var chunk in _chunks) ArrayPool<byte>.Shared.Return(chunk);
            _chunks.Clear();
            _length = 0;
        }

        private void Hold(ReadOnlySpan<byte> data)
        {
            while (data.Length > 0)
            {
                var used = (int)(_length % ChunkSize);
                if (used == 0 && _length == (long)_chunks.Count * ChunkSize) _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                var chunk = _chunks[^1];
                var n = Math.Min(data.Length, ChunkSize - used);
                data[..n].CopyTo(chunk.AsSpan(used));
                data = data[n..];
                _length += n;
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct = default)
        {
            if (!Overflowed && _length + data.Length > ceiling)
            {
                Overflowed = true;
                await CopyHeldToAsync(inner, ct);
                Release();
            }
            if (Overflowed) await inner.WriteAsync(data, ct);
            else Hold(data.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, default).GetAwaiter().GetResult();
        public override Task FlushAsync(CancellationToken ct) => Overflowed ? inner.FlushAsync(ct) : Task.CompletedTask;
        public override void Flush() { }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) Release();
            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync()
        {
            Release();
            return base.DisposeAsync();
        }
    }
}
