using System.CommandLine;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Morning;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Cli;

/// <summary>The <c>offerdesk</c> command line: advise, digest, offers, script, validate and init.</summary>
public static class Commands
{
    public static RootCommand Build()
    {
        var root = new RootCommand("OfferDesk: the next right move for each company in your job search.");
        root.Subcommands.Add(Advise());
        root.Subcommands.Add(Digest());
        root.Subcommands.Add(Offers());
        root.Subcommands.Add(Script());
        root.Subcommands.Add(TimelineCommand());
        root.Subcommands.Add(Validate());
        root.Subcommands.Add(Init());
        root.Subcommands.Add(Backup.BackupCommand());
        root.Subcommands.Add(Backup.RestoreCommand());
        return root;
    }

    private static Argument<string> FileArgument() => new("FILE") { Description = "The pipeline document (JSON), or - to read standard input." };

    private static Option<string?> TodayOption() => new("--today") { Description = "The day to advise for (YYYY-MM-DD). Default: the document's today, else the local date." };

    private static Command Advise()
    {
        var file = FileArgument();
        var today = TodayOption();
        var format = new Option<string>("--format") { Description = "text for people, json for the advice document.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var scripts = new Option<bool>("--scripts") { Description = "In text format, print each move's script too." };
        var all = new Option<bool>("--all") { Description = "In text format, list every routine check-in one by one instead of grouping them." };
        var cmd = new Command("advise", "Say the next right move for each company.") { file, today, format, scripts, all };
        cmd.SetAction(r =>
        {
            if (Load(r.GetValue(file)!, r.GetValue(today)) is not var (pipeline, day)) return ExitCodes.BadInput;
            var advice = Advisor.Advise(pipeline, day);
            if (r.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                AdviceJson.Write(stdout, advice);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                // Wrapped to the terminal; 80 columns when the output goes to a file or a pipe.
                Console.Out.Write(AdviceText.Render(advice, pipeline, r.GetValue(scripts), color, OutputWidth(), r.GetValue(all)));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Digest()
    {
        var file = FileArgument();
        var today = TodayOption();
        var cmd = new Command("digest", "Print the morning message: what is due today or overdue, with the words to say, and what to watch.") { file, today };
        cmd.SetAction(r =>
        {
            if (Load(r.GetValue(file)!, r.GetValue(today)) is not var (pipeline, day)) return ExitCodes.BadInput;
            var message = MorningDigest.Compose(pipeline, Advisor.Advise(pipeline, day));
            if (message is null)
            {
                // The same rule as the email: no message on a day with nothing due and nothing to watch.
                Console.Out.WriteLine($"Nothing is due on {Wording.Spoken(day)} and nothing needs watching: no morning message.");
                return ExitCodes.Ok;
            }
            // Wrapped like advise: to the terminal, 80 columns into a file or a pipe.
            Console.Out.Write(AdviceText.WrapLines($"Subject: {message.Subject}\n\n{message.Text}", OutputWidth()));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Offers()
    {
        var file = FileArgument();
        var format = new Option<string>("--format") { Description = "text for people, json for the same figures as GET /api/offers.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("offers", "Weigh your offers: money year by year and over four years, what matters to you, and the number that flips it.") { file, format };
        cmd.SetAction(r =>
        {
            if (Load(r.GetValue(file)!, null) is not var (pipeline, _)) return ExitCodes.BadInput;
            var weighing = Core.Comparison.OfferWeighing.Weigh(pipeline);
            if (r.GetValue(format) == "json") Console.Out.WriteLine(Core.Comparison.WeighingJson.Serialize(weighing));
            else Console.Out.Write(OffersText.Render(weighing, Console.IsOutputRedirected ? 80 : TerminalWidth()));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>The terminal's width, or 80 columns when the output goes to a file or a pipe.</summary>
    private static int OutputWidth() => Console.IsOutputRedirected ? 80 : TerminalWidth();

    private static Command TimelineCommand()
    {
        var file = FileArgument();
        var today = TodayOption();
        var format = new Option<string>("--format") { Description = "text for people, json for the timeline document.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("timeline", "Line up every clock of your search: offer deadlines, decision dates, interviews, start dates, and where they clash.") { file, today, format };
        cmd.SetAction(r =>
        {
            if (Load(r.GetValue(file)!, r.GetValue(today)) is not var (pipeline, day)) return ExitCodes.BadInput;
            var situation = new Situation(pipeline, day);
            var advice = Advisor.Advise(situation);
            var timeline = Core.Timeline.SearchTimeline.For(situation);
            if (r.GetValue(format) == "json")
            {
                using var stdout = Console.OpenStandardOutput();
                TimelineJson.Write(stdout, timeline, advice);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                var color = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                Console.Out.Write(TimelineText.Render(timeline, advice, color, OutputWidth()));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var w ? w : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static Command Script()
    {
        var code = new Argument<string>("CODE") { Description = "The move, e.g. accelerate-preferred." };
        var opportunity = new Option<string>("--opportunity") { Description = "The opportunity's id.", Required = true };
        var file = FileArgument();
        var today = TodayOption();
        var cmd = new Command("script", "Print the words for one move at one company.") { code, opportunity, file, today };
        cmd.SetAction(r =>
        {
            var moveCode = r.GetValue(code)!;
            if (Playbook.Find(moveCode) is not { } rule)
            {
                Console.Error.WriteLine($"CODE: \"{moveCode}\" is not a move; the moves are {string.Join(", ", Playbook.Rules.Select(x => x.Code).Order().Select(c => Wording.Code(c)))}");
                return ExitCodes.BadInput;
            }
            if (Load(r.GetValue(file)!, r.GetValue(today)) is not var (pipeline, day)) return ExitCodes.BadInput;
            var id = r.GetValue(opportunity)!;
            if (pipeline.Find(id) is not { } opp)
            {
                Console.Error.WriteLine($"--opportunity: no opportunity has the id \"{id}\"");
                return ExitCodes.BadInput;
            }
            var situation = new Situation(pipeline, day);
            if (rule.RefuseScript(situation, opp) is { } reason)
            {
                Console.Error.WriteLine($"refused: {reason}");
                return ExitCodes.Refused;
            }
            // The script as the day's advice gives it when the move is proposed (its channel, and the
            // moves its message carries); else the move's own words on its usual channel.
            var proposed = Advisor.Advise(situation).Moves.FirstOrDefault(m => m.Code == rule.Code && m.Opportunity == opp.Id);
            Console.Out.WriteLine(AdviceText.WrapLines(proposed?.Script ?? rule.Script(situation, opp, rule.ChannelFor(situation, opp), []), OutputWidth()));
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Validate()
    {
        var file = FileArgument();
        var cmd = new Command("validate", "Check a pipeline document and list every problem in it.") { file };
        cmd.SetAction(r =>
        {
            if (Load(r.GetValue(file)!, null) is not var (pipeline, _)) return ExitCodes.BadInput;
            Console.Out.WriteLine($"ok: {pipeline.Opportunities.Count} opportunities");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    private static Command Init()
    {
        var file = new Argument<string>("FILE") { Description = "Where to write it.", DefaultValueFactory = _ => "search.json" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var around = new Option<string?>("--today") { Description = "The day the example is dated around (YYYY-MM-DD). Default: the local date." };
        var cmd = new Command("init", "Write a small example search to start from.") { file, force, around };
        cmd.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var day = Clock.Today((string?)null);
            if (r.GetValue(around) is { } given && Wording.ReadDay(given, out day) is { } problem)
            {
                Console.Error.WriteLine($"--today: {problem}");
                return ExitCodes.BadInput;
            }
            if (File.Exists(path) && !r.GetValue(force))
            {
                Console.Error.WriteLine($"{path}: already exists; nothing was written (use --force to overwrite it)");
                return ExitCodes.BadInput;
            }
            var json = PipelineJson.Serialize(ExampleSearch.Create(day));
            try
            {
                File.WriteAllText(path, json + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{path}: could not write it ({e.Message})");
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine($"Wrote an example search to {path}. Next: offerdesk advise {path}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>The one clock (see CandidateClock): nothing else here reads the machine's time or zone.</summary>
    /// <summary>How many letters to add, drop or change to turn one word into the other (for "did you mean").</summary>
    public static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var here = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                previous = here;
            }
        }
        return row[b.Length];
    }

    private static readonly CandidateClock Clock = new(TimeProvider.System);

    /// <summary>Reads and validates a document; prints every problem and gives null when it is bad.</summary>
    private static (Pipeline, DateOnly)? Load(string path, string? today)
    {
        DateOnly? day = null;
        var ok = true;
        if (today is not null)
        {
            if (Wording.ReadDay(today, out var d) is not { } problem) day = d;
            else
            {
                Console.Error.WriteLine($"--today: {problem}");
                ok = false;
            }
        }
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: could not read it ({e.Message})");
            return null;
        }
        var result = PipelineJson.Parse(text);
        // Each line names the file first, so a script reading several can tell which one is bad.
        var source = path == "-" ? "standard input" : path;
        foreach (var problem in result.Problems) Console.Error.WriteLine($"{source}: {problem}");
        if (!result.IsValid || !ok) return null;
        // Printed as text, a company name must not carry escape sequences to the terminal. (The
        // advice JSON would escape them, but a control character is nothing a person typed on purpose.)
        Terminal.CleanStrings(result.Pipeline);
        // With neither --today nor the document's today: the date in candidate.timeZone, else the machine's.
        return (result.Pipeline!, day ?? result.Pipeline!.Today ?? Clock.Today(result.Pipeline!));
    }
}
