using System.Text.RegularExpressions;

namespace OfferDesk.Core.Documents;

/// <summary>
/// The document rules of PLAYBOOK section 1 that hold across fields: run after reading a document,
/// and again before saving any edit, so the web app and the CLI refuse the same things.
/// </summary>
public static partial class PipelineRules
{
    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    public static List<Problem> Check(Pipeline p)
    {
        var problems = new List<Problem>();
        void Fail(string path, string message) => problems.Add(new Problem(path, message));

        if (p.Version != 1) Fail("version", $"{p.Version} is not a supported version: expected 1");
        if (p.Candidate.Name is { Length: > 200 }) Fail("candidate.name", "is longer than 200 characters");

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefs = new Dictionary<int, int>();
        var accepted = -1;
        for (var i = 0; i < p.Opportunities.Count; i++)
        {
            var o = p.Opportunities[i];
            var path = $"opportunities[{i}]";
            if (!IsValidId(o.Id))
                Fail(path + ".id", $"\"{o.Id}\" is not a valid id: use 1 to 64 lower-case letters, digits or dashes");
            else if (ids.TryGetValue(o.Id, out var first))
                Fail(path + ".id", $"\"{o.Id}\" is already the id of opportunities[{first}]");
            else ids[o.Id] = i;

            if (string.IsNullOrWhiteSpace(o.Company)) Fail(path + ".company", "may not be empty");
            else if (o.Company.Length > 200) Fail(path + ".company", "is longer than 200 characters");

            if (o.Preference is { } pref)
            {
                if (pref < 1) Fail(path + ".preference", $"{pref} is not allowed: 1 is the top choice, and numbers go up from there");
                else if (prefs.TryGetValue(pref, out var other))
                    Fail(path + ".preference", $"{pref} is already the preference of opportunities[{other}]");
                else prefs[pref] = i;
            }

            if (o.Stage == Stage.Accepted)
            {
                if (accepted >= 0) Fail(path + ".stage", $"only one opportunity can be accepted, and opportunities[{accepted}] already is");
                else accepted = i;
            }

            switch (o.Stage)
            {
                case Stage.Offer or Stage.Accepted when o.Offer is null:
                    Fail(path + ".offer", $"is required when the stage is {Wording.Code(o.Stage)}");
                    break;
                case Stage.Offer or Stage.Accepted when o.Offer!.Status == OfferStatus.Expected:
                    Fail(path + ".offer.status", $"must be verbal, written or signed when the stage is {Wording.Code(o.Stage)}");
                    break;
                case Stage.Applied or Stage.Interviewing when o.Offer is { Status: not OfferStatus.Expected }:
                    Fail(path + ".offer.status", $"an offer that is {Wording.Code(o.Offer.Status)} needs the stage offer (or accepted), not {Wording.Code(o.Stage)}");
                    break;
            }

            if (o.Process is { } pr)
            {
                if (pr.TotalSteps is < 1) Fail(path + ".process.totalSteps", $"{pr.TotalSteps} is not allowed: at least 1");
                if (pr.CompletedSteps is < 0) Fail(path + ".process.completedSteps", $"{pr.CompletedSteps} is not allowed: at least 0");
                else if (pr.CompletedSteps is { } c && pr.TotalSteps is { } t and >= 1 && c > t)
                    Fail(path + ".process.completedSteps", $"{c} is more than totalSteps ({t})");
            }

            for (var c = 0; c < o.Contacts.Count; c++)
                if (string.IsNullOrWhiteSpace(o.Contacts[c].Name))
                    Fail($"{path}.contacts[{c}].name", "a contact needs a name");

            if (o.Offer is { } f)
            {
                var op = path + ".offer";
                NonNegative(f.BaseSalary, op + ".baseSalary");
                NonNegative(f.BonusTargetPercent, op + ".bonusTargetPercent");
                NonNegative(f.SigningBonus, op + ".signingBonus");
                NonNegative(f.EquityPerYear, op + ".equityPerYear");
                if (f.Currency is { } cur && !CurrencyPattern().IsMatch(cur))
                    Fail(op + ".currency", $"\"{cur}\" is not a currency code: three capital letters, like USD or EUR");
            }

            for (var e = 0; e < o.Events.Count; e++)
                if (o.Events[e].Outcome is not null && o.Events[e].Kind != EventKind.AccelerateCall)
                    Fail($"{path}.events[{e}].outcome", $"only an accelerate-call has an outcome, not a {Wording.Code(o.Events[e].Kind)}");
        }
        return problems;

        void NonNegative(decimal? value, string path)
        {
            if (value is < 0) Fail(path, $"{value} is negative: amounts are 0 or more");
        }
    }
}
