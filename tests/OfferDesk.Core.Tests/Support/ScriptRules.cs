using System.Text.RegularExpressions;

namespace OfferDesk.Core.Tests.Support;

/// <summary>
/// PLAYBOOK section 3.1 as a test reads it, independent of the engine: the same patterns the
/// contract's checker uses, so a script the engine writes can be judged without trusting the engine.
/// </summary>
public static class ScriptRules
{
    private const RegexOptions I = RegexOptions.IgnoreCase;

    // a. Claims of past contact: "meet" needs a done interview; "talk" is also true after a logged call.
    private static readonly (string Kind, Regex Rx)[] PastContact =
    [
        ("meet", new(@"(?<!to be )(?<!be )(?<!being )(?<!been )(?<!not yet )\binterviewed\b(?! (?:yet|soon)\b)", I)),
        ("meet", new(@"\binterviewing me\b", I)),
        ("meet", new(@"\b(?:we|I)(?:'ve| have| had)? (?:already |first |last |recently )?met\b(?! (?:every|all|each|the (?:requirements?|criteria|deadline)|your (?:requirements?|criteria)))", I)),
        ("meet", new(@"\bmet (?:with )?(?:you|your|the team|me)\b", I)),
        ("meet", new(@"\b(?:was|been|'s been) (?:a |an )?(?:real |great |genuine )?(?:pleasure|great|nice|good|lovely|wonderful|delight)(?: \w+)? (?:to )?(?:meet|meeting)\b", I)),
        ("talk", new(@"\b(?:was|been|'s been) (?:a |an )?(?:real |great |genuine )?(?:pleasure|great|nice|good|lovely|wonderful|delight)(?: \w+)? (?:to )?(?:speak|speaking|talk|talking|chat|chatting)\b", I)),
        ("meet", new(@"\b(?:enjoyed|loved|appreciated|valued) (?:meeting|interviewing|our interviews?|the interviews?|our meetings?|my interviews?)\b", I)),
        ("talk", new(@"\b(?:enjoyed|loved|appreciated|valued) (?:speaking|talking|chatting|our (?:conversations?|chats?|talks?|calls?|discussions?))\b", I)),
        ("meet", new(@"\bthank(?:s| you)(?: \w+){0,2} for (?:the |my |our |today's |yesterday's )?(?:interviews?|meetings?|meeting (?:with )?me|interviewing me|having me)\b(?! (?:invitation|slot|request|you (?:offered|proposed)))", I)),
        ("talk", new(@"\bthank(?:s| you)(?: \w+){0,2} for (?:the |our |today's |yesterday's )?(?:conversations?|chats?|calls?|talks?|discussions?|speaking (?:with|to) me|talking (?:with|to) me)\b(?! (?:invitation|request|next|tomorrow))", I)),
        ("meet", new(@"\bthe time (?:you|your team) (?:spent|took|gave|put in)(?: \w+){0,2} (?:with me|meeting|interviewing)", I)),
        ("talk", new(@"\bthe time (?:you|your team) (?:spent|took|gave)(?: \w+){0,2} (?:speaking|talking|on the phone|on our call)", I)),
        ("meet", new(@"\b(?:following|after|since|from|during|in|per|recapping|reflecting on) our (?:last |recent |previous |earlier )?(?:meetings?|interviews?)\b", I)),
        ("talk", new(@"\b(?:following|after|since|from|during|in|per|recapping|reflecting on) our (?:last |recent |previous |earlier )?(?:conversations?|talks?|chats?|discussions?|calls?)\b", I)),
        ("talk", new(@"\bour (?:last|recent|previous|earlier) (?:conversations?|talks?|chats?|discussions?|calls?|meetings?|interviews?)\b", I)),
        ("talk", new(@"\bwe (?:last |already |recently )?(?:spoke|talked|chatted|discussed)\b|\bwe(?:'ve| have| had) (?:already |recently )?(?:spoken|talked|chatted|discussed)\b|\bas discussed\b", I)),
        ("talk", new(@"\b(?:spoke|talked|chatted|spoken) (?:with|to) (?:you|your|the team|me)\b", I)),
    ];

    private static readonly Regex AboutOther = new(@"\b(?:another|other|a|one|the other) (?:company|companies|employer|firm|organi[sz]ation|team|process|place)(?: (?:that|where|which|who))?(?: I| we)?(?: \w+)?\s*$", I);

