using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Core.Morning;

/// <summary>The morning message, ready to send or print: a subject, a plain text part and an HTML part.</summary>
public sealed record MorningMessage(string Subject, string Text, string Html);

/// <summary>Where the message's links lead; both optional (the CLI has no server to link to).</summary>
public sealed record MorningLinks(Uri? Today = null, Uri? Unsubscribe = null, Uri? Reminders = null);

/// <summary>
/// Composes the morning message from a day's advice: what is due today or overdue (each with
/// why, when and the words to say), the warnings, and what comes next. Nothing is composed on a
/// day with nothing due and nothing to watch: an email that says "nothing today" teaches people
/// to ignore the ones that matter.
/// </summary>
public static partial class MorningDigest
{
    /// <summary>The moves the message is about: due today or overdue, in the advice's order.</summary>
    public static IReadOnlyList<Move> DueMoves(Advice advice) => [.. advice.Moves.Where(m => m.Due <= advice.Today)];

    /// <summary>Whether the day has anything worth an email.</summary>
    public static bool HasNews(Advice advice) => advice.Warnings.Count > 0 || advice.Moves.Any(m => m.Due <= advice.Today);

    /// <summary>The message for the day of <paramref name="advice"/>, or null when there is nothing to say.</summary>
    public static MorningMessage? Compose(Pipeline pipeline, Advice advice, MorningLinks? links = null)
    {
        if (!HasNews(advice)) return null;
        links ??= new MorningLinks();
        var due = DueMoves(advice);
        var later = advice.Moves.Where(m => m.Due > advice.Today).ToList();
        var subject = Subject(pipeline, advice, due);
        return new MorningMessage(subject, Text(pipeline, advice, due, later, links), Html(pipeline, advice, due, later, links, subject));
    }

    public static string Subject(Pipeline pipeline, Advice advice, IReadOnlyList<Move> due)
    {
        if (due.Count == 0)
            return advice.Warnings.Count == 1 ? "One thing to watch in your job search today" : $"{advice.Warnings.Count} things to watch in your job search today";
        var first = MoveWords.Headline(due[0], pipeline.Find(due[0].Opportunity), advice.Today);
        return due.Count switch
        {
            1 => first,
            _ => $"{first}, and {due.Count - 1} more",
        };
    }

    private static string Greeting(Pipeline pipeline) =>
        pipeline.Candidate.Name is { Length: > 0 } name ? $"Good morning, {name.Trim().Split(' ', 2)[0]}." : "Good morning.";

