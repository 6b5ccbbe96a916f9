using System.Diagnostics;

namespace OfferDesk.Web.Tests.Infrastructure;

/// <summary>
/// A real iCalendar parser: Debian's python3-icalendar, run through /usr/bin/python3. Tests that
/// need it are skipped with the reason when it is missing, unless env CI is "true" (the CI script
/// installs it), in which case they run and fail saying why.
/// </summary>
public static class ICalendar
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> missing = new(Probe);

    public static string? SkipReason => missing.Value is { } why && !PostgresServer.Required
        ? $"{why}; install it with `apt-get install -y python3-icalendar`. With CI=true this test fails instead of skipping."
        : null;

    /// <summary>Parses a calendar and returns, per VEVENT, its SUMMARY and DTSTART as the parser read them.</summary>
    public static async Task<IReadOnlyList<(string Summary, string Start)>> ParseEventsAsync(string ics)
    {
        if (missing.Value is { } why) throw new InvalidOperationException($"{why}: install python3-icalendar");
        const string script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            assert cal.name == 'VCALENDAR', cal.name
            for e in cal.walk('VEVENT'):
                print(str(e.get('SUMMARY')).replace('\n', ' ') + '\t' + str(e.decoded('DTSTART')))
            """;
        var (code, stdout, stderr) = await RunAsync(["-c", script], ics);
        if (code != 0) throw new InvalidOperationException($"python3-icalendar refused the feed:\n{stderr}");
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Select(p => (p[0], p[1]))];
    }

    private static string? Probe()
    {
        if (!File.Exists(Python)) return $"{Python} is missing";
        try
        {
            var (code, _, _) = RunAsync(["-c", "import icalendar"], "").GetAwaiter().GetResult();
            return code == 0 ? null : "the Python module icalendar is missing";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"{Python} does not run ({e.Message})";
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, string stdin)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {Python}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }
}

/// <summary>A theory skipped, with the reason, when python3-icalendar is missing and CI is not "true".</summary>
public sealed class ICalendarTheoryAttribute : TheoryAttribute
{
    public ICalendarTheoryAttribute()
    {
        if (ICalendar.SkipReason is { } why) Skip = why;
    }
}
