using System.Globalization;
using System.Text.RegularExpressions;

namespace OfferDesk.Core.Documents;

/// <summary>
/// The document's rules (PLAYBOOK section 1): every field's bounds from <see cref="DocumentFields"/>,
/// and the rules that hold across fields. Run after reading a document and before saving any
/// edit, so the JSON reader, the web forms, the API and the CLI refuse the same things.
/// </summary>
public static partial class PipelineRules
{
    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Every problem of the document, fields and cross-field rules alike.</summary>
    public static List<Problem> Check(Pipeline p) => [.. CheckAll(p).Select(c => c.Problem)];

    /// <summary>
    /// The problems of an edited (or just read) document together with those its input already
    /// had (<paramref name="inputProblems"/>: a field that did not read, found by the reader or a
    /// form), in one round. A field that did not read is reported once, by its input problem; and
    /// rules across fields are not run on an opportunity with such a field, where they could only
    /// repeat that problem in other words.
    /// </summary>
    public static List<Problem> CheckWith(IReadOnlyList<Problem> inputProblems, Pipeline p)
    {
        var all = new List<Problem>(inputProblems);
        var broken = inputProblems.Select(x => OpportunityOf(x.Path)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (problem, crossField) in CheckAll(p))
        {
            if (inputProblems.Any(x => Covers(x.Path, problem.Path))) continue;
            if (crossField && inputProblems.Count > 0 && (OpportunityOf(problem.Path) is not { } o || broken.Contains(o))) continue;
            all.Add(problem);
        }
        return all;
    }

