using System.Globalization;
using System.Text.RegularExpressions;

namespace OfferDesk.Core.Playbook;

/// <summary>
/// The pieces every script is built from (PLAYBOOK 3.1): whom it addresses and how it greets them,
/// dates written out, the email and phone forms, and the lines several moves share.
/// </summary>
public static partial class Words
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev" };
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "phd" };

    /// <summary>The first hiring manager, else the first recruiter, else the first contact (2).</summary>
    public static Contact? ContactFor(Opportunity o)
    {
        Contact? recruiter = null, first = null;
        foreach (var c in o.Contacts)
        {
            if (c.Role == ContactRole.HiringManager) return c;
            if (c.Role == ContactRole.Recruiter) recruiter ??= c;
            first ??= c;
        }
        return recruiter ?? first;
    }

    /// <summary>
    /// Whom a move on this channel speaks to (V4): a call goes to the first contact, in 2's order, with a
    /// phone; an email to the first with an email; with none such, or for "either", 2's contact.
    /// </summary>
    public static Contact? Addressed(Opportunity o, Channel channel)
    {
        Func<Contact, bool>? reach = channel switch
        {
            Channel.Phone => c => HasPhone(c),
            Channel.Email => c => HasEmail(c),
            _ => null,
        };
        if (reach is null) return ContactFor(o);
        foreach (var role in (ContactRole?[])[ContactRole.HiringManager, ContactRole.Recruiter])
            foreach (var c in o.Contacts)
                if (c.Role == role && reach(c)) return c;
        foreach (var c in o.Contacts)
            if (c.Role is not (ContactRole.HiringManager or ContactRole.Recruiter) && reach(c)) return c;
        return ContactFor(o);
    }

    public static bool HasPhone(Contact? c) => !string.IsNullOrWhiteSpace(c?.Phone);
    public static bool HasEmail(Contact? c) => !string.IsNullOrWhiteSpace(c?.Email);

    /// <summary>Whether some contact of the opportunity has a phone.</summary>
    public static bool AnyPhone(Opportunity o) => o.Contacts.Exists(HasPhone);

    /// <summary>Whether some contact of the opportunity has an email.</summary>
    public static bool AnyEmail(Opportunity o) => o.Contacts.Exists(HasEmail);

    /// <summary>
    /// Only a channel you can use (V4): a call needs a phone on file, unless no email is either (then
    /// the company's main line); an email likewise; "either" only when both can be used.
    /// </summary>
    public static Channel Usable(Opportunity o, Channel channel)
    {
        if (channel == Channel.None) return channel;
        if (channel == Channel.Either) channel = ChannelOf(o);
        bool phone = AnyPhone(o), email = AnyEmail(o);
        bool phoneOk = phone || !email, emailOk = email || !phone;
        return channel switch
        {
            Channel.Phone => phoneOk ? Channel.Phone : Channel.Email,
            Channel.Email => emailOk ? Channel.Email : Channel.Phone,
            _ => phoneOk && emailOk ? Channel.Either : phoneOk ? Channel.Phone : Channel.Email,
        };
    }

    /// <summary>Whether nobody at the company can be reached: no phone and no email on file.</summary>
    public static bool Unreachable(Opportunity o) => !AnyPhone(o) && !AnyEmail(o);

    private static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    // V14: a contact named like a team mailbox is greeted by its whole name.
    [GeneratedRegex(@"(?<!\w)(?:team|talent|recruiting|recruitment|careers|hiring|hr|jobs|people)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex MailboxWord();

    /// <summary>Whether the contact is a team mailbox ("Talent Team", "Careers"), not a person (V14).</summary>
    public static bool IsMailbox(Contact c) => MailboxWord().IsMatch(c.Name);

    /// <summary>
    /// How a script speaks to a contact (3.1 c, V10, V14): the greeting on file; a mailbox by its name;
    /// "Dana" for Dana Ruiz; "Dr. van der Berg" for Dr. Pieter van der Berg (every word after the first
    /// given name, suffixes dropped); null for a name that is only a title or empty.
    /// </summary>
    public static string? CallName(Contact? c)
    {
        if (c is null) return null;
        if (!string.IsNullOrWhiteSpace(c.Greeting)) return c.Greeting.Trim();
        var name = c.Name.Trim();
        if (name.Length > 0 && IsMailbox(c)) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(IsTitle)) return null;
        if (words.Length >= 2 && IsTitle(words[0]))
        {
            var rest = words.Skip(1).Select(w => w.TrimEnd(',')).Where(w => w.Length > 0 && !Suffixes.Contains(w.Replace(".", ""))).ToList();
            if (rest.Count == 0) return null;
            return $"{words[0]} {string.Join(' ', rest.Count >= 2 ? rest.Skip(1) : rest)}";
        }
        return words[0].TrimEnd(',');
    }

    /// <summary>Whether a greeting says "Hello" (a title, a mailbox) rather than "Hi" (a first name).</summary>
    private static bool Formal(Contact c, string callName)
    {
        var first = callName.Split(' ', 2)[0];
        return IsTitle(first) || (string.IsNullOrWhiteSpace(c.Greeting) && IsMailbox(c));
    }

    /// <summary>"Hi Dana,", "Hello Ms Park,", "Hello Careers," or "Hello," with nobody to name.</summary>
    public static string Greeting(Opportunity o, Channel channel = Channel.Either) => GreetingFor(Addressed(o, channel));

    public static string GreetingFor(Contact? c) =>
        CallName(c) is { } n ? (Formal(c!, n) ? $"Hello {n}," : $"Hi {n},") : "Hello,";

    /// <summary>Whom a summary names: "Dana at Acme Corp", or "Acme Corp".</summary>
    public static string Whom(Opportunity o, Channel channel = Channel.Either) =>
        CallName(Addressed(o, channel)) is { } n ? $"{n} at {o.Company}" : o.Company;

    /// <summary>Channel "either" becomes the contact's: phone with only a phone, email with only an email (v2 change 9).</summary>
    public static Channel ChannelOf(Opportunity o)
    {
        var c = ContactFor(o);
        var phone = HasPhone(c);
        var email = HasEmail(c);
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

    /// <summary>"today", "tomorrow", "yesterday", else the day written out: for summaries and reasons, never scripts (V5).</summary>
    public static string When(Situation s, DateOnly d) => s.DaysUntil(d) switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        _ => Day(s, d),
    };

    /// <summary>A date as a script says it to the other side (V5): "today", else the day written out.</summary>
    public static string Said(Situation s, DateOnly d) => s.DaysUntil(d) == 0 ? "today" : Day(s, d);

    /// <summary>"today" or "on Friday, March 13": a day as a script says it after a verb.</summary>
    public static string OnDay(Situation s, DateOnly d) => s.DaysUntil(d) == 0 ? "today" : $"on {Day(s, d)}";

    /// <summary>"by the end of today", "by Friday, March 13", as a script says it.</summary>
    public static string By(Situation s, DateOnly d) => s.DaysUntil(d) == 0 ? "by the end of today" : $"by {Day(s, d)}";

    /// <summary>The first Monday-to-Friday day on or after this one (V5).</summary>
    public static DateOnly WorkingDayFrom(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(2),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };

    /// <summary>The first working day after this one.</summary>
    public static DateOnly NextWorkingDay(DateOnly d) => WorkingDayFrom(d.AddDays(1));

    /// <summary>"A few more days" beyond a date (V5): three days on, moved to the Monday after when that is a weekend.</summary>
    public static DateOnly FewMoreDays(DateOnly d) => WorkingDayFrom(d.AddDays(3));

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
        if (channel != Channel.Phone) return Email(s, o, channel, subject, paragraphs);
        return Call(s, o, about, string.Join(" ", paragraphs.Where(p => p.Length > 0)));
    }

    /// <summary>An email: subject line, greeting, paragraphs, sign-off with the candidate's name.</summary>
    public static string Email(Situation s, Opportunity o, string subject, params string[] paragraphs) =>
        Email(s, o, Channel.Email, subject, paragraphs);

    /// <summary>An email on this channel (an "either" move greets 2's contact, an email move the first with an email).</summary>
    public static string Email(Situation s, Opportunity o, Channel channel, string subject, params string[] paragraphs)
    {
        var parts = new List<string>(6 + 2 * paragraphs.Length) { "Subject: ", subject, "\n\n", Greeting(o, channel == Channel.Phone ? Channel.Email : channel), "\n\n" };
        foreach (var p in paragraphs)
            if (p.Length > 0) parts.AddRange([p, "\n\n"]);
        parts.Add(s.CandidateName is { } n ? $"Best regards,\n{n}" : "Best regards");
        return string.Concat(parts);
    }

    /// <summary>How a call opens (3.1 c): the greeting, the candidate's name, and what the call is about.</summary>
    public static string Opening(Situation s, Opportunity o, string about)
    {
        var greeting = Greeting(o, Channel.Phone);
        var me = s.CandidateName is { } n ? $"this is {n}" : "this is (say your name)";
        return Join($"{greeting} {me}.", about);
    }

    /// <summary>
    /// A phone call, laid out to be read aloud: whom to call, the opening, the ask, then each outcome.
    /// With no phone and no email on file (V4), it says to ring the company's main line and ask for the contact.
    /// </summary>
    public static string Call(Situation s, Opportunity o, string about, string ask, params (string If, string Say)[] outcomes)
    {
        var c = Addressed(o, Channel.Phone);
        var named = c is not null && CallName(c) is not null;
        var parts = new List<string>(12 + 5 * outcomes.Length);
        if (Unreachable(o))
        {
            parts.AddRange(["Find the main phone number of ", o.Company, " (their website or a directory), call it and ask for "]);
            parts.Add(named ? c!.Name : $"the person handling {Role(o)}");
        }
        else
        {
            parts.Add("Call ");
            if (!named) parts.Add(o.Company);
            else parts.AddRange([c!.Name, " at ", o.Company]);
            if (HasPhone(c)) parts.AddRange([" (", c!.Phone!.Trim(), ")"]);
        }
        parts.AddRange([".\n\nOpening: \"", Opening(s, o, about), "\"\n\nThe ask: \"", ask, "\""]);
        foreach (var (when, say) in outcomes)
            parts.AddRange(["\n\nIf ", when, ": \"", say, "\""]);
        return string.Concat(parts);
    }

    /// <summary>
    /// The lines a message says for the moves it carries (V1), in step order, leaving out those the
    /// leading move's own words already cover. Each ask is made once: the process question does the
    /// check-in's job too, and the holiday line is said once, unless the lead already said it for a
    /// job it covers.
    /// </summary>
    public static string Carried(Situation s, Opportunity o, IReadOnlyCollection<MoveCode> carries, params MoveCode[] covered)
    {
        if (carries.Count == 0) return "";
        bool Carries(MoveCode c) => carries.Contains(c);
        bool Covers(MoveCode c) => Array.IndexOf(covered, c) >= 0;
        var lines = new List<string>(carries.Count + 1);
        var holiday = false;
        foreach (var code in carries.Order())
        {
            if (Covers(code)) continue;
            if (code is MoveCode.FollowUp or MoveCode.AskAboutProcess)
            {
                holiday = true;
                // The process question asks where things stand as well: the check-in adds nothing to it.
                if (code == MoveCode.FollowUp && Carries(MoveCode.AskAboutProcess) && !Covers(MoveCode.AskAboutProcess)) continue;
            }
            if (Playbook.Rule(code).CarriedLine(s, o) is { Length: > 0 } line) lines.Add(line);
        }
        // The lead said the holiday line already when it covers a check-in or process question it carries.
        if (holiday && !carries.Any(c => c is MoveCode.FollowUp or MoveCode.AskAboutProcess && Covers(c))) lines.Add(HolidayLine(s));
        return Join([.. lines]);
    }

    /// <summary>The check-in a message asks when it carries a follow-up.</summary>
    public const string FollowUpQuestion = "I also wanted to check in: could you let me know where things stand and what the next step looks like?";

    public static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
