using System.Globalization;
using System.Net;

namespace OfferDesk.Load;

public enum Mode { Load, Durability, Verify }

/// <summary>The command line. Every count and every duration is bounded, and only loopback is allowed.</summary>
public sealed class Options
{
    public const string Usage = """
        usage:
          OfferDesk.Load --base http://127.0.0.1:PORT [--users 50] [--seconds 60] [--warmup 5]
                         [--think-ms 0] [--extra 8] [--setup-parallel 4] [--timeout 30]
          OfferDesk.Load --base URL --durability --state FILE [--writes 400] [--writers 4]
                         [--kill-pid PID] [--kill-after N]
          OfferDesk.Load --base URL --verify --state FILE

        load:        registers --users accounts (Identity API), signs each in through the cookie
                     sign-in page, loads each with a realistic search (PUT /api/pipeline), then runs
                     one virtual user per account for --seconds after --warmup seconds, each looping
                     Today, an opportunity page, an edit of the notes (form POST) and /api/advice.
                     Prints a table and, as the last line, one JSON object. Exit 1 on any error.
        durability:  --writers accounts each add one opportunity per write (PUT /api/pipeline with
                     If-Match), --writes in all; every write answered 204 is recorded as acknowledged.
                     With --kill-pid, that process is sent SIGKILL once --kill-after writes were
                     acknowledged (default: half). Writes the accounts and acknowledged ids to --state.
        verify:      signs each account of --state in again and checks that every acknowledged write
                     is in its stored search, then that the search still takes a write. Exit 1 on loss.
        """;

    public Mode Mode { get; private set; } = Mode.Load;
    public Uri Base { get; private set; } = null!;
    public int Users { get; private set; } = 50;
    public int Seconds { get; private set; } = 60;
    public int Warmup { get; private set; } = 5;
    public int ThinkMs { get; private set; }
    public int Extra { get; private set; } = 8;
    public int SetupParallel { get; private set; } = 4;
    public int TimeoutSeconds { get; private set; } = 30;
    public int Writes { get; private set; } = 400;
    public int Writers { get; private set; } = 4;
    public int? KillPid { get; private set; }
    public int? KillAfter { get; private set; }
    public string? State { get; private set; }

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            int Int(int min, int max)
            {
                var text = Next();
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
                    throw new ArgumentException($"{a} {text}: expected a whole number from {min} to {max}");
                return n;
            }
            switch (a)
            {
                case "--base": o.Base = new Uri(Next().TrimEnd('/') + "/"); break;
                case "--users": o.Users = Int(1, 1000); break;
                case "--seconds": o.Seconds = Int(1, 3600); break;
                case "--warmup": o.Warmup = Int(0, 600); break;
                case "--think-ms": o.ThinkMs = Int(0, 60_000); break;
                case "--extra": o.Extra = Int(0, 200); break;
                case "--setup-parallel": o.SetupParallel = Int(1, 64); break;
                case "--timeout": o.TimeoutSeconds = Int(1, 300); break;
                case "--durability": o.Mode = Mode.Durability; break;
                case "--verify": o.Mode = Mode.Verify; break;
                case "--writes": o.Writes = Int(1, 100_000); break;
                case "--writers": o.Writers = Int(1, 64); break;
                case "--kill-pid": o.KillPid = Int(2, int.MaxValue); break;
                case "--kill-after": o.KillAfter = Int(1, 100_000); break;
                case "--state": o.State = Next(); break;
                case "-h" or "--help": throw new HelpRequested();
                default: throw new ArgumentException($"unknown option {a}");
            }
        }
        if (o.Base is null) throw new ArgumentException("--base is required");
        if (o.Base.Scheme is not ("http" or "https")) throw new ArgumentException("--base must be an http(s) address");
        if (!IsLoopback(o.Base)) throw new ArgumentException($"--base {o.Base}: only a loopback address (127.0.0.1) is allowed");
        if (o.Mode != Mode.Load && o.State is null) throw new ArgumentException("--state FILE is required with --durability and --verify");
        if (o.KillAfter is { } k && k >= o.Writes) throw new ArgumentException("--kill-after must be less than --writes, so the kill falls inside the stream");
        if (o.Writers > o.Writes) o.Writers = o.Writes;
        return o;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public sealed class HelpRequested : Exception;
}