    private static bool Covers(string outer, string inner) =>
        inner == outer || (outer.Length > 0 && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[');

    /// <summary>"opportunities[3]" for any path inside that opportunity, else null.</summary>
    public static string? OpportunityOf(string path)
    {
        if (!path.StartsWith("opportunities[", StringComparison.Ordinal)) return null;
        var end = path.IndexOf(']');
        return end < 0 ? null : path[..(end + 1)];
    }

    private static List<(Problem Problem, bool CrossField)> CheckAll(Pipeline p)
    {
        var found = new List<(Problem, bool)>();
        void Field(At at, string message) => found.Add((new Problem(at.ToString(), message), false));
        void Rule(string path, string message) => found.Add((new Problem(path, message), true));

        void Text(TextField f, At path, string? value)
        {
            if (value is null)
            {
                if (f.Required) Field(path, "is required");
                return;
            }
            if (f.Required && string.IsNullOrWhiteSpace(value)) Field(path, "may not be empty");
            else if (value.Length > f.MaxLength)
                Field(path, $"use at most {N(f.MaxLength)} characters (this has {N(value.Length)})");
            else if (TextProblem(value) is { } problem) Field(path, problem);
        }

        void Number(NumberField f, At path, decimal? value)
        {
            if (value is not { } v) return;
            if (f.Whole && v != decimal.Truncate(v)) Field(path, $"{N(v)} is not a whole number");
            else if (v < f.Min)
                Field(path, f.Min == 0 && !f.Whole ? $"{N(v)} is negative: amounts are 0 or more" : $"{N(v)} is not allowed: at least {N(f.Min)}");
            else if (v > f.Max) Field(path, $"{N(v)} is too large: at most {N(f.Max)}");
        }

        void Date(At path, DateOnly? value)
        {
            if (value is { Year: < Limits.FirstYear or > Limits.LastYear } d)
                Field(path, $"{Wording.Date(d)} is not allowed: use a date in the years {Limits.FirstYear} to {Limits.LastYear}");
        }

        void Count(ListField f, At path, int count)
        {
            if (count > f.Max) Field(path, $"has {N(count)} entries: at most {N(f.Max)} fit");
        }

        if (p.Version != 1) Field(new("", "version"), $"{p.Version} is not a supported version: expected 1");
        Date(new("", "today"), p.Today);
        Text(DocumentFields.CandidateName, new("", "candidate.name"), p.Candidate.Name);
        if (p.Candidate.TimeZone is { } zone)
        {
            if (zone.Length > Limits.TimeZone || TextProblem(zone) is not null || !Zones.IsKnown(zone))
                Field(new("", "candidate.timeZone"), $"\"{Clip(zone)}\" is not a time zone: use an IANA name such as America/Chicago or Europe/Paris");
        }
        Count(DocumentFields.Opportunities, new("", "opportunities"), p.Opportunities.Count);

        Count(DocumentFields.WhatMatters, new("", "whatMatters"), p.WhatMatters.Count);
        var matters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < p.WhatMatters.Count; m++)
        {
            var matter = p.WhatMatters[m];
            Text(DocumentFields.MatterName, new("", "name", "whatMatters", m), matter.Name);
            Number(DocumentFields.MatterWeight, new("", "weight", "whatMatters", m), matter.Weight);
            if (string.IsNullOrWhiteSpace(matter.Name)) continue;
            if (matters.TryGetValue(matter.Name.Trim(), out var firstMatter))
                Rule($"whatMatters[{m}].name", $"\"{Clip(matter.Name)}\" is already named at whatMatters[{firstMatter}]");
            else matters[matter.Name.Trim()] = m;
        }
        Count(DocumentFields.ExchangeRates, new("", "exchangeRates"), p.ExchangeRates.Count);
        var pairs = new Dictionary<(string, string), int>();
        for (var r = 0; r < p.ExchangeRates.Count; r++)
        {
            var rate = p.ExchangeRates[r];
            var bad = false;
            foreach (var (name, code) in new[] { ("from", rate.From), ("to", rate.To) })
                if (!CurrencyPattern().IsMatch(code))
                {
                    Field(new("", name, "exchangeRates", r), $"\"{Clip(code)}\" is not a currency code: three capital letters, like USD or EUR");
                    bad = true;
                }
            Number(DocumentFields.Rate, new("", "rate", "exchangeRates", r), rate.Rate);
            if (rate.Rate == 0) Field(new("", "rate", "exchangeRates", r), "0 is not a rate: give how much one unit of the first currency is worth in the second");
            if (bad) continue;
            if (rate.From == rate.To) Rule($"exchangeRates[{r}].to", $"is the same currency as from ({rate.From}): a rate is between two currencies");
            else if (pairs.TryGetValue((rate.From, rate.To), out var firstRate) || pairs.TryGetValue((rate.To, rate.From), out firstRate))
                Rule($"exchangeRates[{r}]", $"a rate between {rate.From} and {rate.To} is already given at exchangeRates[{firstRate}]");
            else pairs[(rate.From, rate.To)] = r;
        }

        var ids = new Dictionary<string, int>(p.Opportunities.Count, StringComparer.Ordinal);
        var prefs = new Dictionary<int, int>(p.Opportunities.Count);
        var accepted = -1;
        for (var i = 0; i < p.Opportunities.Count; i++)
        {
            var o = p.Opportunities[i];
            var path = $"opportunities[{i}]";
            if (!IsValidId(o.Id))
                Field(new(path, "id"), $"\"{Clip(o.Id)}\" is not a valid id: use 1 to 64 lower-case letters, digits or dashes");
            else if (ids.TryGetValue(o.Id, out var first))
                Rule(path + ".id", $"\"{o.Id}\" is already the id of opportunities[{first}]");
            else ids[o.Id] = i;

            Text(DocumentFields.Company, new(path, "company"), o.Company);
            Text(DocumentFields.Role, new(path, "role"), o.Role);
            Number(DocumentFields.Preference, new(path, "preference"), o.Preference);
            if (o.Preference is { } pref and >= 1)
            {
                if (prefs.TryGetValue(pref, out var other))
                    Rule(path + ".preference", $"{pref} is already the preference of opportunities[{other}]");
                else prefs[pref] = i;
            }
            Date(new(path, "appliedOn"), o.AppliedOn);
            Date(new(path, "lastHeardFrom"), o.LastHeardFrom);
            Text(DocumentFields.Notes, new(path, "notes"), o.Notes);

            if (o.Stage == Stage.Accepted)
            {
                if (accepted >= 0) Rule(path + ".stage", $"only one opportunity can be accepted, and opportunities[{accepted}] already is");
                else accepted = i;
            }

            switch (o.Stage)
            {
                case Stage.Offer or Stage.Accepted when o.Offer is null:
                    Rule(path + ".offer", $"is required when the stage is {Wording.Code(o.Stage)}");
                    break;
                case Stage.Offer or Stage.Accepted when o.Offer!.Status == OfferStatus.Expected:
                    Rule(path + ".offer.status", $"must be verbal, written or signed when the stage is {Wording.Code(o.Stage)}");
                    break;
                case Stage.Applied or Stage.Interviewing when o.Offer is { Status: not OfferStatus.Expected }:
                    Rule(path + ".offer.status", $"an offer that is {Wording.Code(o.Offer.Status)} needs the stage offer (or accepted), not {Wording.Code(o.Stage)}");
                    break;
            }

            if (o.Process is { } pr)
            {
                Number(DocumentFields.TotalSteps, new(path, "process.totalSteps"), pr.TotalSteps);
                Number(DocumentFields.CompletedSteps, new(path, "process.completedSteps"), pr.CompletedSteps);
                Date(new(path, "process.decisionBy"), pr.DecisionBy);
                if (pr.CompletedSteps is { } c and >= 0 && pr.TotalSteps is { } t and >= 1 && c > t)
                    Rule(path + ".process.completedSteps", $"{c} is more than totalSteps ({t})");
            }

            Count(DocumentFields.Contacts, new(path, "contacts"), o.Contacts.Count);
            for (var c = 0; c < o.Contacts.Count; c++)
            {
                var contact = o.Contacts[c];
                if (string.IsNullOrWhiteSpace(contact.Name)) Field(new(path, "name", "contacts", c), "a contact needs a name");
                else Text(DocumentFields.ContactName, new(path, "name", "contacts", c), contact.Name);
                Text(DocumentFields.ContactPhone, new(path, "phone", "contacts", c), contact.Phone);
                Text(DocumentFields.ContactEmail, new(path, "email", "contacts", c), contact.Email);
                Text(DocumentFields.ContactGreeting, new(path, "greeting", "contacts", c), contact.Greeting);
            }

            Count(DocumentFields.Interviews, new(path, "interviews"), o.Interviews.Count);
            for (var n = 0; n < o.Interviews.Count; n++)
            {
                Date(new(path, "at", "interviews", n), o.Interviews[n].At.Date);
                Text(DocumentFields.InterviewKind, new(path, "kind", "interviews", n), o.Interviews[n].Kind);
            }

            if (o.Offer is { } f)
            {
                Date(new(path, "offer.deadline"), f.Deadline);
                Date(new(path, "offer.startDate"), f.StartDate);
                Text(DocumentFields.Title, new(path, "offer.title"), f.Title);
                Number(DocumentFields.BaseSalary, new(path, "offer.baseSalary"), f.BaseSalary);
                Number(DocumentFields.BonusTargetPercent, new(path, "offer.bonusTargetPercent"), f.BonusTargetPercent);
                Number(DocumentFields.SigningBonus, new(path, "offer.signingBonus"), f.SigningBonus);
                Number(DocumentFields.EquityPerYear, new(path, "offer.equityPerYear"), f.EquityPerYear);
                Number(DocumentFields.PtoDays, new(path, "offer.ptoDays"), f.PtoDays);
                Number(DocumentFields.GrantValue, new(path, "offer.grantValue"), f.GrantValue);
                Number(DocumentFields.VestingYears, new(path, "offer.vestingYears"), f.VestingYears);
                Number(DocumentFields.CliffMonths, new(path, "offer.cliffMonths"), f.CliffMonths);
                Count(DocumentFields.VestingSplit, new(path, "offer.vestingSplit"), f.VestingSplit.Count);
                for (var v = 0; v < f.VestingSplit.Count; v++)
                    Number(DocumentFields.VestingShare, new(path, $"offer.vestingSplit[{v}]"), f.VestingSplit[v]);
                GrantRules(path, f, Rule);
                Count(DocumentFields.Ratings, new(path, "offer.ratings"), f.Ratings.Count);
                var rated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var r = 0; r < f.Ratings.Count; r++)
                {
                    var rating = f.Ratings[r];
                    Number(DocumentFields.Rating, new(path, $"offer.ratings[{r}].rating"), rating.Rating);
                    if (!matters.ContainsKey(rating.Matter.Trim()))
                        Rule($"{path}.offer.ratings[{r}].matter", matters.Count == 0
                            ? $"\"{Clip(rating.Matter)}\" is not in whatMatters, which is empty: name what matters to you first"
                            : $"\"{Clip(rating.Matter)}\" is not one of the things in whatMatters ({string.Join(", ", p.WhatMatters.Select(x => x.Name))})");
                    else if (!rated.Add(rating.Matter.Trim()))
                        Rule($"{path}.offer.ratings[{r}].matter", $"\"{Clip(rating.Matter)}\" is rated more than once");
                }
                if (f.Currency is { } cur && !CurrencyPattern().IsMatch(cur))
                    Field(new(path, "offer.currency"), $"\"{Clip(cur)}\" is not a currency code: three capital letters, like USD or EUR");
                Text(DocumentFields.Location, new(path, "offer.location"), f.Location);
                Text(DocumentFields.OfferNote, new(path, "offer.note"), f.Note);
            }

            Count(DocumentFields.Events, new(path, "events"), o.Events.Count);
            for (var e = 0; e < o.Events.Count; e++)
            {
                Date(new(path, "on", "events", e), o.Events[e].On);
                Text(DocumentFields.EventNote, new(path, "note", "events", e), o.Events[e].Note);
                if (o.Events[e].Outcome is not null && o.Events[e].Kind != EventKind.AccelerateCall)
                    Rule($"{path}.events[{e}].outcome", $"only an accelerate-call has an outcome, not a {Wording.Code(o.Events[e].Kind)}");
                if (o.Events[e].Kind == EventKind.OfferWithdrawn && o.Stage != Stage.Rejected)
                    Rule($"{path}.events[{e}].kind", $"an offer-withdrawn event needs the stage rejected, not {Wording.Code(o.Stage)}");
            }
        }
        return found;
    }

