using System.Net;
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
        var api = await fixture.App.ApiUserAsync();
        var other = await fixture.App.ApiUserAsync();
        var release = new TaskCompletionSource();
        var held = Enumerable.Range(0, HeavyWork.PerUser).Select(_ => api.PutAsync("/api/pipeline", new HeldBody(release.Task, "application/json"))).ToList();

        // The held two take their places while their bodies trickle; a third is turned away.
        HttpResponseMessage third;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do third = await api.GetAsync("/data?handler=ExportCsv");
        while (third.StatusCode != HttpStatusCode.TooManyRequests && waited.Elapsed < TimeSpan.FromSeconds(10) && await Task.Delay(50).ContinueWith(_ => true));
        try
        {
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

    [Theory]
    [InlineData("GET", "/data?handler=Export", true)]
    [InlineData("GET", "/data?handler=ExportCsv", true)]
    [InlineData("POST", "/data?handler=Import", true)]
    [InlineData("POST", "/import?handler=Preview", true)]
    [InlineData("PUT", "/api/pipeline", true)]
    [InlineData("POST", "/api/reminders/send-now", true)]
    [InlineData("POST", "/account/reminders?handler=SendNow", true)]
    [InlineData("GET", "/data", false)]
    [InlineData("GET", "/api/pipeline", false)]
    [InlineData("POST", "/data?handler=Clear", false)]
    [InlineData("POST", "/account/reminders", false)]
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