    private static readonly Regex FirstChoice = new(
        @"\b(?:first|top|number[- ]one|no\.? ?1|#1)[- ](?:choice|pick|preference|option)\b|\btop of (?:my|the) (?:list|shortlist|wish ?list)\b"
        + @"|\b(?:are|'re|is|as|be|remains?|was) my (?:number[- ]one|no\.? ?1|#1)\b"
        + @"|\b(?:are|'re|is|as|be|remains?|was) (?:my |the )?(?:favou?rite|dream|ideal|preferred) (?:company|employer|choice|option|place|team|role|job)\b"
        + @"|\bmy (?:favou?rite|dream|ideal|preferred) (?:company|employer|place to work)\b|\bdream (?:company|employer|job|role|team)\b"
        + @"|\bmost (?:like|want) to (?:work|join|be)\b|\bwould (?:most like|like most) to (?:work|join|be)\b"
        + @"|\bno (?:other )?(?:company|employer|place|team|one) I(?:'d| would) rather\b|\bnowhere (?:else )?I(?:'d| would) rather\b"
        + @"|\b(?:company|employer|role|job|team|place|position) I (?:\w+ )?(?:want|would like|'d like|prefer)(?: to join| to work for)? (?:the )?most\b"
        + @"|\bis (?:exactly |truly )?where I (?:\w+ )?(?:want|would like|'d like|hope) to (?:be|work)\b|\babove (?:all )?(?:the )?others\b", I);

