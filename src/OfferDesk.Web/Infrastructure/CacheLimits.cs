namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// The memory the app may spend on caches, in bytes, from configuration (<c>Cache:*</c>). Both
/// caches only save work: a user whose search does not fit is served correctly, just uncached.
/// </summary>
public sealed class CacheLimits
{
    /// <summary>Rendered pages of every user together (<c>Cache:PagesMaxBytes</c>, default 64 MB).</summary>
    public long PagesMaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// One user's rendered pages (<c>Cache:PagesMaxBytesPerUser</c>, default 2 MB, gzip-compressed).
    /// A response larger than this is streamed to the client, never held whole in memory.
    /// </summary>
    public long PagesMaxBytesPerUser { get; init; } = 2L * 1024 * 1024;

    /// <summary>Loaded searches with their advice, estimated from the stored document (<c>Cache:SearchesMaxBytes</c>, default 128 MB).</summary>
    public long SearchesMaxBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// Bytes a loaded search takes per character of its stored JSON: objects, their strings as
    /// UTF-16, and the advice. Measured (GC.GetTotalMemory) on a 5000-company search of 1.7 MB:
    /// 7.6 for the pipeline and 2.6 for its advice, 10.2 in all; rounded up.
    /// </summary>
    public const int SearchBytesPerDocumentChar = 12;

    public static CacheLimits From(IConfiguration config) => new()
    {
        PagesMaxBytes = config.GetValue("Cache:PagesMaxBytes", 64L * 1024 * 1024),
        PagesMaxBytesPerUser = config.GetValue("Cache:PagesMaxBytesPerUser", 2L * 1024 * 1024),
        SearchesMaxBytes = config.GetValue("Cache:SearchesMaxBytes", 128L * 1024 * 1024),
    };
}
