using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OfferDesk.Core.Documents;

namespace OfferDesk.Load;

/// <summary>
/// Many users on one deployment: N accounts, each driven by one virtual user looping what a person
/// does in a session, with no think time by default (a closed loop: each user waits for its answer,
/// then asks again), so the figures are the server's capacity on this machine.
/// </summary>
public static class LoadRun
{
    /// <summary>A bound on each virtual user's loop besides the clock.</summary>
    private const int MaxIterationsPerUser = 5_000_000;

    public static async Task<int> RunAsync(Options o)
    {
        var runId = RandomNumberGenerator.GetHexString(8, lowercase: true);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
        Console.Error.WriteLine($"load: {o.Base} · {o.Users} users · {o.Warmup} s warm-up + {o.Seconds} s measured · think {o.ThinkMs} ms · run {runId}");

        var accounts = new Account[o.Users];
        var opportunityIds = new List<string>();
        var setup = Stopwatch.StartNew();
        try
        {
            using var gate = new SemaphoreSlim(o.SetupParallel);
            using var setupCts = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            var tasks = Enumerable.Range(0, o.Users).Select(async i =>
            {
                await gate.WaitAsync(setupCts.Token);
                try
                {
                    var a = accounts[i] = new Account(o.Base, $"load-{runId}-{i}@load.example", $"load-pass-{runId}-{i}", timeout);
                    await a.RegisterAsync(setupCts.Token);
                    await a.BearerLoginAsync(setupCts.Token);
                    await a.CookieSignInAsync(setupCts.Token);
                    var search = Searches.Realistic(today, o.Extra, seed: i);
                    using (var put = await a.Http.SendAsync(a.Api(HttpMethod.Put, "api/pipeline",
                               new StringContent(PipelineJson.Serialize(search, indented: false), Encoding.UTF8, "application/json")), setupCts.Token))
                        await Account.Expect(put, HttpStatusCode.NoContent, "PUT /api/pipeline", setupCts.Token);
                    // The cookie works on pages: Today shows the search just loaded.
                    using var home = await a.Http.GetAsync("", setupCts.Token);
                    await Account.Expect(home, HttpStatusCode.OK, "GET / after sign-in", setupCts.Token);
                    if (i == 0) lock (opportunityIds) opportunityIds.AddRange(search.Opportunities.Select(x => x.Id));
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            await Task.WhenAll(tasks);
        }
        catch (Exception e) when (e is SetupException or HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            Console.Error.WriteLine($"load: setup failed: {e.Message}");
            foreach (var a in accounts) a?.Dispose();
            return 1;
        }
        setup.Stop();
        Console.Error.WriteLine($"load: {o.Users} accounts registered, signed in and loaded in {setup.Elapsed.TotalSeconds:F1} s; running…");

        var start = Stopwatch.GetTimestamp();
        var warmupEnd = start + (long)(o.Warmup * (double)Stopwatch.Frequency);
        var end = warmupEnd + (long)(o.Seconds * (double)Stopwatch.Frequency);
        var recorders = new Recorder[o.Users];
        var users = Enumerable.Range(0, o.Users).Select(i =>
        {
            recorders[i] = new Recorder();
            var vu = new VirtualUser(accounts[i], [.. opportunityIds], recorders[i], warmupEnd, end, o.ThinkMs, new Random(1000 + i), runId, i);
            return Task.Run(() => vu.RunAsync(MaxIterationsPerUser));
        }).ToList();
        await Task.WhenAll(users);
        var ran = Stopwatch.GetElapsedTime(start);
        var drift = await CheckSearchesAsync(accounts, recorders, today, o.Extra, runId);
        foreach (var a in accounts) a.Dispose();

        var total = Recorder.Merge(recorders);
        var rows = total.Summarize(o.Seconds);
        var all = rows[^1];
        Console.WriteLine();
        Console.WriteLine($"{o.Users} users, {o.Seconds} s measured after {o.Warmup} s warm-up ({ran.TotalSeconds:F1} s in all), think time {o.ThinkMs} ms, against {o.Base}");
        Console.WriteLine(Recorder.Header);
        foreach (var r in rows)
        {
            if (r.Name == "all") Console.WriteLine(new string('-', Recorder.Header.Length));
            Console.WriteLine(r.Row());
        }
        if (total.ErrorCauses.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("errors by cause:");
            foreach (var (cause, n) in total.ErrorCauses) Console.WriteLine($"  {n,7}  {cause}");
            Console.WriteLine("first errors:");
            foreach (var s in total.Samples) Console.WriteLine($"  {s}");
        }

        var json = new Dictionary<string, object>
        {
            ["tool"] = "OfferDesk.Load",
            ["base"] = o.Base.ToString(),
            ["users"] = o.Users,
            ["seconds"] = o.Seconds,
            ["warmup"] = o.Warmup,
            ["thinkMs"] = o.ThinkMs,
            ["setupSeconds"] = Math.Round(setup.Elapsed.TotalSeconds, 1),
            ["requests"] = all.Requests,
            ["errors"] = all.Errors,
            ["rps"] = Math.Round(all.PerSecond, 1),
            ["kinds"] = rows.ToDictionary(r => r.Name, r => (object)r.Json()),
            ["errorCauses"] = total.ErrorCauses,
            ["searchesChecked"] = accounts.Length,
            ["searchesDrifted"] = drift.Count,
        };
        if (drift.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{drift.Count} of {accounts.Length} searches changed in more than their notes:");
            foreach (var d in drift.Take(10)) Console.WriteLine($"  {d}");
        }
        Console.WriteLine(JsonSerializer.Serialize(json));
        return all.Errors == 0 && all.Requests > 0 && drift.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// After the run, each user's stored search must be the one loaded at setup except for the
    /// notes the edits wrote: posting the form back must not lose or change anything else.
    /// </summary>
    private static async Task<List<string>> CheckSearchesAsync(Account[] accounts, Recorder[] recorders, DateOnly today, int extra, string runId)
    {
        var drift = new List<string>();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        for (var i = 0; i < accounts.Length; i++)
        {
            try
            {
                using var get = await accounts[i].Http.SendAsync(accounts[i].Api(HttpMethod.Get, "api/pipeline"), cts.Token);
                await Account.Expect(get, HttpStatusCode.OK, "GET /api/pipeline", cts.Token);
                var stored = PipelineJson.Parse(await get.Content.ReadAsStringAsync(cts.Token)).Pipeline
                             ?? throw new SetupException("the stored search does not read");
                var edited = stored.Opportunities.Count(x => x.Notes?.StartsWith($"Load run {runId}, user {i},", StringComparison.Ordinal) == true);
                var expected = Searches.Realistic(today, extra, seed: i);
                foreach (var x in stored.Opportunities) x.Notes = null;
                foreach (var x in expected.Opportunities) x.Notes = null;
                string a = PipelineJson.Serialize(stored, indented: false), b = PipelineJson.Serialize(expected, indented: false);
                if (a != b)
                {
                    var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], Math.Min(a.Length, b.Length));
                    var from = Math.Max(0, at - 60);
                    drift.Add($"user {i}: stored …{a[from..Math.Min(a.Length, at + 60)]}… expected …{b[from..Math.Min(b.Length, at + 60)]}…");
                }
                else if (edited == 0 && recorders[i].Kinds.TryGetValue("edit", out var k) && k.Latencies.Count > k.Errors)
                    drift.Add($"user {i}: edits were answered 302 but no note of this run is stored");
            }
            catch (Exception e) when (e is SetupException or HttpRequestException or TaskCanceledException)
            {
                drift.Add($"user {i}: {e.Message}");
            }
        }
        return drift;
    }
}

/// <summary>
/// One person's session, in a loop: look at Today, open a company, edit its notes (the page's form
/// posted back by the notes' Save, with its antiforgery token, version and stamps), ask the API for advice.
/// </summary>
public sealed class VirtualUser(Account account, string[] ids, Recorder recorder, long warmupEnd, long end, int thinkMs, Random rnd, string runId, int index)
{
    private int _edits;

    public async Task RunAsync(int maxIterations)
    {
        for (var n = 0; n < maxIterations && Stopwatch.GetTimestamp() < end; n++)
        {
            var id = ids[rnd.Next(ids.Length)];
            var roll = rnd.Next(100);
            if (roll < 35) await Send("today", () => new HttpRequestMessage(HttpMethod.Get, ""), Expect200);
            else if (roll < 65) await Send("opportunity", () => new HttpRequestMessage(HttpMethod.Get, $"opportunities/{id}"), Expect200);
            else if (roll < 80) await Send("advice", () => account.Api(HttpMethod.Get, "api/advice"), ExpectJson);
            else await EditAsync(id);
            if (thinkMs > 0) await Task.Delay(thinkMs);
        }
    }

    /// <summary>GET the opportunity page (counted as a page view), then POST its form with new notes.</summary>
    private async Task EditAsync(string id)
    {
        var html = await Send("opportunity", () => new HttpRequestMessage(HttpMethod.Get, $"opportunities/{id}"), Expect200);
        if (html is null) return;
        // The company page is one form in parts, each with its own Save: the form holding the
        // notes' Save, posted as that button posts it, with every other part as it came.
        var fields = Html.FormFields(html, (_, body) => body.Contains("handler=Notes", StringComparison.Ordinal));
        if (fields is null || Html.Get(fields, "__RequestVerificationToken") is null || Html.Get(fields, "version") is null)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= warmupEnd && now < end) recorder.Add("edit", 0, "edit no form: the opportunity page has no notes form with a token and a version");
            return;
        }
        var edit = ++_edits;
        Html.Set(fields, "Input.Notes", string.Create(CultureInfo.InvariantCulture,
            $"Load run {runId}, user {index}, edit {edit} at {DateTime.UtcNow:HH:mm:ss.fff}. Called the recruiter; waiting to hear back."));
        var back = $"/opportunities/{id}#your-notes";
        await Send("edit", () => new HttpRequestMessage(HttpMethod.Post, $"opportunities/{id}?handler=Notes") { Content = new FormUrlEncodedContent(fields) },
            (status, response, _) => status == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == back
                ? null
                : status == HttpStatusCode.Conflict ? "409 conflict: an edit of the user's own search was refused as a conflict" : $"{(int)status}: expected 302 to {back}");
    }