    private static readonly Regex BadGreeting = new(@"\b(?:Hi|Hello|Dear)\b[ ,]+(?:the\s+)?(?:[A-Z][\w&'.-]*\s+)*(?i:team)\b");
    private static readonly Regex GreetingWord = new(@"\b(?:Hi|Hello|Hey|Dear|Good (?:morning|afternoon|evening))\b");
    private static readonly Regex IsoDate = new(@"(?<![\d-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])");
    private static readonly Regex MonthAbbreviation = new(@"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\w)");
    private static readonly Regex ClaimedAcceptance = new(
        @"(?<!\w)I(?:'ve| have| had|'d)? (?:(?:already|now|just|since|recently|also|officially) )*(?:accepted|signed|taken|committed|agreed)\b(?: (?:with|to|on|for))?"
        + @" (?:an? |another |the other |a different |a new |an other )?(?:other |new |different )?(?:offer|position|role|job|company|employer|process|opportunity|contract|elsewhere)\b"
        + @"|\b(?:accepted|signed|taken|committed to) (?:an? |another |a different |a new )?(?:offer|position|role|job|process) (?:elsewhere|with another|at another|from another|with a different|at a different)\b"
        + @"|\b(?:decided|chosen|going) to (?:accept|take|join|sign with) (?:another|a different|a new|an other) (?:offer|position|role|job|company|employer|opportunity)\b"
        + @"|\b(?:another|other) (?:process|offer|company) I (?:have |had |'ve )?(?:committed to|accepted|signed)\b", I);
    private static readonly Regex Placeholder = new(@"\{\{|\}\}|\{[A-Za-z_][\w ]*\}|<[A-Za-z][A-Za-z _-]*>|\bTODO\b|\bXXX\b");
    private static readonly Regex Subject = new(@"^\s*Subject:[ \t]*(.*)$", RegexOptions.Multiline);
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "rev" };
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "sr", "ii", "iii", "phd" };

    private static bool IsTitle(string w) => Titles.Contains(w.TrimEnd('.'));

    /// <summary>The greeting 3.1 c requires for the contact a script addresses.</summary>
    public static string Greeting(Contact? c)
    {
        var w = c?.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (w.Length == 0 || w.All(IsTitle)) return "Hello,";
        if (w.Length >= 2 && IsTitle(w[0]))
        {
            var rest = w.Skip(1).Select(x => x.TrimEnd(',')).Where(x => x.Length > 0 && !Suffixes.Contains(x.TrimEnd('.').Replace(".", ""))).ToList();
            return rest.Count == 0 ? "Hello," : $"Hello {w[0]} {rest[^1]},";
        }
        return $"Hi {w[0].TrimEnd(',')},";
    }

    private static Contact? Addressed(Opportunity o) =>
        o.Contacts.Where(c => c.Name.Trim().Length > 0).FirstOrDefault(c => c.Role == ContactRole.HiringManager)
        ?? o.Contacts.Where(c => c.Name.Trim().Length > 0).FirstOrDefault(c => c.Role == ContactRole.Recruiter)
        ?? o.Contacts.FirstOrDefault(c => c.Name.Trim().Length > 0);

    /// <summary>The top choice (2), worked out here rather than asked of the engine.</summary>
    private static string? TopChoice(Pipeline p, DateOnly today)
    {
        if (p.Opportunities.Find(o => o.Stage == Stage.Accepted) is { } acc) return acc.Id;
        bool InProcess(Opportunity o)
        {
            var last = o.Events.Select((e, i) => (e, i)).Where(x => x.e.Kind == EventKind.AccelerateCall).OrderBy(x => x.e.On).ThenBy(x => x.i).LastOrDefault().e;
            return o.Stage is Stage.Applied or Stage.Interviewing && last?.Outcome != CallOutcome.TakeOtherOffer;
        }
        bool Current(Opportunity o) => o.Stage == Stage.Offer && (o.Offer?.Deadline is not { } d || d >= today);
        return p.Opportunities.Where(o => o.Preference is not null && (InProcess(o) || Current(o))).MinBy(o => o.Preference)?.Id;
    }

    /// <summary>Every way the advice's scripts break section 3.1, all at once.</summary>
    public static List<string> Problems(Pipeline p, Advice advice)
    {
        var problems = new List<string>();
        var top = TopChoice(p, advice.Today);
        var solid = p.Opportunities.Exists(o => o.Stage == Stage.Accepted && o.Offer is { IsInWriting: true, StartDate: not null });
        var candidate = p.Candidate.Name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        foreach (var m in advice.Moves.Concat(advice.Upcoming))
        {
            var o = p.Find(m.Opportunity)!;
            var tag = $"{m.CodeText}/{m.Opportunity}";
            if (!m.Summary.Contains(o.Company, StringComparison.Ordinal)) problems.Add($"{tag}: summary does not name the company");
            if (m.Channel == Channel.None) continue;
            var s = m.Script;
            bool Done(Opportunity x) => x.Interviews.Exists(i => i.Status == InterviewStatus.Done);
            bool Called(Opportunity x) => x.HasEvent(EventKind.AccelerateCall);
            var others = p.Opportunities.Where(x => x != o).ToList();
            foreach (var (kind, rx) in PastContact)
                foreach (Match hit in rx.Matches(s))
                {
                    if (Done(o) || (kind == "talk" && Called(o))) continue;
                    var before = s[Math.Max(0, hit.Index - 60)..hit.Index];
                    if (AboutOther.IsMatch(before) && (others.Exists(Done) || (kind == "talk" && others.Exists(Called)))) continue;
                    problems.Add($"{tag}: claims past contact ({hit.Value}) the record does not back");
                }
            if (FirstChoice.Match(s) is { Success: true } first && o.Id != top) problems.Add($"{tag}: ranks it first ({first.Value}) but it is not the top choice");
            var lines = s.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var opening = m.Channel == Channel.Phone
                ? lines.Select(l => GreetingWord.Match(l) is { Success: true } g ? l[g.Index..] : null).FirstOrDefault(l => l is not null) ?? ""
                : lines.Count > 1 && lines[0].StartsWith("Subject:", StringComparison.Ordinal) ? lines[1] : lines.FirstOrDefault() ?? "";
            var greeting = Greeting(Addressed(o));
            if (!opening.StartsWith(greeting, StringComparison.Ordinal)) problems.Add($"{tag}: opens with '{opening}', not '{greeting}'");
            if (BadGreeting.Match(s) is { Success: true } bad) problems.Add($"{tag}: malformed greeting '{bad.Value}'");
            if (m.Channel == Channel.Phone && candidate is not null && !opening.Contains(candidate, StringComparison.Ordinal)) problems.Add($"{tag}: phone opening lacks the candidate's name");
            if (IsoDate.Match(s) is { Success: true } iso) problems.Add($"{tag}: ISO date {iso.Value}");
            if (MonthAbbreviation.Match(s) is { Success: true } abbr) problems.Add($"{tag}: abbreviated month '{abbr.Value}'");
            if (!solid && ClaimedAcceptance.Match(s) is { Success: true } claim) problems.Add($"{tag}: claims an acceptance ({claim.Value})");
            if (Placeholder.Match(s) is { Success: true } ph) problems.Add($"{tag}: placeholder {ph.Value}");
            if (m.Channel is Channel.Email or Channel.Either)
            {
                if (!s.StartsWith("Subject:", StringComparison.Ordinal)) problems.Add($"{tag}: email without a Subject line");
                if (candidate is not null && !lines.TakeLast(2).Any(l => l.Contains(candidate, StringComparison.Ordinal))) problems.Add($"{tag}: email not signed with the candidate's name");
            }
            foreach (Match subject in Subject.Matches(s))
            {
                var text = subject.Groups[1].Value.Trim();
                if (!(text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text.StartsWith(o.Company, StringComparison.Ordinal)
                    || (o.Role is { Length: > 0 } role && text.StartsWith(role, StringComparison.Ordinal)))))
                    problems.Add($"{tag}: subject '{text}' does not start with a capital");
            }
            var words = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > (m.Channel == Channel.Phone ? 400 : 180)) problems.Add($"{tag}: {words} words, over the limit");
        }
        return problems;
    }
}