    private static string Overview(Advice advice, IReadOnlyList<Move> due)
    {
        var overdue = due.Count(m => m.Due < advice.Today);
        var today = due.Count - overdue;
        var parts = new List<string>();
        if (today > 0) parts.Add(today == 1 ? "one move is due today" : $"{today} moves are due today");
        if (overdue > 0) parts.Add(overdue == 1 ? "one is overdue" : $"{overdue} are overdue");
        if (advice.Warnings.Count > 0) parts.Add(advice.Warnings.Count == 1 ? "one thing needs watching" : $"{advice.Warnings.Count} things need watching");
        var sentence = parts.Count switch
        {
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
        return $"Here is your job search for {Wording.Spoken(advice.Today)}: {sentence}.";
    }

    private static string MetaLine(Move m, DateOnly today) =>
        $"{m.Company} · {Vocabulary.PriorityHeading(m.Priority)} · {Vocabulary.ChannelLabel(m.Channel)} · {Vocabulary.Due(m.Due, today)}";

    private static IEnumerable<Contact> Reachable(Opportunity? o) =>
        o is null ? [] : o.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Phone) || !string.IsNullOrWhiteSpace(c.Email));

    private static string ContactLine(Contact c) =>
        string.Join(", ", new[] { c.Name, c.Phone, c.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));

    // ---- plain text ----------------------------------------------------------------------

    private static string Text(Pipeline pipeline, Advice advice, IReadOnlyList<Move> due, List<Move> later, MorningLinks links)
    {
        var b = new StringBuilder();
        b.Append(Greeting(pipeline)).Append("\n\n").Append(Overview(advice, due)).Append('\n');
        for (var i = 0; i < due.Count; i++)
        {
            var m = due[i];
            var o = pipeline.Find(m.Opportunity);
            b.Append('\n').Append(i + 1).Append(". ").Append(m.Summary).Append('\n');
            b.Append("   ").Append(MetaLine(m, advice.Today)).Append('\n');
            b.Append("   Why: ").Append(m.Why).Append('\n');
            foreach (var c in Reachable(o)) b.Append("   Contact: ").Append(ContactLine(c)).Append('\n');
            if (m.Script.Length > 0)
            {
                b.Append("\n   What to say:\n");
                foreach (var line in m.Script.Split('\n'))
                    b.Append(line.Length == 0 ? "   |" : "   | ").Append(line).Append('\n');
            }
        }
        if (advice.Warnings.Count > 0)
        {
            b.Append("\nWatch out\n");
            foreach (var w in advice.Warnings) b.Append(" ! ").Append(w.Message).Append('\n');
        }
        if (later.Count > 0)
        {
            b.Append("\nComing up\n");
            foreach (var m in later) b.Append(" - ").Append(m.Summary).Append(" (").Append(Vocabulary.Due(m.Due, advice.Today)).Append(")\n");
        }
        if (links.Today is not null) b.Append("\nOpen Today in OfferDesk: ").Append(links.Today).Append('\n');
        if (links.Unsubscribe is not null)
        {
            b.Append("\n-- \nYou get this email because morning reminders are on in your OfferDesk account.\n");
            if (links.Reminders is not null) b.Append("Change the hour: ").Append(links.Reminders).Append('\n');
            b.Append("Stop these emails: ").Append(links.Unsubscribe).Append('\n');
        }
        return b.ToString();
    }

    // ---- HTML ----------------------------------------------------------------------------

    private static string H(string s) => WebUtility.HtmlEncode(s);

    private static string Html(Pipeline pipeline, Advice advice, IReadOnlyList<Move> due, List<Move> later, MorningLinks links, string subject)
    {
        var contacts = pipeline.Opportunities.SelectMany(o => o.Contacts).ToList();
        string Linked(string text) => Linkify(text, contacts);

        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append("<title>").Append(H(subject)).Append("</title></head>\n")
         .Append("<body style=\"font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;\">\n");
        b.Append("<p>").Append(H(Greeting(pipeline))).Append("</p>\n<p>").Append(H(Overview(advice, due))).Append("</p>\n");
        foreach (var m in due)
        {
            var o = pipeline.Find(m.Opportunity);
            b.Append("<section style=\"border-top: 1px solid #ccc; padding-top: 0.5em; margin-top: 1em;\">\n");
            b.Append("<h2 style=\"font-size: 1.15em; margin: 0.3em 0;\">").Append(H(m.Summary)).Append("</h2>\n");
            b.Append("<p style=\"margin: 0.2em 0; color: #444;\">").Append(H(MetaLine(m, advice.Today))).Append("</p>\n");
            b.Append("<p><strong>Why:</strong> ").Append(Linked(m.Why)).Append("</p>\n");
            foreach (var c in Reachable(o))
                b.Append("<p><strong>Contact:</strong> ").Append(Linked(ContactLine(c))).Append("</p>\n");
            if (m.Script.Length > 0)
            {
                b.Append("<p><strong>What to say:</strong></p>\n<blockquote style=\"margin: 0 0 0 0.5em; padding-left: 0.8em; border-left: 3px solid #888;\">\n");
                foreach (var para in m.Script.Split("\n\n"))
                    b.Append("<p>").Append(string.Join("<br>\n", para.Split('\n').Select(Linked))).Append("</p>\n");
                b.Append("</blockquote>\n");
            }
            b.Append("</section>\n");
        }
        if (advice.Warnings.Count > 0)
        {
            b.Append("<h2 style=\"font-size: 1.15em;\">Watch out</h2>\n<ul>\n");
            foreach (var w in advice.Warnings) b.Append("<li>").Append(Linked(w.Message)).Append("</li>\n");
            b.Append("</ul>\n");
        }
        if (later.Count > 0)
        {
            b.Append("<h2 style=\"font-size: 1.15em;\">Coming up</h2>\n<ul>\n");
            foreach (var m in later) b.Append("<li>").Append(H(m.Summary)).Append(" (").Append(H(Vocabulary.Due(m.Due, advice.Today))).Append(")</li>\n");
            b.Append("</ul>\n");
        }
        if (links.Today is not null)
            b.Append("<p><a href=\"").Append(H(links.Today.ToString())).Append("\">Open Today in OfferDesk</a></p>\n");
        if (links.Unsubscribe is not null)
        {
            b.Append("<p style=\"font-size: 0.85em; color: #555; border-top: 1px solid #ccc; padding-top: 0.5em;\">You get this email because morning reminders are on in your OfferDesk account. ");
            if (links.Reminders is not null) b.Append("<a href=\"").Append(H(links.Reminders.ToString())).Append("\">Change the hour</a> or ");
            b.Append("<a href=\"").Append(H(links.Unsubscribe.ToString())).Append("\">stop these emails</a>.</p>\n");
        }
        b.Append("</body></html>\n");
        return b.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    /// <summary>
    /// HTML-encodes <paramref name="text"/> and turns the contacts' phone numbers and any email
    /// address in it into links, so one tap calls or writes from a phone.
    /// </summary>
    public static string Linkify(string text, IEnumerable<Contact> contacts)
    {
        // Only the phone numbers the search holds: a pattern for "any phone number" also
        // matches dates, salaries and step counts.
        var phones = contacts.Select(c => c.Phone).OfType<string>().Where(p => Dial(p).Length >= 3)
            .Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape).ToList();
        var pattern = phones.Count == 0 ? EmailAddress().ToString() : $"{EmailAddress()}|{string.Join("|", phones)}";
        var b = new StringBuilder();
        var at = 0;
        foreach (Match match in Regex.Matches(text, pattern))
        {
            b.Append(H(text[at..match.Index]));
            var href = match.Value.Contains('@') ? "mailto:" + match.Value : "tel:" + Dial(match.Value);
            b.Append("<a href=\"").Append(H(href)).Append("\">").Append(H(match.Value)).Append("</a>");
            at = match.Index + match.Length;
        }
        b.Append(H(text[at..]));
        return b.ToString();
    }

    /// <summary>The digits (and a leading plus) of a phone number, as a tel: link wants them (RFC 3966).</summary>
    public static string Dial(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return phone.TrimStart().StartsWith('+') ? "+" + digits : digits;
    }
}
