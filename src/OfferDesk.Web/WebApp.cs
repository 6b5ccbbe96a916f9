using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OfferDesk.Data;
using OfferDesk.Web.Accounts;
using OfferDesk.Web.Api;
using OfferDesk.Web.Infrastructure;
using OfferDesk.Web.Reminders;

namespace OfferDesk.Web;

/// <summary>Wires the web app: storage, accounts, pages, the JSON API and the calendar feed.</summary>
public static class WebApp
{
    /// <summary>The longest a request may take before it is cut off (a slow body, a stuck query).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var config = builder.Configuration;

        builder.WebHost.ConfigureKestrel(k =>
        {
            // A body that trickles in (or never finishes) is cut off: after a 10 s grace, slower
            // than 240 bytes a second on average ends the request. A real client sends faster.
            k.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(10));
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            // The largest document is 2 MB (PipelineApi); the upload form raises its own limit.
            k.Limits.MaxRequestBodySize = 4L * 1024 * 1024;
        });

        services.AddOfferDeskDb(config);
        services.AddSingleton<OfferDesk.Core.Model.CandidateClock>();
        var limits = CacheLimits.From(config);
        services.AddSingleton(limits);
        services.AddSingleton<LoadedSearches>();
        services.AddSingleton<RenderedPages>();
        services.AddSingleton<DatabaseHealth>();
        services.AddScoped<Desk>();
        services.AddSingleton<Undo>();
        services.AddHttpContextAccessor();

        services.AddIdentityApiEndpoints<IdentityUser>(o =>
            {
                // A modern policy (NIST SP 800-63B): length matters, composition rules do not.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddPasswordValidator<GuessablePasswords>()
            .AddEntityFrameworkStores<OfferDeskDb>()
            .AddSignInManager<TimedSignInManager>();
        services.AddSingleton<DecoyHash>();
        services.AddSingleton<AddressLockout>();
        services.AddScoped<Registration>();
        services.AddScoped<RefreshFamilies>();
        services.AddScoped<AddressMail>();
        // A bearer token lives an hour; the security stamp is checked on every request anyway (BearerStamp).
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        // Pages send a signed-out visitor to the sign-in page; the API answers 401 (see the cookie events).
        services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(o => o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.Cookie.Name = "offerdesk";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                // A stranger (no sign-in cookie ever set in this browser) opening the front page
                // meets the introduction first; anyone else signs in and comes back.
                else if (HttpMethods.IsGet(ctx.Request.Method) && ctx.Request.Path == "/" && !ctx.Request.Cookies.ContainsKey("offerdesk")) ctx.Response.Redirect("/welcome");
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Keys live in the database so every instance reads every other's cookies and tokens.
        var keysEncrypted = services.AddKeyRing(config);

        services.AddCredentialThrottling(config);
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy { Timeout = RequestTimeout, TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable });
        services.AddForwardedHeadersFromKnownProxies(config);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            // Not the whole /Account folder: an allowed-anonymous folder would override
            // AuthorizePage for /Account/Password, and show it to signed-out visitors.
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Register");
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Account/Confirm");
            o.Conventions.AllowAnonymousToPage("/Account/Forgot");
            o.Conventions.AllowAnonymousToPage("/Account/Reset");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Welcome");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "offerdesk-af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddProblemDetails();
        services.AddOfferDeskOpenApi();
        services.AddMorningEmail(config);
        services.AddHostedService<IdleTrim>();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        var app = builder.Build();

        // Razor Pages finds its pages, handlers and bound properties by reflection when the pages
        // are mapped below, the longest step of a start. Begun now on another thread, it overlaps
        // the rest of the build; MapRazorPages then takes the same result (it is made once, under a lock).
        var pagesFound = Task.Run(() => app.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>().ActionDescriptors);

        var target = app.Services.GetRequiredService<DatabaseTarget>();
        // The database is checked (and brought up to date) on another thread while this one builds
        // the pipeline and the endpoints; both must be done before the first request is served.
        var databaseReady = Task.Run(() =>
        {
            if (DatabaseCheck.Problem(target) is { } refused) throw new StartupRefusal($"OfferDesk cannot start: {refused}.");
            try
            {
                using var scope = app.Services.CreateScope();
                Database.MigrateIfNeeded(target, () => scope.ServiceProvider.GetRequiredService<OfferDeskDb>());
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                throw new StartupRefusal($"OfferDesk cannot start: the database could not be brought up to date: {e.Message.ReplaceLineEndings(" ").Trim()}", e);
            }
        });
        if (!keysEncrypted) app.Logger.LogWarning(KeyRing.UnencryptedWarning);

        // Then, off the request path: what a signed-in user's first page runs (the account's
        // security stamp, the stored version, the search read, tracked and advised), done for the
        // account whose search changed last, the likeliest to come back first; their search stays
        // in memory for them. With no account yet, the same queries run for nobody.
        _ = databaseReady.ContinueWith(async ready =>
        {
            try
            {
                using var scope = app.Services.CreateScope();
                var services = scope.ServiceProvider;
                var latest = await services.GetRequiredService<OfferDeskDb>().Searches.AsNoTracking()
                    .OrderByDescending(s => s.UpdatedUtc).Select(s => s.UserId).FirstOrDefaultAsync() ?? "warm-up";
                await services.GetRequiredService<UserManager<IdentityUser>>().FindByIdAsync(latest);
                _ = (await services.GetRequiredService<Desk>().LoadAsync(latest, null)).Advice;
            }
            catch (Exception e)
            {
                // Only a head start, whatever stops it (a search needing repair, a database gone):
                // a real request meets the same problem and reports it.
                app.Logger.LogDebug(e, "warming up the first page's queries failed");
            }
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

        // Proxies' headers first, so the client's address and scheme are known to everything after.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // The API's errors, bare statuses included (401, 404, 405, 413, 415, 429, 500…), are
        // problem details JSON; the pages' are the kind HTML error page.
        app.UseWhen(ctx => IsApi(ctx.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx.Request), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error", StatusCodeSelector = StatusFor,
        }));
        app.UseWhen(ctx => !IsApi(ctx.Request), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=604800",
        });
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseAuthentication();
        app.UseMiddleware<ApiRequests>();
        app.UseMiddleware<BearerStamp>();
        // After sign-in is known: heavy work is limited per account (HeavyWork), credentials per address.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<RepairRedirect>();
        app.UseMiddleware<RenderedCache>();

        app.MapOpenApi();
        app.MapApiReference();
        app.MapGet("/health", (DatabaseHealth db) => db.Problem() is { } problem
                ? Results.Text($"unhealthy: {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Text("ok"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapAccountsApi();
        app.MapPipelineApi();
        app.MapCalendarFeed();
        app.MapRemindersApi();
        pagesFound.GetAwaiter().GetResult();
        app.MapRazorPages();
        databaseReady.GetAwaiter().GetResult();
        return app;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    // A request the server could not read (a body too large, too slow, or malformed) is the
    // client's error with its own status; anything else is ours.
    private static int StatusFor(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        OperationCanceledException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses or networks, comma-separated), else only
    /// from this machine: a client cannot choose its own address, and so dodge throttling.
    /// </summary>
    private static void AddForwardedHeadersFromKnownProxies(this IServiceCollection services, IConfiguration config)
    {
        var configured = (config["ForwardedHeaders:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = new List<System.Net.IPNetwork>();
        foreach (var entry in configured)
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) known.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) known.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            else throw new StartupRefusal($"ForwardedHeaders:KnownProxies: \"{entry}\" is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/24)");
        }
        if (known.Count == 0) known.AddRange([new System.Net.IPNetwork(IPAddress.Loopback, 8), new System.Net.IPNetwork(IPAddress.IPv6Loopback, 128)]);
        // PostConfigure: ASPNETCORE_FORWARDEDHEADERS_ENABLED would otherwise trust every sender.
        services.PostConfigure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var network in known) o.KnownIPNetworks.Add(network);
        });
    }
}