    /// <summary>
    /// A grant's parts fit together: a split, years or a cliff belong to a grant with a value; the
    /// split adds up to 100 and has one share per year; the cliff falls within the vesting.
    /// </summary>
    private static void GrantRules(string path, Offer f, Action<string, string> rule)
    {
        var at = path + ".offer.";
        if (f.GrantValue is null)
        {
            if (f.VestingSplit.Count > 0 || f.VestingYears is not null || f.CliffMonths is not null)
                rule(at + "grantValue", "is required with vestingYears, cliffMonths or vestingSplit: give the grant's whole value");
            return;
        }
        if (f.VestingSplit.Count > 0)
        {
            var sum = f.VestingSplit.Sum();
            if (Math.Abs(sum - 100m) > 0.01m) rule(at + "vestingSplit", $"adds up to {N(sum)}%: the yearly shares must add up to 100%");
            if (f.VestingYears is { } years && years != f.VestingSplit.Count)
                rule(at + "vestingYears", $"is {years}, but vestingSplit gives {f.VestingSplit.Count} yearly shares: give one share per year");
        }
        var vestingYears = f.VestingYears ?? (f.VestingSplit.Count > 0 ? f.VestingSplit.Count : 4);
        if (f.CliffMonths is { } cliff && cliff > vestingYears * 12 && vestingYears is >= 1 and <= Limits.MaxVestingYears)
            rule(at + "cliffMonths", $"{cliff} months is longer than the vesting ({vestingYears} years)");
    }

