using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using OfferDesk.Web.Infrastructure;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// One account's heavy requests (uploads, imports, downloads of the whole search, a whole search
/// through the API, emails on request) run two at a time; a third answers 429 at once, and other
/// accounts are not held up (issue 22).
/// </summary>
public sealed class HeavyWorkTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    /// <summary>A JSON body that sends its first byte, then waits to be let go: a slow upload.</summary>
    private sealed class HeldBody(Task release) : HttpContent
    {
        public HeldBody(Task release, string mediaType) : this(release) => Headers.ContentType = new(mediaType);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{"u8.ToArray());
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(""" "version": 1, "opportunities": [] }"""));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task AThirdHeavyRequestOfOneAccountIs429AndOthersGoOn()
    {
        var email = $"heavy-{Guid.NewGuid():N}@example.test";
        var api = await fixture.App.ApiUserAsync(email);
        var other = await fixture.App.ApiUserAsync();
        var release = new TaskCompletionSource();
        var held = Enumerable.Range(0, HeavyWork.PerUser).Select(_ => api.PutAsync("/api/pipeline", new HeldBody(release.Task, "application/json"))).ToList();

        // The held two take their places while their bodies trickle (asked of the app's own limiter); a third is turned away.
        await WhenPlacesTakenAsync(email);
        try
        {
            var third = await api.GetAsync("/data?handler=ExportCsv");
            third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            third.Headers.RetryAfter.ShouldNotBeNull();
            (await api.PutPipelineRawAsync("""{ "version": 1, "opportunities": [] }""")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            // Another account, and this account's light requests, go on.
            (await other.PutPipelineRawAsync("""{ "version": 1, "opportunities": [] }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await api.GetAsync("/api/advice")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            release.SetResult();
        }
        foreach (var r in await Task.WhenAll(held)) ((int)r.StatusCode).ShouldBeLessThan(500);
        (await api.PutPipelineRawAsync("""{ "version": 1, "opportunities": [] }""")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the places are free again");
    }

    /// <summary>Waits until the account's heavy places are all taken, as the app's global limiter counts them.</summary>
    private async Task WhenPlacesTakenAsync(string email)
    {
        using var scope = fixture.App.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>().FindByEmailAsync(email);
        var limiter = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>>().Value.GlobalLimiter!;
        var probe = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user!.Id)], "test")),
        };
        probe.Request.Method = "PUT";
        probe.Request.Path = "/api/pipeline";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (limiter.GetStatistics(probe)?.CurrentAvailablePermits != 0)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("the held uploads never took their places");
            await Task.Delay(20);
        }
    }

    [Theory]
    [InlineData("GET", "/data?handler=Export", true)]
    [InlineData("GET", "/data?handler=ExportCsv", true)]
    [InlineData("POST", "/data?handler=Import", true)]
    [InlineData("POST", "/import?handler=Preview", true)]
    [InlineData("PUT", "/api/pipeline", true)]
    [InlineData("POST", "/api/reminders/send-now", true)]
    [InlineData("POST", "/account/reminders?handler=SendNow", true)]
    [InlineData("POST", "/settings?handler=SendNow", true)]
    [InlineData("POST", "/settings?handler=Confirm", true)]
    [InlineData("GET", "/data", false)]
    [InlineData("GET", "/api/pipeline", false)]
    [InlineData("POST", "/data?handler=Clear", false)]
    [InlineData("POST", "/settings", false)]
    public void WhatCountsAsHeavy(string method, string url, bool heavy)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        var parts = url.Split('?');
        context.Request.Method = method;
        context.Request.Path = parts[0];
        if (parts.Length > 1) context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString("?" + parts[1]);
        HeavyWork.IsHeavy(context.Request).ShouldBe(heavy);
    }
}
