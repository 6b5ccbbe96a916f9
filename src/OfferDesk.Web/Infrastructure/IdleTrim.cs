namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// When to give memory back. After a burst of work (large searches saved, many pages rendered) the
/// garbage collector keeps the space it freed committed, ready for the next burst: on a server
/// that is quiet most of the day, that is memory held for nothing. Once a burst has been followed by
/// a quiet period, one full, compacting collection returns it to the system.
/// </summary>
public sealed class IdleTrimPolicy(long burstBytes)
{
    /// <summary>Allocated within one period, at most, for the server to count as quiet: a 64th of a burst.</summary>
    public long QuietBytes => burstBytes / 64;

    private long? _lastTotal;
    private long _sinceTrim;

    /// <summary>
    /// Called once a period with the process's total allocated bytes so far; true when this is
    /// the moment to trim: at least a burst allocated since the last trim, and a quiet period now.
    /// </summary>
    public bool Tick(long totalAllocated)
    {
        var period = _lastTotal is { } last ? Math.Max(0, totalAllocated - last) : 0;
        _lastTotal = totalAllocated;
        _sinceTrim += period;
        if (_sinceTrim < burstBytes || period > QuietBytes) return false;
        _sinceTrim = 0;
        return true;
    }
}

/// <summary>
/// Runs <see cref="IdleTrimPolicy"/> every <c>Memory:TrimCheckSeconds</c> (30; 0 turns it off), a
/// burst being <c>Memory:TrimAfterBytes</c> (64 MB) allocated. The collection takes some tens of
/// milliseconds, and only when no one is using the server.
/// </summary>
public sealed class IdleTrim(IConfiguration config, ILogger<IdleTrim> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = config.GetValue("Memory:TrimCheckSeconds", 30);
        if (seconds <= 0) return;
        var policy = new IdleTrimPolicy(config.GetValue("Memory:TrimAfterBytes", 64L * 1024 * 1024));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        policy.Tick(GC.GetTotalAllocatedBytes());
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!policy.Tick(GC.GetTotalAllocatedBytes())) continue;
            var before = Environment.WorkingSet;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            log.LogDebug("Quiet after a burst: memory trimmed from {Before} to {After} bytes resident", before, Environment.WorkingSet);
        }
    }
}
