using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// An app with settings of its own (a small throttling limit, closed registration, a
/// certificate) on a fresh database of the provider a theory row names; disposing it drops
/// the PostgreSQL database too.
/// </summary>
public sealed class OwnApp : IAsyncDisposable
{
    private readonly PostgresServer _server;
    private readonly string? _postgresDatabase;

    public OfferDeskFactory App { get; }

    private OwnApp(PostgresServer server, OfferDeskFactory app, string? postgresDatabase)
    {
        _server = server;
        App = app;
        _postgresDatabase = postgresDatabase;
    }

    public static async Task<OwnApp> StartAsync(PostgresServer server, string provider, Dictionary<string, string?> settings,
        bool fastHashing = true, Action<IServiceCollection>? services = null, string? connectionString = null)
    {
        string? database = null;
        if (provider == "postgres") database = connectionString ?? await server.CreateDatabaseAsync("own");
        var app = new OfferDeskFactory(provider, provider == "postgres" ? database : connectionString, settings)
        {
            FastPasswordHashing = fastHashing, ExtraServices = services,
        };
        return new OwnApp(server, app, connectionString is null ? database : null);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_postgresDatabase is not null) await _server.DropDatabaseAsync(_postgresDatabase);
    }
}

/// <summary>Makes every request come from one address, as if over the network (the test server has none).</summary>
public sealed class RemoteAddress(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext ctx, RequestDelegate nextMiddleware) =>
        {
            ctx.Connection.RemoteIpAddress = address;
            return nextMiddleware(ctx);
        });
        next(app);
    };
}

/// <summary>Keeps every log line the app writes, for tests of what it says at start-up.</summary>
public sealed class LogSink : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
