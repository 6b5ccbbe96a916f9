using System.Globalization;

namespace OfferDesk.Load;

/// <summary>One virtual user's measurements; merged after the run, so nothing is shared while it runs.</summary>
public sealed class Recorder
{
    public const int MaxSamples = 5;

    public sealed class Kind
    {
        public List<double> Latencies { get; } = [];
        public int Errors { get; set; }
    }

    public SortedDictionary<string, Kind> Kinds { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> ErrorCauses { get; } = new(StringComparer.Ordinal);
    public List<string> Samples { get; } = [];

    public void Add(string kind, double ms, string? error)
    {
        if (!Kinds.TryGetValue(kind, out var k)) Kinds[kind] = k = new Kind();
        k.Latencies.Add(ms);
        if (error is null) return;
        k.Errors++;
        var cause = error.Split(':', 2)[0];
        ErrorCauses[cause] = ErrorCauses.GetValueOrDefault(cause) + 1;
        if (Samples.Count < MaxSamples) Samples.Add(error);
    }

    public static Recorder Merge(IEnumerable<Recorder> all)
    {
        var total = new Recorder();
        foreach (var r in all)
        {
            foreach (var (name, k) in r.Kinds)
            {
                if (!total.Kinds.TryGetValue(name, out var t)) total.Kinds[name] = t = new Kind();
                t.Latencies.AddRange(k.Latencies);
                t.Errors += k.Errors;
            }
            foreach (var (cause, n) in r.ErrorCauses) total.ErrorCauses[cause] = total.ErrorCauses.GetValueOrDefault(cause) + n;
            foreach (var s in r.Samples) if (total.Samples.Count < 20) total.Samples.Add(s);
        }
        return total;
    }

    /// <summary>The figures of one kind (or of all) over a window of <paramref name="seconds"/>.</summary>
    public sealed record Figures(string Name, int Requests, int Errors, double PerSecond, double P50, double P90, double P99, double Max)
    {
        public static Figures Of(string name, List<double> latencies, int errors, double seconds)
        {
            var sorted = latencies.ToArray();
            Array.Sort(sorted);
            return new Figures(name, sorted.Length, errors, sorted.Length / seconds,
                Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
        }

        /// <summary>Nearest rank: the smallest value with at least <paramref name="q"/> of the samples at or below it.</summary>
        private static double Percentile(double[] sorted, double q) =>
            sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

        public string Row() => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-12} {Requests,9} {Errors,7} {PerSecond,9:F1} {P50,8:F1} {P90,8:F1} {P99,8:F1} {Max,8:F1}");

        public Dictionary<string, object> Json() => new()
        {
            ["requests"] = Requests, ["errors"] = Errors, ["rps"] = Math.Round(PerSecond, 1),
            ["p50"] = Math.Round(P50, 2), ["p90"] = Math.Round(P90, 2), ["p99"] = Math.Round(P99, 2), ["max"] = Math.Round(Max, 2),
        };
    }

    public List<Figures> Summarize(double seconds)
    {
        var rows = Kinds.Select(k => Figures.Of(k.Key, k.Value.Latencies, k.Value.Errors, seconds)).ToList();
        rows.Add(Figures.Of("all", [.. Kinds.Values.SelectMany(k => k.Latencies)], Kinds.Values.Sum(k => k.Errors), seconds));
        return rows;
    }

    public const string Header = "kind          requests  errors     req/s   p50 ms   p90 ms   p99 ms   max ms";
}
