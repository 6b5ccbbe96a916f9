using System.Text;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Cli;

/// <summary>The advice as a readable list: moves grouped by priority, then upcoming, then warnings.</summary>
public static class AdviceText
{
    public static string Render(Advice advice, bool withScripts, bool color)
    {
        var b = new StringBuilder();
        string Bold(string s) => color ? $"\e[1m{s}\e[0m" : s;
        string Tint(string s, Priority p) => !color ? s : p switch
        {
            Priority.Urgent => $"\e[1;31m{s}\e[0m",
            Priority.High => $"\e[33m{s}\e[0m",
            _ => s,
        };
        b.Append(Bold($"Advice for {Wording.Spoken(advice.Today)}, {advice.Today.Year}")).Append('\n');
        if (advice.Moves.Count == 0) b.Append("\nNothing to do today.\n");
        foreach (var group in advice.Moves.GroupBy(m => m.Priority))
        {
            b.Append('\n').Append(Tint(Heading(group.Key), group.Key)).Append('\n');
            foreach (var m in group) Append(b, m, advice.Today, withScripts, Bold);
        }
        if (advice.Upcoming.Count > 0)
        {
            b.Append('\n').Append(Bold("Coming up")).Append('\n');
            foreach (var m in advice.Upcoming) Append(b, m, advice.Today, withScripts, Bold);
        }
        if (advice.Warnings.Count > 0)
        {
            b.Append('\n').Append(Bold("Warnings")).Append('\n');
            foreach (var w in advice.Warnings) b.Append("  ! ").Append(w.Message).Append('\n');
        }
        if (!withScripts && advice.Moves.Any(m => m.Script.Length > 0))
            b.Append("\nAdd --scripts to see the words to say for each move.\n");
        return b.ToString();
    }

    private static string Heading(Priority p) => p switch
    {
        Priority.Urgent => "URGENT",
        Priority.High => "High priority",
        Priority.Normal => "Normal",
        _ => "When you have a moment",
    };

    private static void Append(StringBuilder b, Move m, DateOnly today, bool withScripts, Func<string, string> bold)
    {
        var due = m.Due == today ? "today" : m.Due < today ? $"overdue since {Wording.Date(m.Due)}" : $"by {Wording.Date(m.Due)}";
        var how = m.Channel switch
        {
            Channel.Phone => "by phone",
            Channel.Email => "by email",
            Channel.Either => "phone or email",
            _ => "a decision",
        };
        b.Append("  - ").Append(bold(m.Summary)).Append('\n');
        b.Append("    ").Append(m.Company).Append(" · ").Append(due).Append(" · ").Append(how).Append(" · ").Append(m.Code).Append('\n');
        b.Append("    Why: ").Append(m.Why).Append('\n');
        if (withScripts && m.Script.Length > 0)
        {
            b.Append('\n');
            foreach (var line in m.Script.Split('\n')) b.Append("      ").Append(line).Append('\n');
            b.Append('\n');
        }
    }
}
