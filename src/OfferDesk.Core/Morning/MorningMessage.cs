using System.Net;
using System.Text;
using OfferDesk.Core.Playbook;
using OfferDesk.Core.Timeline;

namespace OfferDesk.Core.Morning;

/// <summary>The morning message, ready to send or print: a subject, a plain text part and an HTML part.</summary>
public sealed record MorningMessage(string Subject, string Text, string Html);

/// <summary>Where the message's links lead; both optional (the CLI has no server to link to).</summary>
public sealed record MorningLinks(Uri? Today = null, Uri? Unsubscribe = null, Uri? Reminders = null);

/// <summary>
/// Composes the morning message from a day's advice as a plan for the day (contract v3): the first
/// move as "Start here", the first <see cref="InFull"/> moves with why, whom to reach and the words to
/// say, every other move due one line each (routine check-ins of companies you only applied to on one
/// line together), the warnings above them, and a link to Today for the rest. Nothing is composed on a
/// day with nothing due and nothing to watch: an email that says "nothing today" teaches people to
/// ignore the ones that matter. Composing costs time in proportion to what the email shows: each
/// move links only its own contact, found by plain search, never by a pattern built per line.
/// </summary>
public static class MorningDigest
{
    /// <summary>How many moves the email gives in full, with their words; the rest are one line each.</summary>
    public const int InFull = 3;

    /// <summary>How many one-line moves the email lists before pointing to Today for the rest.</summary>
    public const int Lines = 12;

    /// <summary>How many routine check-ins are listed one by one before they share a line.</summary>
    public const int GroupFrom = 3;

    /// <summary>How many things coming up the email names.</summary>
    public const int ComingUp = 3;

    /// <summary>The moves the message is about: due today or overdue, in the advice's order.</summary>
    public static IReadOnlyList<Move> DueMoves(Advice advice) => [.. advice.Moves.Where(m => m.Due <= advice.Today)];

    /// <summary>Whether the day has anything worth an email.</summary>
    public static bool HasNews(Advice advice) => advice.Warnings.Count > 0 || advice.Moves.Any(m => m.Due <= advice.Today);

    /// <summary>
    /// What the email says of the search's clocks (issue 21): a countdown from three days before an
    /// offer's deadline, and a line when offers clash. Only a search holding an offer has either.
    /// </summary>
    public static IReadOnlyList<string> Clocks(Pipeline pipeline, DateOnly today) =>
        pipeline.Opportunities.Exists(o => o.Stage == Stage.Offer) ? TimelineWords.Morning(SearchTimeline.For(pipeline, today)) : [];

    /// <summary>The message for the day of <paramref name="advice"/>, or null when there is nothing to say.</summary>
    public static MorningMessage? Compose(Pipeline pipeline, Advice advice, MorningLinks? links = null)
    {
        var clocks = Clocks(pipeline, advice.Today);
        if (!HasNews(advice) && clocks.Count == 0) return null;
        links ??= new MorningLinks();
        var plan = new Plan(pipeline, advice, clocks);
        var subject = Subject(pipeline, advice, plan.Due, clocks);
        return new MorningMessage(subject, Text(pipeline, advice, plan, links), Html(pipeline, advice, plan, links, subject));
    }

    public static string Subject(Pipeline pipeline, Advice advice, IReadOnlyList<Move> due, IReadOnlyList<string>? clocks = null)
    {
        var watch = advice.Warnings.Count + (clocks?.Count ?? 0);
        if (due.Count == 0)
            return watch == 1 ? "One thing to watch in your job search today" : $"{watch} things to watch in your job search today";
        var first = MoveWords.Headline(due[0], pipeline.Find(due[0].Opportunity), advice.Today);
        return due.Count switch
        {
            1 => first,
            _ => $"{first}, and {due.Count - 1} more",
        };
    }

    /// <summary>The day's moves as the email lays them out.</summary>
    private sealed class Plan
    {
        public IReadOnlyList<Move> Due { get; }
        public List<Move> Full { get; } = [];
        public List<Move> OneLine { get; } = [];
        public List<Move> CheckIns { get; } = [];
        public int NotListed { get; }
        public List<Move> Later { get; }
        public IReadOnlyList<string> Clocks { get; }

        public Plan(Pipeline pipeline, Advice advice, IReadOnlyList<string> clocks)
        {
            Clocks = clocks;
            Due = DueMoves(advice);
            var rest = new List<Move>();
            foreach (var m in Due)
            {
                if (Full.Count < InFull) Full.Add(m);
                // The move knows its opportunity: looking each one up in the search would make a large day quadratic.
                else if (m.Code == MoveCode.FollowUp && (m.At ?? pipeline.Find(m.Opportunity)) is { Stage: Stage.Applied }) CheckIns.Add(m);
                else rest.Add(m);
            }
            if (CheckIns.Count < GroupFrom)
            {
                rest.AddRange(CheckIns);
                CheckIns.Clear();
            }
            OneLine.AddRange(rest.Take(Lines));
            NotListed = rest.Count - OneLine.Count;
            Later = [.. advice.Moves.Where(m => m.Due > advice.Today).Take(ComingUp)];
        }
    }

