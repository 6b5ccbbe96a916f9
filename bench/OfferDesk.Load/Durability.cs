using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Load;

/// <summary>What a durability stream left behind: the accounts, and which writes were acknowledged.</summary>
public sealed class DurabilityState
{
    public string Base { get; set; } = "";
    public DateTime StartedUtc { get; set; }
    public int Writes { get; set; }
    public int Attempted { get; set; }
    public int Acknowledged { get; set; }
    public int? KilledPid { get; set; }
    public int? KilledAfterAcks { get; set; }
    public int InFlightAtKill { get; set; }
    public double StreamSeconds { get; set; }
    public List<string> FailuresBeforeKill { get; set; } = [];
    public List<AccountState> Accounts { get; set; } = [];

    public sealed class AccountState
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public List<string> Initial { get; set; } = [];
        public List<string> Acked { get; set; } = [];
        public List<string> Unacked { get; set; } = [];
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>
/// A bounded stream of writes, each adding one opportunity to its writer's search; a write counts
/// as acknowledged only when the server answered 204. Optionally SIGKILLs the server mid-stream.
/// </summary>
public static class Durability
{
    public static async Task<int> WriteAsync(Options o)
    {
        var runId = RandomNumberGenerator.GetHexString(8, lowercase: true);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
        var killAfter = o.KillPid is null ? (int?)null : o.KillAfter ?? o.Writes / 2;
        var state = new DurabilityState { Base = o.Base.ToString(), StartedUtc = DateTime.UtcNow, Writes = o.Writes, KilledPid = o.KillPid, KilledAfterAcks = killAfter };
        Console.Error.WriteLine($"durability: {o.Writes} writes by {o.Writers} accounts against {o.Base}" +
                                (killAfter is { } k ? $"; SIGKILL to pid {o.KillPid} after {k} acknowledged" : "; no kill"));

        var accounts = new Account[o.Writers];
        var pipelines = new Pipeline[o.Writers];
        var etags = new string[o.Writers];
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            for (var i = 0; i < o.Writers; i++)
            {
                var a = accounts[i] = new Account(o.Base, $"durable-{runId}-{i}@load.example", $"durable-pass-{runId}-{i}", timeout);
                await a.RegisterAsync(cts.Token);
                await a.BearerLoginAsync(cts.Token);
                pipelines[i] = ExampleSearch.Create(today);
                using var put = await a.Http.SendAsync(a.Api(HttpMethod.Put, "api/pipeline", Body(pipelines[i])), cts.Token);
                await Account.Expect(put, HttpStatusCode.NoContent, "PUT /api/pipeline (initial)", cts.Token);
                etags[i] = put.Headers.ETag?.ToString() ?? throw new SetupException("PUT /api/pipeline: no ETag");
                state.Accounts.Add(new DurabilityState.AccountState
                {
                    Email = a.Email, Password = a.Password, Initial = [.. pipelines[i].Opportunities.Select(x => x.Id)],
                });
            }
        }
        catch (Exception e) when (e is SetupException or HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            Console.Error.WriteLine($"durability: setup failed: {e.Message}");
            foreach (var a in accounts) a?.Dispose();
            return 1;
        }

        var next = 0;
        var acked = 0;
        var inFlight = 0;
        var killed = 0;
        var failuresBeforeKill = new List<string>();
        var clock = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, o.Writers).Select(i => Task.Run(async () =>
        {
            var a = accounts[i];
            var s = state.Accounts[i];
            // Bounded by --writes (the shared sequence) and by the first failure.
            while (true)
            {
                var seq = Interlocked.Increment(ref next);
                if (seq > o.Writes) return;
                var id = $"w-{seq}";
                pipelines[i].Opportunities.Add(new Opportunity
                {
                    Id = id, Company = $"Durability {seq}", Role = "Engineer", Stage = Stage.Applied, AppliedOn = today,
                    Notes = string.Create(CultureInfo.InvariantCulture, $"write {seq} of run {runId}"),
                });
                lock (state) state.Attempted++;
                Interlocked.Increment(ref inFlight);
                string? failure;
                try
                {
                    using var request = a.Api(HttpMethod.Put, "api/pipeline", Body(pipelines[i]));
                    request.Headers.TryAddWithoutValidation("If-Match", etags[i]);
                    using var response = await a.Http.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.NoContent && response.Headers.ETag is { } etag)
                    {
                        etags[i] = etag.ToString();
                        lock (state) s.Acked.Add(id);
                        failure = null;
                        var n = Interlocked.Increment(ref acked);
                        if (n == killAfter && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            var others = Volatile.Read(ref inFlight) - 1;
                            using var server = System.Diagnostics.Process.GetProcessById(o.KillPid!.Value);
                            server.Kill(); // SIGKILL on Linux: no shutdown, no flush, nothing finishes.
                            state.InFlightAtKill = others;
                            Console.Error.WriteLine($"durability: sent SIGKILL to pid {o.KillPid} after {n} acknowledged writes, {others} other write(s) in flight");
                        }
                    }
                    else failure = $"{id}: {(int)response.StatusCode} {Account.Snippet(await response.Content.ReadAsStringAsync())}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    failure = $"{id}: {e.GetType().Name}: {e.Message}";
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
                if (failure is null) continue;
                lock (state)
                {
                    s.Unacked.Add(id);
                    if (Volatile.Read(ref killed) == 0) failuresBeforeKill.Add(failure);
                }
                return; // After a failure this writer stops: the server is gone (or something is wrong).
            }
        })).ToList();
        await Task.WhenAll(writers);
        clock.Stop();
        foreach (var a in accounts) a.Dispose();

