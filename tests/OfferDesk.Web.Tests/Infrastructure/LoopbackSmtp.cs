using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>One message as the SMTP server received it: the envelope and the parsed message.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, MimeMessage Message, string Raw)
{
    public string TextPart => Message.TextBody ?? "";
    public string HtmlPart => Message.HtmlBody ?? "";
    public string Header(string name) => Message.Headers[name] ?? "";
}

/// <summary>
/// A real SMTP server (the SmtpServer library) on a loopback port of its own, for the length of a
/// test: the app connects to it through MailKit exactly as it would to a real mail server.
/// Set <see cref="Refuse"/> to make it answer every message with a temporary failure.
/// </summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ConcurrentQueue<ReceivedMail> _received = new();

    public int Port { get; }

    /// <summary>When true, every message is answered "451 try again later" and not kept.</summary>
    public bool Refuse { get; set; }

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    public LoopbackSmtp()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).IsSecure(false))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    /// <summary>The app settings that point OfferDesk at this server.</summary>
    public Dictionary<string, string?> Settings(string publicUrl = "https://desk.example") => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "none",
        ["Smtp:From"] = "OfferDesk <offerdesk@desk.example>",
        ["PublicUrl"] = publicUrl,
        // The tests run the passes themselves, at the moments they choose.
        ["Reminders:PollSeconds"] = "0",
    };

    private sealed class Store(LoopbackSmtp owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.Refuse) return Task.FromResult(new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "try again later"));
            var bytes = buffer.ToArray();
            using var stream = new MemoryStream(bytes);
            var message = MimeMessage.Load(stream);
            owner._received.Enqueue(new ReceivedMail(
                $"{transaction.From.User}@{transaction.From.Host}",
                [.. transaction.To.Select(t => $"{t.User}@{t.Host}")],
                message,
                System.Text.Encoding.UTF8.GetString(bytes)));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
