using OfferDesk.Core.Playbook.Moves;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// The situation answers some questions from tallies and indexes made once, so advice on a large
/// search stays linear. Each answer must equal the playbook's definition, written here as plainly
/// as the contract words it, on thousands of small random searches (fixed seeds, so a failure repeats).
/// </summary>
public class ShortcutTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 20).Select(i => i * 1000));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryShortcutAgreesWithItsDefinition(int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + 100; seed++)
        {
            var pipeline = RandomSearch(new Random(seed));
            var s = new Situation(pipeline, Day.Today);
            var all = pipeline.Opportunities;
            foreach (var o in all)
            {
                var where = $"seed {seed}, {o.Id}";
                s.AnyMorePreferredLive(o).ShouldBe(all.Any(x => x != o && s.IsLive(x) && Situation.IsMorePreferred(x, o)), where);
                s.AnyMorePreferredInPlay(o).ShouldBe(all.Any(x => x != o && s.IsInPlay(x) && Situation.IsMorePreferred(x, o)), where);
                s.IsAheadOfEveryOtherInPlay(o).ShouldBe(all.All(x => x == o || !s.IsInPlay(x) || Situation.IsMorePreferred(o, x)), where);
                s.AnyMorePreferredInProcess(o).ShouldBe(all.Any(x => x != o && s.IsInProcess(x) && Situation.IsMorePreferred(x, o)), where);
                foreach (var outcome in Enum.GetValues<CallOutcome>())
                    s.MorePreferredHeard(o, outcome).ShouldBe(all.Any(x => Situation.IsMorePreferred(x, o)
                        && LatestCall(x)?.Outcome == outcome), where);
                s.AnotherInProcess(o).ShouldBe(all.Any(x => x != o && s.IsInProcess(x)), where);
                s.AnotherOpenHasUpcomingInterview(o).ShouldBe(all.Any(x => x != o && Situation.IsOpen(x) && s.HasUpcomingInterview(x)), where);
                s.IsAccelerateTarget(o).ShouldBe(s.AccelerateTargets.Contains(o), where);
                s.Find(o.Id).ShouldBeSameAs(pipeline.Find(o.Id), where);
                AcceleratePreferred.CitedOffer(s, o).ShouldBeSameAs(
                    Situation.MostPreferred(all.Where(x => x != o && s.IsCurrentHeldOffer(x) && x.WouldAccept != false && Situation.HasFigures(x) && Situation.IsMorePreferred(o, x))), where);
                foreach (var currentOnly in new[] { true, false })
                    NegotiateWithOffer.Competing(s, o, currentOnly).ShouldBeSameAs(Competing(s, o, currentOnly), $"{where}, current only {currentOnly}");
            }
        }
    }

    /// <summary>The competing offer as PLAYBOOK section 3 words it, one pass over the search.</summary>
    private static Opportunity? Competing(Situation s, Opportunity o, bool currentOnly)
    {
        if (o.Offer?.BaseSalary is not { } mine) return null;
        Opportunity? best = null;
        foreach (var x in s.All)
        {
            if (x == o || !(currentOnly ? s.IsCurrentHeldOffer(x) : Situation.IsHeldOffer(x)) || !Situation.IsMorePreferred(o, x)) continue;
            if (x.Offer?.BaseSalary is not { } theirs || theirs <= mine) continue;
            if (o.Offer.Currency is { } a && x.Offer.Currency is { } b && a != b) continue;
            if (best is null || theirs > best.Offer!.BaseSalary) best = x;
        }
        return best;
    }

    /// <summary>
    /// A small search where the interesting cases are common: few ranks (some missing), offers with
    /// equal salaries in two currencies or none, deadlines around today, and accelerate-calls.
    /// </summary>
    private static Pipeline RandomSearch(Random r)
    {
        var count = r.Next(1, 12);
        var ranks = Enumerable.Range(1, count).OrderBy(_ => r.Next()).ToArray();
        var opportunities = new List<Opportunity>();
        for (var i = 0; i < count; i++)
        {
            var stage = (Stage)r.Next(7);
            var o = Opp.InStage($"o{i}", stage);
            if (r.Next(3) > 0) o.Preference = ranks[i];
            if (stage is Stage.Offer or Stage.Accepted || r.Next(6) == 0)
            {
                o.Offer = new Offer
                {
                    Status = stage is Stage.Offer or Stage.Accepted ? (OfferStatus)r.Next(1, 4) : OfferStatus.Expected,
                    Deadline = r.Next(4) == 0 ? null : Day.In(r.Next(-3, 5)),
                    BaseSalary = r.Next(4) switch { 0 => null, 1 => 100000, 2 => 120000, _ => 90000 + 5000 * r.Next(8) },
                    Currency = r.Next(3) switch { 0 => null, 1 => "USD", _ => "EUR" },
                };
            }
            for (var k = r.Next(3); k > 0; k--)
                o.InterviewAt(InterviewTime.OnDate(Day.In(r.Next(-5, 5))), (InterviewStatus)r.Next(3));
            for (var k = r.Next(3); k > 0; k--)
                o.Called(Day.Ago(r.Next(4)), r.Next(4) == 0 ? null : (CallOutcome)r.Next(3));
            opportunities.Add(o);
        }
        return Search.Of([.. opportunities]).Pipeline;
    }

    /// <summary>The latest accelerate-call by date, the later in the list on a tie (only it counts, contract v2).</summary>
    private static Event? LatestCall(Opportunity o) =>
        o.Events.Select((e, i) => (e, i)).Where(x => x.e.Kind == EventKind.AccelerateCall)
            .OrderBy(x => x.e.On).ThenBy(x => x.i).Select(x => x.e).LastOrDefault();
}