        state.Acknowledged = acked;
        state.StreamSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2);
        state.FailuresBeforeKill = failuresBeforeKill;
        await File.WriteAllTextAsync(o.State!, JsonSerializer.Serialize(state, DurabilityState.JsonOptions));

        Console.WriteLine($"durability: {state.Attempted} writes attempted, {acked} acknowledged (204) in {state.StreamSeconds:F2} s" +
                          (killAfter is null ? "" : killed == 1 ? $"; server killed after {killAfter} acknowledged, {state.InFlightAtKill} in flight" : "; the kill never happened"));
        foreach (var f in failuresBeforeKill) Console.WriteLine($"durability: write failed before any kill: {f}");
        var ok = failuresBeforeKill.Count == 0 && (killAfter is null ? acked == o.Writes : killed == 1);
        return ok ? 0 : 1;
    }

    public static async Task<int> VerifyAsync(Options o)
    {
        var state = JsonSerializer.Deserialize<DurabilityState>(await File.ReadAllTextAsync(o.State!), DurabilityState.JsonOptions)
                    ?? throw new InvalidDataException($"{o.State}: not a durability state");
        var timeout = TimeSpan.FromSeconds(o.TimeoutSeconds);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        int ackedTotal = 0, missingTotal = 0, unackedTotal = 0, unackedPresent = 0, unexpectedTotal = 0;
        var problems = new List<string>();
        foreach (var s in state.Accounts)
        {
            using var a = new Account(o.Base, s.Email, s.Password, timeout);
            try
            {
                await a.BearerLoginAsync(cts.Token);
                using var get = await a.Http.SendAsync(a.Api(HttpMethod.Get, "api/pipeline"), cts.Token);
                await Account.Expect(get, HttpStatusCode.OK, "GET /api/pipeline", cts.Token);
                var parsed = PipelineJson.Parse(await get.Content.ReadAsStringAsync(cts.Token));
                if (!parsed.IsValid) throw new SetupException($"GET /api/pipeline: the stored search does not read: {parsed.Problems[0]}");
                var stored = parsed.Pipeline!;
                var ids = stored.Opportunities.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
                var missing = s.Initial.Concat(s.Acked).Where(id => !ids.Contains(id)).ToList();
                var known = s.Initial.Concat(s.Acked).Concat(s.Unacked).ToHashSet(StringComparer.Ordinal);
                // Earlier verifications of the same state each left one write of their own.
                var unexpected = ids.Where(id => !known.Contains(id) && !id.StartsWith(AfterRestart, StringComparison.Ordinal)).ToList();
                var extra = s.Unacked.Count(ids.Contains);
                ackedTotal += s.Acked.Count;
                missingTotal += missing.Count;
                unackedTotal += s.Unacked.Count;
                unackedPresent += extra;
                unexpectedTotal += unexpected.Count;
                Console.WriteLine($"verify: {s.Email}: {s.Acked.Count} acknowledged, {s.Acked.Count - missing.Count(id => s.Acked.Contains(id))} found; " +
                                  $"{s.Unacked.Count} unacknowledged, {extra} of them stored");
                if (missing.Count > 0) problems.Add($"{s.Email}: LOST {missing.Count} acknowledged: {string.Join(", ", missing.Take(10))}");
                if (unexpected.Count > 0) problems.Add($"{s.Email}: {unexpected.Count} opportunities nobody wrote: {string.Join(", ", unexpected.Take(10))}");

                // The restarted server still takes a write on the same search, at the stored version.
                stored.Opportunities.Add(new Opportunity
                {
                    Id = AfterRestart + RandomNumberGenerator.GetHexString(8, lowercase: true), Company = "After the restart", Stage = Stage.Applied,
                });
                using var put = a.Api(HttpMethod.Put, "api/pipeline", Body(stored));
                put.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag?.ToString() ?? "");
                using var answer = await a.Http.SendAsync(put, cts.Token);
                if (answer.StatusCode != HttpStatusCode.NoContent)
                    problems.Add($"{s.Email}: the write after the restart answered {(int)answer.StatusCode}: {Account.Snippet(await answer.Content.ReadAsStringAsync(cts.Token))}");
            }
            catch (Exception e) when (e is SetupException or HttpRequestException or TaskCanceledException or OperationCanceledException)
            {
                problems.Add($"{s.Email}: {e.Message}");
            }
        }
        Console.WriteLine($"verify: {ackedTotal} acknowledged writes, {ackedTotal - missingTotal} found after the restart, {missingTotal} lost; " +
                          $"{unackedTotal} unacknowledged (in flight or refused at the kill), {unackedPresent} of them stored; {unexpectedTotal} unexpected");
        foreach (var p in problems) Console.WriteLine($"verify: {p}");
        var pass = problems.Count == 0 && missingTotal == 0;
        Console.WriteLine(pass ? "verify: PASS: every acknowledged write survived" : "verify: FAIL");
        return pass ? 0 : 1;
    }

    private const string AfterRestart = "after-restart-";

    private static StringContent Body(Pipeline p) => new(PipelineJson.Serialize(p, indented: false), Encoding.UTF8, "application/json");
}
