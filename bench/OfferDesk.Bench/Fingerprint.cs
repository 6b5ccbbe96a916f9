using System.Security.Cryptography;
using System.Text;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;
using OfferDesk.Core.Playbook;

namespace OfferDesk.Bench;

/// <summary>
/// One hash over everything the engine writes for many varied generated searches: the advice
/// document with every script, what each move absorbed, and every rule's own script and refusal at
/// a sample of opportunities. Run before and after a change to the engine's internals: the same
/// hash means the same output, byte for byte. The searches vary what the generator keeps fixed:
/// the day (December and the turn of the year often), employment, the candidate's and contacts'
/// names, emails, currencies, events, an acceptance (solid or not) and unranked opportunities.
/// </summary>
public static class Fingerprint
{
    private static readonly int[] Sizes = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100, 300];
    private static readonly string[] Names = ["Dana Ruiz", "Ms Jo Park", "Dr. Lee Chen Jr.", "Sam", "Prof", "  ", "Mx Ana Silva, PhD", "Kim Park III"];

    public static (string Hash, long Chars) Of(int searches)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long chars = 0;
        for (var seed = 0; seed < searches; seed++)
        {
            var text = Describe(seed);
            chars += text.Length;
            sha.AppendData(Encoding.UTF8.GetBytes(text));
        }
        return (Convert.ToHexString(sha.GetHashAndReset()), chars);
    }

    private static string Describe(int seed)
    {
        var r = new Random(seed * 7919 + 13);
        var size = seed % 50 == 49 ? 1000 : Sizes[r.Next(Sizes.Length)];
        var today = r.Next(4) switch
        {
            0 => new DateOnly(2026, 12, 1).AddDays(r.Next(0, 31)),
            1 => new DateOnly(2027, 1, 1).AddDays(r.Next(0, 10)),
            _ => new DateOnly(2026, 1, 1).AddDays(r.Next(0, 365)),
        };
        var p = SearchGenerator.Create(size, seed, today);
        p.Candidate.Employment = r.Next(3) == 0 ? Employment.Unemployed : Employment.Employed;
        p.Candidate.Name = r.Next(5) switch { 0 => null, 1 => "  ", 2 => " Sam Lee ", _ => "Alex Kim" };
        foreach (var o in p.Opportunities)
        {
            if (r.Next(4) == 0) o.Role = r.Next(3) == 0 ? " " : "Staff Engineer";
            foreach (var c in o.Contacts)
            {
                if (r.Next(3) == 0) c.Name = Names[r.Next(Names.Length)];
                if (r.Next(3) == 0) c.Email = "x@example.com";
                if (r.Next(4) == 0) c.Phone = null;
            }
            if (r.Next(6) == 0 && o is { Stage: Stage.Offer, Offer: { Status: not OfferStatus.Expected } offer } && r.Next(3) == 0) offer.Currency = null;
            if (r.Next(10) == 0) o.Events.Add(new Event { On = today.AddDays(-r.Next(0, 120)), Kind = EventKind.Decline });
            if (r.Next(10) == 0) o.Events.Add(new Event { On = today.AddDays(-r.Next(0, 120)), Kind = EventKind.KeepInTouch });
            if (r.Next(12) == 0) o.Events.Add(new Event { On = today.AddDays(-r.Next(0, 20)), Kind = EventKind.AccelerateCall, Outcome = (CallOutcome)r.Next(3) });
            if (r.Next(15) == 0) o.Events.Add(new Event { On = today.AddDays(-r.Next(0, 20)), Kind = EventKind.CancelInterview });
            if (r.Next(15) == 0) o.Events.Add(new Event { On = today.AddDays(-r.Next(0, 20)), Kind = EventKind.StatusCheck });
        }
        if (r.Next(3) == 0 && p.Opportunities.Where(o => o is { Stage: Stage.Offer, Offer.Status: not OfferStatus.Expected }).ToList() is { Count: > 0 } offers)
        {
            var a = offers[r.Next(offers.Count)];
            a.Stage = Stage.Accepted;
            if (r.Next(2) == 0) (a.Offer!.Status, a.Offer.StartDate) = (OfferStatus.Signed, today.AddDays(20));
            else if (r.Next(2) == 0) a.Offer!.StartDate = null;
        }
        if (r.Next(5) == 0)
            foreach (var o in p.Opportunities)
                if (r.Next(2) == 0) o.Preference = null;

        var b = new StringBuilder();
        var advice = Advisor.Advise(p, today);
        b.Append(AdviceJson.Serialize(advice)).Append('\n');
        foreach (var m in advice.Moves.Concat(advice.Upcoming))
            b.Append(m).Append('|').Append(string.Join(",", m.Carries)).Append('\n');
        var s = new Situation(p, today);
        var sample = p.Opportunities.Count <= 20 ? p.Opportunities : [.. p.Opportunities.Where((_, i) => i % 37 == 0)];
        foreach (var o in sample)
            foreach (var rule in Playbook.Rules)
            {
                var refusal = rule.RefuseScript(s, o);
                b.Append(rule.Code).Append('/').Append(o.Id).Append(": ").Append(refusal ?? "-").Append('\n');
                if (refusal is null) b.Append(rule.Script(s, o)).Append('\n');
            }
        return b.ToString();
    }
}