    private static string? Expect200(HttpStatusCode status, HttpResponseMessage _, string body) =>
        status == HttpStatusCode.OK ? null : $"{(int)status}: expected 200";

    private static string? ExpectJson(HttpStatusCode status, HttpResponseMessage response, string body) =>
        status != HttpStatusCode.OK ? $"{(int)status}: expected 200"
        : response.Content.Headers.ContentType?.MediaType != "application/json" ? "not json: the advice was not JSON" : null;

    /// <summary>Sends, reads the whole answer, and records it when it started inside the measured window.</summary>
    private async Task<string?> Send(string kind, Func<HttpRequestMessage> make, Func<HttpStatusCode, HttpResponseMessage, string, string?> check)
    {
        var t0 = Stopwatch.GetTimestamp();
        string? error;
        string? body = null;
        try
        {
            using var request = make();
            using var response = await account.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            body = await response.Content.ReadAsStringAsync();
            error = check(response.StatusCode, response, body);
            if (error is not null) error = $"{kind} {error} ({request.Method} {request.RequestUri}): {Account.Snippet(body)}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            error = $"{kind} {e.GetType().Name}: {e.Message}";
        }
        var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        if (t0 >= warmupEnd && t0 < end) recorder.Add(kind, ms, error);
        return error is null ? body : null;
    }
}