    /// <summary>
    /// Where a field is (<c>{Parent}.{Name}</c>, or <c>{Parent}.{List}[{Item}].{Name}</c>), written
    /// out only for a problem: a valid search of thousands of companies has tens of thousands of fields.
    /// </summary>
    private readonly record struct At(string Parent, string Name, string? List = null, int Item = -1)
    {
        public override string ToString()
        {
            var owner = List is null ? Parent : Parent.Length == 0 ? $"{List}[{Item}]" : $"{Parent}.{List}[{Item}]";
            return owner.Length == 0 ? Name : Name.Length == 0 ? owner : $"{owner}.{Name}";
        }
    }

    /// <summary>
    /// Why a string cannot be kept, if it cannot: a lone half of a surrogate pair (no UTF-8 can
    /// carry it, so the document would not save or read back) or a control character other than
    /// tab, newline and carriage return (invisible, and refused by calendar and mail formats).
    /// </summary>
    public static string? TextProblem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                return "contains a broken character (half of a pair): retype it";
            }
            if (char.IsLowSurrogate(c)) return "contains a broken character (half of a pair): retype it";
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return $"contains an invisible control character (U+{(int)c:X4}) that cannot be kept: remove it";
        }
        return null;
    }

    private static string N(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Clip(string s)
    {
        var clean = new string([.. s.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
        return s.Length <= 40 ? clean : clean + "…";
    }
}
