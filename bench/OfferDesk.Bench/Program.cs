using BenchmarkDotNet.Running;
using OfferDesk.Bench;
using OfferDesk.Core.Playbook;

// "describe N": print what a generated search of N opportunities looks like and what it is advised,
// to check the benchmark's input is realistic. Anything else goes to BenchmarkDotNet.
if (args is ["describe", var n])
{
    var today = new DateOnly(2026, 3, 10);
    var pipeline = SearchGenerator.Create(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), seed: 20260310, today);
    var advice = Advisor.Advise(pipeline, today);
    Console.WriteLine($"stages: {string.Join(", ", pipeline.Opportunities.GroupBy(o => o.Stage).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}");
    Console.WriteLine($"interviews: {pipeline.Opportunities.Sum(o => o.Interviews.Count)}, events: {pipeline.Opportunities.Sum(o => o.Events.Count)}");
    Console.WriteLine($"moves: {advice.Moves.Count} ({string.Join(", ", advice.Moves.GroupBy(m => m.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))})");
    Console.WriteLine($"upcoming: {advice.Upcoming.Count}, warnings: {advice.Warnings.Count}");
    var timeline = OfferDesk.Core.Timeline.SearchTimeline.For(pipeline, today);
    Console.WriteLine($"timeline: {timeline.Rows.Count} rows, {timeline.Clashes.Count} clashes, {timeline.NoDates.Count} without dates");
    return;
}

// "phases N": a rough split of one advice's time (situation, advice, scripts) and what one advice
// allocates, to see where to look. The advice is timed in 20 batches: on a shared machine the best
// batch and the median say more than one mean.
if (args is ["phases", var size])
{
    var today = new DateOnly(2026, 3, 10);
    var pipeline = SearchGenerator.Create(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), seed: 20260310, today);
    const int rounds = 400;
    var warmUntil = System.Diagnostics.Stopwatch.StartNew();
    while (warmUntil.Elapsed < TimeSpan.FromSeconds(3)) Advisor.Advise(pipeline, today);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++) _ = new Situation(pipeline, today);
    var situation = clock.Elapsed.TotalMicroseconds / rounds;
    var batches = new List<double>();
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    for (var b = 0; b < 20; b++)
    {
        clock.Restart();
        for (var i = 0; i < rounds / 20; i++) Advisor.Advise(pipeline, today);
        batches.Add(clock.Elapsed.TotalMicroseconds / (rounds / 20));
    }
    var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / rounds / 1024.0;
    batches.Sort();
    var advise = batches.Average();
    clock.Restart();
    for (var i = 0; i < rounds; i++) foreach (var m in Advisor.Advise(pipeline, today).Moves) _ = m.Script;
    var withScripts = clock.Elapsed.TotalMicroseconds / rounds;
    clock.Restart();
    for (var i = 0; i < rounds; i++)
        foreach (var m in Advisor.Advise(pipeline, today).Moves) _ = (m.Summary, m.Why, m.Script);
    var withWords = clock.Elapsed.TotalMicroseconds / rounds;
    Console.WriteLine($"situation {situation:F0} us, advise {advise:F0} us (best batch {batches[0]:F0}, median {batches[10]:F0}), "
        + $"advise and every script {withScripts:F0} us, and every summary and reason too {withWords:F0} us; {allocated:F0} KB allocated per advice");
    return;
}

// "fingerprint N": one hash over everything the engine writes for N varied searches (see Fingerprint).
if (args is ["fingerprint", var searches])
{
    var (hash, chars) = Fingerprint.Of(int.Parse(searches, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{hash} ({chars} characters)");
    return;
}

// "document FILE": parse, advise and write every script of a stored document, timed apart.
if (args is ["document", var file])
{
    var json = File.ReadAllText(file);
    var day = new DateOnly(2026, 11, 28);
    // Warm for three seconds: the runtime recompiles hot code only after it has been called for a
    // while, and a few rounds would time the first, unoptimised code (three times slower here).
    var warmUntil = System.Diagnostics.Stopwatch.StartNew();
    while (warmUntil.Elapsed < TimeSpan.FromSeconds(3))
        foreach (var m in Advisor.Advise(OfferDesk.Core.Documents.PipelineJson.Parse(json).Pipeline!, day).Moves) _ = m.Script;
    const int rounds = 200;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < rounds; i++) _ = OfferDesk.Core.Documents.PipelineJson.Parse(json);
    var parse = clock.Elapsed.TotalMicroseconds / rounds;
    var doc = OfferDesk.Core.Documents.PipelineJson.Parse(json).Pipeline!;
    clock.Restart();
    for (var i = 0; i < rounds; i++) System.Text.Json.JsonDocument.Parse(json).Dispose();
    var syntax = clock.Elapsed.TotalMicroseconds / rounds;
    clock.Restart();
    for (var i = 0; i < rounds; i++) _ = OfferDesk.Core.Documents.PipelineRules.Check(doc);
    var rules = clock.Elapsed.TotalMicroseconds / rounds;
    Console.WriteLine($"of the parse: JSON syntax {syntax:F0} us, document rules {rules:F0} us");
    clock.Restart();
    Advice? last = null;
    for (var i = 0; i < rounds; i++) last = Advisor.Advise(doc, day);
    var advise = clock.Elapsed.TotalMicroseconds / rounds;
    clock.Restart();
    for (var i = 0; i < rounds; i++) foreach (var m in Advisor.Advise(doc, day).Moves) _ = m.Script;
    var scripts = clock.Elapsed.TotalMicroseconds / rounds - advise;
    Console.WriteLine($"{last!.Moves.Count} moves; parse {parse:F0} us, advise {advise:F0} us, every script {scripts:F0} us");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AdviseBenchmarks).Assembly).Run(args);
