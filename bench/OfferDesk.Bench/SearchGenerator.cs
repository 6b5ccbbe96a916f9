using OfferDesk.Core.Model;

namespace OfferDesk.Bench;

/// <summary>
/// A large, realistic search made up deterministically from a seed: most opportunities applied or
/// interviewing, about one in ten holding an offer, the rest closed; about two thirds ranked;
/// interviews and events spread over the weeks around today. The same seed gives the same search.
/// </summary>
public static class SearchGenerator
{
    private static readonly string[] Kinds = ["phone screen", "video", "technical", "onsite", "final"];
    private static readonly string[] Names = ["Dana Ruiz", "Priya Nair", "Lee Chen", "Sam Okafor", "Ana Silva", "Kim Park"];

    public static Pipeline Create(int count, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var ranks = Enumerable.Range(1, count).OrderBy(_ => random.Next()).ToArray();
        var pipeline = new Pipeline
        {
            Version = 1,
            Candidate = new Candidate { Employment = Employment.Employed, Name = "Sam Lee" },
        };
        for (var i = 0; i < count; i++)
            pipeline.Opportunities.Add(Opportunity(random, i, random.NextDouble() < 0.65 ? ranks[i] : null, today));
        return pipeline;
    }

    private static Opportunity Opportunity(Random r, int i, int? preference, DateOnly today)
    {
        DateOnly Day(int from, int to) => today.AddDays(r.Next(from, to + 1));
        var roll = r.NextDouble();
        var stage = roll switch
        {
            < 0.30 => Stage.Applied,
            < 0.62 => Stage.Interviewing,
            < 0.72 => Stage.Offer,
            < 0.80 => Stage.Declined,
            < 0.93 => Stage.Rejected,
            _ => Stage.Withdrawn,
        };
        var o = new Opportunity
        {
            Id = $"opp-{i}",
            Company = $"Company {i}",
            Role = r.NextDouble() < 0.8 ? "Senior Engineer" : null,
            Preference = preference,
            Stage = stage,
            AppliedOn = Day(-60, -3),
            LastHeardFrom = r.NextDouble() < 0.7 ? Day(-20, 0) : null,
            WouldAccept = r.Next(3) switch { 0 => true, 1 => false, _ => null },
        };
        if (r.NextDouble() < 0.5)
        {
            var total = r.Next(2, 6);
            o.Process = new Process { TotalSteps = total, CompletedSteps = r.NextDouble() < 0.5 ? r.Next(0, total + 1) : null };
        }
        for (var c = r.Next(0, 3); c > 0; c--)
        {
            var role = (ContactRole)r.Next(4);
            o.Contacts.Add(new Contact { Name = Names[r.Next(Names.Length)], Role = role, Phone = r.NextDouble() < 0.5 ? "+1 555 0100" : null });
        }
        if (stage != Stage.Applied)
        {
            for (var k = r.Next(1, 5); k > 0; k--)
            {
                var upcoming = r.NextDouble() < 0.3;
                o.Interviews.Add(new Interview
                {
                    At = InterviewTime.OnDate(upcoming ? Day(0, 14) : Day(-30, -1)),
                    Kind = Kinds[r.Next(Kinds.Length)],
                    Status = upcoming ? InterviewStatus.Scheduled : r.NextDouble() < 0.9 ? InterviewStatus.Done : InterviewStatus.Cancelled,
                    ThankYouSent = r.NextDouble() < 0.6 ? true : null,
                });
            }
        }
        if (stage == Stage.Offer || (stage == Stage.Interviewing && r.NextDouble() < 0.1))
        {
            var offer = new Offer
            {
                Status = stage == Stage.Interviewing ? OfferStatus.Expected : r.NextDouble() < 0.25 ? OfferStatus.Verbal : OfferStatus.Written,
                Deadline = r.NextDouble() < 0.8 ? Day(-3, 14) : null,
                StartDate = r.NextDouble() < 0.7 ? Day(30, 60) : null,
                BaseSalary = 80000 + 1000 * r.Next(0, 120),
                Currency = r.NextDouble() < 0.9 ? "USD" : "EUR",
            };
            if (r.NextDouble() < 0.4) offer.Shortfalls.Add((Shortfall)r.Next(5));
            if (r.NextDouble() < 0.2 && !offer.Shortfalls.Contains(Shortfall.Money)) offer.Shortfalls.Add(Shortfall.Money);
            o.Offer = offer;
        }
        for (var e = r.Next(0, 4); e > 0; e--)
        {
            var kind = (EventKind)r.Next(Enum.GetValues<EventKind>().Length);
            o.Events.Add(new Event
            {
                On = Day(-40, 0),
                Kind = kind,
                Outcome = kind == EventKind.AccelerateCall ? (CallOutcome)r.Next(3) : null,
            });
        }
        return o;
    }
}
