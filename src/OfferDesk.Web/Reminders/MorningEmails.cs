using System.Text.Json;
using OfferDesk.Data;

namespace OfferDesk.Web.Reminders;

/// <summary>
/// Sends each morning email once: at or after the person's hour, in their zone, the day is
/// claimed in the database (the table's key lets exactly one instance win), then composed and
/// sent. A failed send is retried with growing pauses; one left unfinished by an instance that
/// stopped is taken over when its lease ends. After the last try it is logged and shown on the
/// Reminders page.
/// </summary>
public sealed class MorningEmails(
    IServiceScopeFactory scopes, IMailSender sender, MorningMail mail, TimeProvider clock, OfferDesk.Core.Model.CandidateClock days,
    ILogger<MorningEmails> log, IConfiguration config)
{
    /// <summary>The pauses before the 2nd, 3rd, 4th and 5th tries; then the send has failed.</summary>
    public static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60)];

    public static int MaxAttempts => Backoff.Length + 1;

    /// <summary>How long a claim may stay "sending" before another instance takes it over: well past a slow mail server.</summary>
    public TimeSpan Lease { get; } = TimeSpan.FromSeconds(config.GetValue("Reminders:LeaseSeconds", 300));

    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>One pass: retries and left-behind sends first, then every day that has come due. The number sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        if (!sender.IsConfigured) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ReminderStore>();
        var searches = scope.ServiceProvider.GetRequiredService<SearchStore>();
        var sent = 0;

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var again in await store.DueAgainAsync(now, ct))
            if (await store.TakeOverAsync(again, Instance, now, Lease, ct))
                sent += await SendClaimedAsync(store, searches, again.UserId, again.Day, again.Attempts, ct);

        var claimed = await store.ClaimedSinceAsync(DateOnly.FromDateTime(now).AddDays(-1), ct);
        foreach (var c in await store.EnabledAsync(ct))
        {
            ct.ThrowIfCancellationRequested();
            var (day, hour) = days.LocalNow(TimeZoneOf(c.Document));
            if (hour < c.Hour || claimed.Contains((c.UserId, day))) continue;
            now = clock.GetUtcNow().UtcDateTime;
            if (!await store.ClaimAsync(c.UserId, day, Instance, now, Lease, ct)) continue;
            sent += await SendClaimedAsync(store, searches, c.UserId, day, 0, ct);
        }
        return sent;
    }

    private async Task<int> SendClaimedAsync(ReminderStore store, SearchStore searches, string userId, DateOnly day, int triedBefore, CancellationToken ct)
    {
        var attempt = triedBefore + 1;
        try
        {
            var address = await store.ConfirmedEmailAsync(userId, ct);
            var search = await searches.LoadAsync(userId, ct);
            ct.ThrowIfCancellationRequested();
            var message = address is null ? null : mail.Build(userId, address, day, search.Pipeline);
            // Composing takes time on a large search: a stop asked for meanwhile is honoured before sending.
            ct.ThrowIfCancellationRequested();
            if (message is null)
            {
                await store.FinishAsync(userId, day, Instance, ReminderSendStatus.NothingToSend, attempt, null, null, null, ct);
                log.LogInformation("Morning email for user {UserId} on {Day}: nothing due, nothing sent", userId, day);
                return 0;
            }
            await sender.SendAsync(message, ct);
            await store.FinishAsync(userId, day, Instance, ReminderSendStatus.Sent, attempt, clock.GetUtcNow().UtcDateTime, null, null, ct);
            log.LogInformation("Morning email for user {UserId} on {Day} sent ({Attempt}. try)", userId, day, attempt);
            return 1;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var why = e.Message.ReplaceLineEndings(" ").Trim();
            if (attempt >= MaxAttempts)
            {
                await store.FinishAsync(userId, day, Instance, ReminderSendStatus.Failed, attempt, null, null, why, CancellationToken.None);
                log.LogError(e, "Morning email for user {UserId} on {Day} could not be sent after {Attempts} tries: {Reason}", userId, day, attempt, why);
            }
            else
            {
                var next = clock.GetUtcNow().UtcDateTime + Backoff[attempt - 1];
                await store.FinishAsync(userId, day, Instance, ReminderSendStatus.Retrying, attempt, null, next, why, CancellationToken.None);
                log.LogWarning(e, "Morning email for user {UserId} on {Day} failed ({Attempt}. try), next try at {Next:u}: {Reason}", userId, day, attempt, next, why);
            }
            return 0;
        }
    }

    /// <summary>The candidate's zone, read from the document without parsing all of it.</summary>
    public static string? TimeZoneOf(string? document)
    {
        if (string.IsNullOrEmpty(document)) return null;
        try
        {
            using var json = JsonDocument.Parse(document);
            return json.RootElement.TryGetProperty("candidate", out var c) && c.ValueKind == JsonValueKind.Object
                   && c.TryGetProperty("timeZone", out var z) && z.ValueKind == JsonValueKind.String ? z.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

}

/// <summary>Runs <see cref="MorningEmails"/> every <c>Reminders:PollSeconds</c> (60; 0 turns the loop off).</summary>
public sealed class MorningEmailService(MorningEmails emails, IConfiguration config, ILogger<MorningEmailService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = config.GetValue("Reminders:PollSeconds", 60);
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        do
        {
            try
            {
                await emails.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the network went away for a moment: the next pass tries again.
                log.LogError(e, "The morning email pass failed; trying again in {Seconds} s", seconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