    private static string Greeting(Pipeline pipeline) =>
        pipeline.Candidate.Name is { Length: > 0 } name ? $"Good morning, {name.Trim().Split(' ', 2)[0]}." : "Good morning.";

    private static string Overview(Advice advice, IReadOnlyList<Move> due, int clocks)
    {
        var overdue = due.Count(m => m.Due < advice.Today);
        var today = due.Count - overdue;
        var parts = new List<string>();
        if (today > 0) parts.Add(today == 1 ? "one move is due today" : $"{today} moves are due today");
        if (overdue > 0) parts.Add(overdue == 1 ? "one is overdue" : $"{overdue} are overdue");
        var watch = advice.Warnings.Count + clocks;
        if (watch > 0) parts.Add(watch == 1 ? "one thing needs watching" : $"{watch} things need watching");
        var sentence = parts.Count switch
        {
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
        return $"Here is your job search for {Wording.Spoken(advice.Today)}: {sentence}.";
    }

    private static string MetaLine(Move m, DateOnly today) =>
        $"{m.Company} · {Vocabulary.PriorityHeading(m.Priority)} · {Vocabulary.ChannelLabel(m.Channel)} · {Vocabulary.Due(m.Due, today)}";

    // Every summary names its company (PLAYBOOK 3.1 g), so the line needs no other label.
    private static string ShortLine(Move m, DateOnly today) => $"{m.Summary} ({Vocabulary.Due(m.Due, today)})";

    private static string CheckInLine(List<Move> checkIns)
    {
        var names = checkIns.Take(5).Select(m => m.Company).ToList();
        var more = checkIns.Count - names.Count;
        return $"{checkIns.Count} companies you have applied to: a short check-in with each ({string.Join(", ", names)}{(more > 0 ? $" and {more} more" : "")})";
    }

    /// <summary>The person this move reaches, when a number or an address is on file for them (V4's addressed contact).</summary>
    private static Contact? Reached(Move m, Opportunity? o) =>
        o is null || m.Channel == Channel.None ? null
        : Words.Addressed(o, m.Channel) is { } c && (Words.HasPhone(c) || Words.HasEmail(c)) ? c : null;

    private static string ContactLine(Contact c) =>
        string.Join(", ", new[] { c.Name, c.Phone, c.Email }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string RestLine(Plan plan) =>
        plan.NotListed == 1 ? "One more move is on Today." : $"{plan.NotListed} more moves are on Today.";

    // ---- plain text ----------------------------------------------------------------------

    private static string Text(Pipeline pipeline, Advice advice, Plan plan, MorningLinks links)
    {
        var b = new StringBuilder();
        b.Append(Greeting(pipeline)).Append("\n\n").Append(Overview(advice, plan.Due, plan.Clocks.Count)).Append('\n');
        if (advice.Warnings.Count > 0 || plan.Clocks.Count > 0)
        {
            b.Append("\nWatch out\n");
            foreach (var w in advice.Warnings) b.Append(" ! ").Append(w.Message).Append('\n');
            foreach (var c in plan.Clocks) b.Append(" ! ").Append(c).Append('\n');
        }
        for (var i = 0; i < plan.Full.Count; i++)
        {
            var m = plan.Full[i];
            b.Append(i == 0 ? "\nStart here\n" : i == 1 ? "\nThen\n" : "\n");
            b.Append(i + 1).Append(". ").Append(m.Summary).Append('\n');
            b.Append("   ").Append(MetaLine(m, advice.Today)).Append('\n');
            b.Append("   Why: ").Append(m.Why).Append('\n');
            if (Reached(m, m.At ?? pipeline.Find(m.Opportunity)) is { } c) b.Append("   Contact: ").Append(ContactLine(c)).Append('\n');
            if (m.Script.Length > 0)
            {
                b.Append("\n   What to say:\n");
                foreach (var line in m.Script.Split('\n'))
                    b.Append(line.Length == 0 ? "   |" : "   | ").Append(line).Append('\n');
            }
        }
        if (plan.OneLine.Count > 0 || plan.CheckIns.Count > 0)
        {
            b.Append(plan.Full.Count > 0 ? "\nAlso today\n" : "\nToday\n");
            foreach (var m in plan.OneLine) b.Append(" - ").Append(ShortLine(m, advice.Today)).Append('\n');
            if (plan.CheckIns.Count > 0) b.Append(" - ").Append(CheckInLine(plan.CheckIns)).Append('\n');
            if (plan.NotListed > 0) b.Append(" - ").Append(RestLine(plan)).Append('\n');
        }
        if (plan.Later.Count > 0)
        {
            b.Append("\nComing up\n");
            foreach (var m in plan.Later) b.Append(" - ").Append(m.Summary).Append(" (").Append(Vocabulary.Due(m.Due, advice.Today)).Append(")\n");
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

    private static string Html(Pipeline pipeline, Advice advice, Plan plan, MorningLinks links, string subject)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append("<title>").Append(H(subject)).Append("</title></head>\n")
         .Append("<body style=\"font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;\">\n");
        b.Append("<p>").Append(H(Greeting(pipeline))).Append("</p>\n<p>").Append(H(Overview(advice, plan.Due, plan.Clocks.Count))).Append("</p>\n");
        if (advice.Warnings.Count > 0 || plan.Clocks.Count > 0)
        {
            b.Append("<h2 style=\"font-size: 1.15em;\">Watch out</h2>\n<ul>\n");
            foreach (var w in advice.Warnings) b.Append("<li>").Append(H(w.Message)).Append("</li>\n");
            foreach (var c in plan.Clocks) b.Append("<li>").Append(H(c)).Append("</li>\n");
            b.Append("</ul>\n");
        }
        for (var i = 0; i < plan.Full.Count; i++)
        {
            var m = plan.Full[i];
            var contact = Reached(m, m.At ?? pipeline.Find(m.Opportunity));
            string Linked(string text) => Linkify(text, contact);
            if (i == 0) b.Append("<h2 style=\"font-size: 1.15em;\">Start here</h2>\n");
            else if (i == 1) b.Append("<h2 style=\"font-size: 1.15em;\">Then</h2>\n");
            b.Append("<section style=\"border-top: 1px solid #ccc; padding-top: 0.5em; margin-top: 1em;\">\n");
            b.Append("<h3 style=\"font-size: 1.05em; margin: 0.3em 0;\">").Append(H(m.Summary)).Append("</h3>\n");
            b.Append("<p style=\"margin: 0.2em 0; color: #444;\">").Append(H(MetaLine(m, advice.Today))).Append("</p>\n");
            b.Append("<p><strong>Why:</strong> ").Append(H(m.Why)).Append("</p>\n");
            if (contact is not null) b.Append("<p><strong>Contact:</strong> ").Append(Linked(ContactLine(contact))).Append("</p>\n");
            if (m.Script.Length > 0)
            {
                b.Append("<p><strong>What to say:</strong></p>\n<blockquote style=\"margin: 0 0 0 0.5em; padding-left: 0.8em; border-left: 3px solid #888;\">\n");
                foreach (var para in m.Script.Split("\n\n"))
                    b.Append("<p>").Append(string.Join("<br>\n", para.Split('\n').Select(Linked))).Append("</p>\n");
                b.Append("</blockquote>\n");
            }
            b.Append("</section>\n");
        }
        if (plan.OneLine.Count > 0 || plan.CheckIns.Count > 0)
        {
            b.Append("<h2 style=\"font-size: 1.15em;\">").Append(plan.Full.Count > 0 ? "Also today" : "Today").Append("</h2>\n<ul>\n");
            foreach (var m in plan.OneLine) b.Append("<li>").Append(H(ShortLine(m, advice.Today))).Append("</li>\n");
            if (plan.CheckIns.Count > 0) b.Append("<li>").Append(H(CheckInLine(plan.CheckIns))).Append("</li>\n");
            if (plan.NotListed > 0) b.Append("<li>").Append(H(RestLine(plan))).Append("</li>\n");
            b.Append("</ul>\n");
        }
        if (plan.Later.Count > 0)
        {
            b.Append("<h2 style=\"font-size: 1.15em;\">Coming up</h2>\n<ul>\n");
            foreach (var m in plan.Later) b.Append("<li>").Append(H(m.Summary)).Append(" (").Append(H(Vocabulary.Due(m.Due, advice.Today))).Append(")</li>\n");
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

    /// <summary>
    /// HTML-encodes <paramref name="text"/> and turns the contact's phone number and email address
    /// in it into links, so one tap calls or writes from a phone. Plain searches for two known
    /// strings: the cost is the length of the text, whatever the size of the search.
    /// </summary>
    public static string Linkify(string text, Contact? contact)
    {
        var targets = new List<(string Shown, string Href)>(2);
        if (contact?.Phone is { } phone && Dial(phone).Length >= 3) targets.Add((phone.Trim(), "tel:" + Dial(phone)));
        if (contact?.Email is { } email && email.Trim().Length > 0) targets.Add((email.Trim(), "mailto:" + email.Trim()));
        var b = new StringBuilder(text.Length + 64);
        var at = 0;
        while (at < text.Length)
        {
            var next = -1;
            (string Shown, string Href) hit = ("", "");
            foreach (var t in targets)
            {
                var i = text.IndexOf(t.Shown, at, StringComparison.Ordinal);
                if (i >= 0 && (next < 0 || i < next)) (next, hit) = (i, t);
            }
            if (next < 0) break;
            b.Append(H(text[at..next])).Append("<a href=\"").Append(H(hit.Href)).Append("\">").Append(H(hit.Shown)).Append("</a>");
            at = next + hit.Shown.Length;
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
