using System.Text;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Cli;

/// <summary>
/// The advice as text for people: warnings first, then the first move of the day ("Start here"), then
/// the rest by priority, then what is coming.
/// Every line is led by the company, wrapped to the width, with no trailing spaces; the routine
/// check-ins of companies you have only applied to share one line per priority unless asked for all.
/// </summary>
public static class AdviceText
{
    /// <summary>How many routine check-ins a priority lists one by one before they are grouped.</summary>
    public const int GroupFrom = 3;

    public static string Render(Advice advice, Pipeline pipeline, bool withScripts, bool color, int width = 80, bool all = false)
    {
        width = Math.Max(width, 40);
        var b = new StringBuilder();
        string Bold(string s) => color ? $"\e[1m{s}\e[0m" : s;
        string Tint(string s, Priority p) => !color ? s : p switch
        {
            Priority.Urgent => $"\e[1;31m{s}\e[0m",
            Priority.High => $"\e[33m{s}\e[0m",
            _ => s,
        };
        b.Append(Bold($"Advice for {Wording.Spoken(advice.Today)}, {advice.Today.Year}")).Append('\n');

        if (advice.Warnings.Count > 0)
        {
            b.Append('\n').Append(Bold("Warnings")).Append('\n');
            foreach (var w in advice.Warnings) Wrap(b, w.Message, "! ", "  ", width);
        }

        if (advice.Moves.Count == 0) b.Append("\nNothing to do today.\n");
        else
        {
            // V2: the day opens with the move that decides the week.
            b.Append('\n').Append(Tint("Start here", advice.Moves[0].Priority)).Append('\n');
            Append(b, advice.Moves[0], advice.Today, withScripts, Bold, width);
        }
        foreach (var group in advice.Moves.Skip(1).GroupBy(m => m.Priority))
        {
            b.Append('\n').Append(Tint(Vocabulary.PriorityHeading(group.Key), group.Key)).Append('\n');
            var routine = group.Where(m => IsRoutineCheckIn(m, pipeline)).ToList();
            var grouped = !all && routine.Count >= GroupFrom;
            foreach (var m in group)
                if (!grouped || !routine.Contains(m)) Append(b, m, advice.Today, withScripts, Bold, width);
            if (grouped)
            {
                var names = string.Join(", ", routine.Select(m => m.Company));
                Wrap(b, $"{routine.Count} companies you have applied to: check in on each ({names}). Add --all to list them one by one.", "- ", "  ", width);
            }
        }
        if (advice.Upcoming.Count > 0)
        {
            b.Append('\n').Append(Bold("Coming up")).Append('\n');
            foreach (var m in advice.Upcoming) Append(b, m, advice.Today, withScripts, Bold, width);
        }
        if (!withScripts && advice.Moves.Any(m => m.Script.Length > 0))
            Wrap(b.Append('\n'), "Add --scripts to see the words to say for each move.", "", "", width);
        return b.ToString();
    }

    /// <summary>A follow-up with a company you have only applied to: the same check-in, many times over in a large search.</summary>
    private static bool IsRoutineCheckIn(Move m, Pipeline pipeline) =>
        m.Code == MoveCode.FollowUp && pipeline.Find(m.Opportunity) is { Stage: Stage.Applied };

    private static void Append(StringBuilder b, Move m, DateOnly today, bool withScripts, Func<string, string> bold, int width)
    {
        var lead = m.Summary.StartsWith(m.Company, StringComparison.Ordinal) ? m.Summary : $"{m.Company}: {m.Summary}";
        var start = b.Length;
        Wrap(b, lead, "- ", "  ", width);
        // Bold the summary line by line, so wrapping never splits an escape sequence.
        var lines = b.ToString(start, b.Length - start).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        b.Length = start;
        foreach (var line in lines) b.Append(line[..2]).Append(bold(line[2..])).Append('\n');
        Wrap(b, $"{Vocabulary.Due(m.Due, today)} · {Vocabulary.ChannelLabel(m.Channel).ToLowerInvariant()}", "  ", "  ", width);
        Wrap(b, $"Why: {m.Why}", "  ", "  ", width);
        if (withScripts && m.Script.Length > 0)
        {
            b.Append('\n');
            foreach (var line in m.Script.Split('\n'))
                if (line.Length == 0) b.Append('\n');
                else Wrap(b, line, "      ", "      ", width);
            b.Append('\n');
        }
    }

    /// <summary>
    /// Wraps text written as lines (a script, the morning message) to the width, like the advice:
    /// each line on its own, a long one continued under its own start (past a leading "- ", "! " or
    /// "• "), blank lines kept, no trailing spaces. A word longer than the width (an address) stays whole.
    /// </summary>
    public static string WrapLines(string text, int width)
    {
        width = Math.Max(width, 40);
        var b = new StringBuilder(text.Length + text.Length / 16);
        foreach (var line in text.Split('\n'))
        {
            var body = line.TrimStart();
            if (body.Length == 0) { b.Append('\n'); continue; }
            var indent = line[..(line.Length - body.Length)];
            var (first, rest) = (indent, indent);
            if (body.Length > 2 && body[1] == ' ' && body[0] is '-' or '!' or '•' or '*')
            {
                (first, rest) = (indent + body[..2], indent + "  ");
                body = body[2..];
            }
            Wrap(b, body.TrimEnd(), first, rest, width);
        }
        // Split gives one piece more than there are newlines: its newline is not the text's.
        b.Length--;
        return b.ToString();
    }

    /// <summary>Word-wraps one paragraph: the first line after <paramref name="first"/>, the rest after <paramref name="rest"/>.</summary>
    internal static void Wrap(StringBuilder b, string text, string first, string rest, int width)
    {
        var prefix = first;
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && prefix.Length + line.Length + 1 + word.Length > width)
            {
                b.Append(prefix).Append(line).Append('\n');
                prefix = rest;
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length == 0) b.Append(prefix.TrimEnd()).Append('\n');
        else b.Append(prefix).Append(line).Append('\n');
    }
}
