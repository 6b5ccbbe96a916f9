using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a database of its own: a temporary SQLite file, or a fresh PostgreSQL
/// database. The clock is fixed so advice is repeatable.
/// </summary>
public sealed class OfferDeskFactory : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _tempFile;
    private readonly Dictionary<string, string?> _settings;

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Hash passwords with few PBKDF2 rounds, for suites that sign up a user per test: hashing
    /// is most of the cost of a sign-up, and the number of rounds changes nothing a test sees.
    /// Set before the first client is made.
    /// </summary>
    public bool FastPasswordHashing { get; init; }

    /// <summary>More services for one test (a remote address, a log sink), added after the app's own.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>The SQLite file this app uses, when it made one itself.</summary>
    public string? SqliteFile => _tempFile;

    public OfferDeskFactory(string provider = "sqlite", string? connectionString = null, Dictionary<string, string?>? settings = null)
    {
        _provider = provider;
        _settings = settings ?? [];
        if (provider == "sqlite")
        {
            _tempFile = Path.Combine(Path.GetTempPath(), $"offerdesk-test-{Guid.NewGuid():N}.db");
            _connectionString = connectionString ?? $"Data Source={_tempFile}";
        }
        else _connectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // No file watchers in a test host (FileWatchTests): each is an inotify instance, counted
        // against a per-user limit (128 by default) shared with every .NET process of the machine,
        // and the many hosts of a run beside another test run reached it. Settings are read once...
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:OfferDesk", _connectionString);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
            if (FastPasswordHashing) s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingPath>();
            s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, UnwatchedWebRoot>();
            ExtraServices?.Invoke(s);
        });
    }

    /// <summary>A path no route takes, that fails with an exception: how a test sees the app's answer to a bug.</summary>
    public const string ThrowingPathValue = "/test-only/throws";

    /// <summary>The same under /api, to see the API's answer to a bug.</summary>
    public const string ThrowingApiPathValue = "/api/test-only/throws";

    private sealed class ThrowingPath : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(following => ctx =>
                ctx.Request.Path == ThrowingPathValue || ctx.Request.Path == ThrowingApiPathValue ? throw new InvalidOperationException("a bug, on purpose") : following(ctx));
        };
    }

    /// <summary>
    /// ...and wwwroot is served unwatched: the layout's <c>asp-append-version</c> watches each file
    /// it hashes, to hash it again when it changes, which no test does. Set before the pipeline is
    /// built, so static files and the tag helpers both get it.
    /// </summary>
    private sealed class UnwatchedWebRoot(IWebHostEnvironment environment) : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next)
        {
            environment.WebRootFileProvider = new Unwatched(environment.WebRootFileProvider);
            return next;
        }

        private sealed class Unwatched(IFileProvider files) : IFileProvider
        {
            public IFileInfo GetFileInfo(string subpath) => files.GetFileInfo(subpath);
            public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);
            public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) => NullChangeToken.Singleton;
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, like a careful browser.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Registers through the API and returns a client carrying the bearer token.</summary>
    public async Task<HttpClient> ApiUserAsync(string? email = null, string password = "correct horse battery staple")
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password })).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Registers through the pages (with antiforgery) and returns the signed-in browser.</summary>
    public async Task<HttpClient> PageUserAsync(string? email = null, string password = "correct horse battery staple")
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        var browser = Browser();
        var token = await AntiforgeryTokenAsync(browser, "/account/register");
        var response = await browser.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"register gave {response.StatusCode}");
        // A new address is signed in by registering; a taken one is led to sign in.
        if (response.Headers.Location?.OriginalString == "/")
        {
            // Land on Today as a person does, which shows (and so uses up) the welcome.
            (await browser.GetAsync("/")).EnsureSuccessStatusCode();
            browser.RememberAccount(email, password);
            return browser;
        }
        token = await AntiforgeryTokenAsync(browser, "/account/login");
        response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in after register gave {response.StatusCode}");
        browser.RememberAccount(email, password);
        return browser;
    }

    /// <summary>Confirms an account's address as its link would (Identity's token), for tests about what comes after.</summary>
    public async Task ConfirmAddressAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account for {email}");
        var confirmed = await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
        if (!confirmed.Succeeded) throw new InvalidOperationException($"confirming {email} failed");
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        return Html.Parse(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"no antiforgery token on {page}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_tempFile is null) return;
        foreach (var f in new[] { _tempFile, _tempFile + "-wal", _tempFile + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

/// <summary>A clock that stands still until a test moves it; the local zone is UTC.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
