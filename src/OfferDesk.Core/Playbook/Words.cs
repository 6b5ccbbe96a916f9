using System.Globalization;

namespace OfferDesk.Core.Playbook;

/// <summary>
/// The pieces every script is built from (PLAYBOOK 3.1): whom it addresses and how it greets them,
/// dates written out, the email and phone forms, and the lines several moves share.
/// </summary>
public static class Words
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev" };
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "phd" };

    /// <summary>The first hiring manager, else the first recruiter, else the first contact.</summary>
    public static Contact? ContactFor(Opportunity o) =>
        o.Contacts.Find(c => c.Role == ContactRole.HiringManager)
        ?? o.Contacts.Find(c => c.Role == ContactRole.Recruiter)
        ?? o.Contacts.FirstOrDefault();

    private static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    /// <summary>
    /// How a script speaks to a contact (3.1 c): "Dana" for Dana Ruiz, "Ms Park" for Ms Jo Park (the
    /// last word that is not a suffix), null for a name that is only a title or empty.
    /// </summary>
    public static string? CallName(Contact? c)
    {
        if (c is null) return null;
        var words = c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(IsTitle)) return null;
        if (words.Length >= 2 && IsTitle(words[0]))
        {
            var rest = words.Skip(1).Select(w => w.TrimEnd(',')).Where(w => w.Length > 0 && !Suffixes.Contains(w.Replace(".", ""))).ToList();
            return rest.Count == 0 ? null : $"{words[0]} {rest[^1]}";
        }
        return words[0].TrimEnd(',');
    }

    private static bool Titled(string callName) => callName.Contains(' ');

    /// <summary>"Hi Dana,", "Hello Ms Park,", or "Hello," with nobody to name.</summary>
    public static string Greeting(Opportunity o) => CallName(ContactFor(o)) is { } n ? (Titled(n) ? $"Hello {n}," : $"Hi {n},") : "Hello,";

    /// <summary>Whom a summary names: "Dana at Acme Corp", or "Acme Corp".</summary>
    public static string Whom(Opportunity o) => CallName(ContactFor(o)) is { } n ? $"{n} at {o.Company}" : o.Company;

    /// <summary>Channel "either" becomes the contact's: phone with only a phone, email with only an email (v2 change 9).</summary>
    public static Channel ChannelOf(Opportunity o)
    {
        var c = ContactFor(o);
        var phone = !string.IsNullOrEmpty(c?.Phone);
        var email = !string.IsNullOrEmpty(c?.Email);
        return phone && !email ? Channel.Phone : email && !phone ? Channel.Email : Channel.Either;
    }

    /// <summary>"the Staff Engineer role at Acme Corp", or "the role at Acme Corp".</summary>
    public static string TheRole(Opportunity o) =>
        string.IsNullOrWhiteSpace(o.Role) ? $"the role at {o.Company}" : $"the {o.Role} role at {o.Company}";

    public static string Role(Opportunity o) => string.IsNullOrWhiteSpace(o.Role) ? "the role" : $"the {o.Role} role";

    /// <summary>Whether the record backs a claim of having met (3.1 a).</summary>
    public static bool HaveMet(Situation s, Opportunity o) => s.DoneInterviews(o) > 0;

    /// <summary>"Friday, March 13", with the year when it is not today's (3.1 d).</summary>
    public static string Day(Situation s, DateOnly d) => Vocabulary.Day(d, s.Today);

    /// <summary>"today", "tomorrow", "yesterday", else the day written out.</summary>
    public static string When(Situation s, DateOnly d) => s.DaysUntil(d) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        _ => Day(s, d),
    };

    /// <summary>"today", "yesterday", or "on Friday, March 13": a day as the object of "on".</summary>
    public static string OnDay(Situation s, DateOnly d) => s.DaysUntil(d) is >= -1 and <= 1 ? When(s, d) : $"on {Day(s, d)}";

    /// <summary>"by tomorrow", "by Friday, March 13".</summary>
    public static string By(Situation s, DateOnly d) => s.DaysUntil(d) == 0 ? "by the end of today" : $"by {When(s, d)}";

    public static string Money(decimal amount, string? currency)
    {
        var n = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return currency is null ? n : $"{currency} {n}";
    }

    /// <summary>The holiday line (slow season): decisions slow down, so settle the next step before then.</summary>
    public static string HolidayLine(Situation s) =>
        s.IsSlowSeason ? "With the year-end holidays close, I know decisions can slow down, so I would like to settle the next step before then." : "";

    /// <summary>The process question that ask-about-process asks, also carried by a message that absorbs it.</summary>
    public const string ProcessQuestion = "So that I can plan well, could you tell me what the remaining steps are, and roughly when you expect to make a decision?";

    /// <summary>The message on the channel the move ends with: an email for email or either, a call for phone.</summary>
    public static string Message(Situation s, Opportunity o, Channel channel, string subject, string about, params string[] paragraphs)
    {
        if (channel != Channel.Phone) return Email(s, o, subject, paragraphs);
        return Call(s, o, about, string.Join(" ", paragraphs.Where(p => p.Length > 0)));
    }

    /// <summary>An email: subject line, greeting, paragraphs, sign-off with the candidate's name.</summary>
    public static string Email(Situation s, Opportunity o, string subject, params string[] paragraphs)
    {
        var parts = new List<string>(6 + 2 * paragraphs.Length) { "Subject: ", subject, "\n\n", Greeting(o), "\n\n" };
        foreach (var p in paragraphs)
            if (p.Length > 0) parts.AddRange([p, "\n\n"]);
        parts.Add(s.CandidateName is { } n ? $"Best regards,\n{n}" : "Best regards");
        return string.Concat(parts);
    }

    /// <summary>How a call opens (3.1 c): the greeting, the candidate's name, and what the call is about.</summary>
    public static string Opening(Situation s, Opportunity o, string about)
    {
        var greeting = Greeting(o);
        var me = s.CandidateName is { } n ? $"this is {n}" : "this is (say your name)";
        return Join($"{greeting} {me}.", about);
    }

    /// <summary>A phone call, laid out to be read aloud: whom to call, the opening, the ask, then each outcome.</summary>
    public static string Call(Situation s, Opportunity o, string about, string ask, params (string If, string Say)[] outcomes)
    {
        var c = ContactFor(o);
        var parts = new List<string>(12 + 5 * outcomes.Length) { "Call " };
        if (c is null || CallName(c) is null) parts.Add(o.Company);
        else parts.AddRange([c.Name, " at ", o.Company]);
        if (c?.Phone is { Length: > 0 } phone) parts.AddRange([" (", phone, ")"]);
        parts.AddRange([".\n\nOpening: \"", Opening(s, o, about), "\"\n\nThe ask: \"", ask, "\""]);
        foreach (var (when, say) in outcomes)
            parts.AddRange(["\n\nIf ", when, ": \"", say, "\""]);
        return string.Concat(parts);
    }

    public static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
