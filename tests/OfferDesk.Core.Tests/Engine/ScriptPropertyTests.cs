using FsCheck;
using FsCheck.Fluent;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// The contract over generated searches: whatever the search, the advice keeps every invariant the
/// contract's checker knows. Among them: at most one conversation per company per day (V1), every date
/// a script proposes on a working day (V5), every phone move reachable and every channel usable (V4),
/// and section 3.1 (no ISO date, no claim of contact the record does not back, "first choice" only for
/// the top choice, the greeting form with V10 and V14, capitalised subjects, the length limits).
/// </summary>
public class ScriptPropertyTests
{
    private static readonly string[] Names =
        ["Dana Ruiz", "Ms Jo Park", "Dr Kim Osei", "Prof. Ada Lovelace PhD", "Mr. Sam Smith Jr.", "Dr", "Lee", "Rev Ann Marie Cole III", "Mx. Robin Sky",
         "Dr. Pieter van der Berg", "Talent Team", "Careers", "HR"];

    private static readonly DateOnly Base = new(2026, 11, 20);

    private static Gen<Contact> ContactGen =>
        from name in Gen.Elements(Names)
        from role in Gen.Elements<ContactRole?>(ContactRole.HiringManager, ContactRole.Recruiter, ContactRole.Interviewer, null)
        from how in Gen.Choose(0, 3)
        from greeting in Gen.Elements<string?>(null, null, null, "Dr. van der Berg", "Jo")
        select new Contact { Name = name, Role = role, Phone = (how & 1) != 0 ? "+1 555 0100" : null, Email = (how & 2) != 0 ? "x@example.com" : null, Greeting = greeting };

    private static Gen<Interview> InterviewGen =>
        from day in Gen.Choose(-20, 12)
        from status in Gen.Elements(InterviewStatus.Done, InterviewStatus.Scheduled, InterviewStatus.Cancelled)
        from thanked in Gen.Elements<bool?>(true, false, null)
        select new Interview { At = new InterviewTime(Base.AddDays(day), null), Status = status, ThankYouSent = thanked };

    private static Gen<Event> EventGen =>
        from day in Gen.Choose(-30, 0)
        from kind in Gen.Elements(EventKind.AccelerateCall, EventKind.Decline, EventKind.FollowUp, EventKind.StatusCheck, EventKind.KeepInTouch,
            EventKind.Negotiation, EventKind.DeferralNotice, EventKind.Withdrawal, EventKind.CancelInterview, EventKind.OfferWithdrawn, EventKind.Note)
        from outcome in Gen.Elements<CallOutcome?>(CallOutcome.OfferMade, CallOutcome.NoTimeline, CallOutcome.TakeOtherOffer, null)
        select new Event { On = Base.AddDays(day), Kind = kind, Outcome = kind == EventKind.AccelerateCall ? outcome : null };

    private static Gen<Offer> OfferGen(bool held) =>
        from status in held ? Gen.Elements(OfferStatus.Verbal, OfferStatus.Written, OfferStatus.Signed) : Gen.Constant(OfferStatus.Expected)
        from deadline in Gen.Elements<int?>(null, -3, -1, 0, 1, 2, 5, 40)
        from start in Gen.Elements<int?>(null, 30, 400)
        from pay in Gen.Elements<decimal?>(null, 90000m, 120000m, 150000m)
        from money in Gen.Elements(true, false)
        select new Offer
        {
            Status = status,
            Deadline = deadline is { } d ? Base.AddDays(d) : null,
            StartDate = start is { } s ? Base.AddDays(s) : null,
            BaseSalary = pay,
            Currency = "USD",
            Shortfalls = money ? [Shortfall.Money] : [],
        };

    private static Gen<Opportunity> OpportunityGen(int index) =>
        from stage in Gen.Elements(Stage.Applied, Stage.Interviewing, Stage.Offer, Stage.Offer, Stage.Declined, Stage.Withdrawn, Stage.Rejected)
        from role in Gen.Elements<string?>(null, "Staff Engineer", "Principal Engineer, Platform")
        from ranked in Gen.Elements(true, true, false)
        from wouldAccept in Gen.Elements<bool?>(true, false, null)
        from nc in Gen.Choose(0, 2)
        from contacts in Gen.ListOf(ContactGen, nc)
        from ni in Gen.Choose(0, 4)
        from interviews in Gen.ListOf(InterviewGen, ni)
        from ne in Gen.Choose(0, 3)
        from events in Gen.ListOf(EventGen, ne)
        from offer in OfferGen(stage == Stage.Offer)
        from applied in Gen.Elements<int?>(null, -20, -6, -2)
        from steps in Gen.Elements<int?>(null, 3, 4)
        from decide in Gen.Elements<int?>(null, null, -5, -1, 0, 2, 6, 30)
        from heard in Gen.Elements<int?>(null, null, -12, -3, -1)
        select new Opportunity
        {
            Id = $"co-{index}",
            Company = $"Company {(char)('A' + index)}",
            Role = role,
            Preference = ranked ? index + 1 : null,
            Stage = stage,
            WouldAccept = wouldAccept,
            AppliedOn = applied is { } a ? Base.AddDays(a) : null,
            LastHeardFrom = heard is { } h ? Base.AddDays(h) : null,
            Process = steps is { } t ? new Process { TotalSteps = t, CompletedSteps = Math.Min(t, interviews.Count(i => i.Status == InterviewStatus.Done) + 1), DecisionBy = decide is { } db ? Base.AddDays(db) : null }
                : decide is { } only ? new Process { DecisionBy = Base.AddDays(only) } : null,
            // A name that is only a title counts as no name; beside a named contact, the checker would want
            // the script to name someone it cannot greet, so such a contact stands alone.
            Contacts = contacts.Count > 1 ? [.. contacts.Where(c => c.Name != "Dr")] : [.. contacts],
            Interviews = [.. interviews],
            // The document allows a withdrawn offer only where the company said no.
            Events = [.. events.Where(e => e.Kind != EventKind.OfferWithdrawn || stage == Stage.Rejected)],
            Offer = stage == Stage.Offer || stage == Stage.Declined && offer.Deadline is not null ? offer : null,
        };

    private static Gen<(Pipeline, DateOnly)> SearchGen =>
        from count in Gen.Choose(1, 6)
        from opportunities in Gen.CollectToList(Enumerable.Range(0, count), OpportunityGen)
        from accepted in Gen.Elements(-1, -1, 0, 1)
        from unemployed in Gen.Elements(false, true)
        from named in Gen.Elements(true, false)
        from day in Gen.Elements(0, 1, 11, 12, 41, 45)
        select (Build([.. opportunities], accepted, unemployed, named), Base.AddDays(day));

    private static Pipeline Build(List<Opportunity> opportunities, int accepted, bool unemployed, bool named)
    {
        if (accepted >= 0 && accepted < opportunities.Count && opportunities[accepted].Offer is { Status: not OfferStatus.Expected })
            opportunities[accepted].Stage = Stage.Accepted;
        return new Pipeline
        {
            Candidate = new Candidate { Employment = unemployed ? Employment.Unemployed : Employment.Employed, Name = named ? "Sam Lee" : null },
            Opportunities = opportunities,
        };
    }

    [Fact]
    public void EveryAdviceOnEveryGeneratedSearchKeepsTheContract()
    {
        // The searches are made and advised first, then judged in one batch by the contract's checker.
        var cases = new List<(Pipeline Pipeline, DateOnly Today, Advice Advice)>();
        Prop.ForAll(SearchGen.ToArbitrary(), search =>
        {
            var (pipeline, today) = search;
            PipelineRules.Check(pipeline).ShouldBeEmpty("the generator made a search the product would refuse");
            cases.Add((pipeline, today, Advisor.Advise(pipeline, today)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

        var problems = ScriptRules.Problems(cases.Select(c => (c.Pipeline, c.Advice)));
        var failures = cases.Zip(problems).Where(p => p.Second.Count > 0).ToList();
        failures.Count.ShouldBe(0,failures.Count == 0 ? "" :
            $"{failures.Count} of {cases.Count} searches broke the contract:\n{string.Join("\n", failures.SelectMany(f => f.Second).Distinct())}\nThe first:\n"
            + PipelineJson.Serialize(failures[0].First.Pipeline) + "\non " + failures[0].First.Today);
        // The property only means something if the searches made the engine write scripts, merge moves and propose calls.
        cases.Sum(c => c.Advice.Moves.Count(m => m.Script.Length > 0)).ShouldBeGreaterThan(1000);
        cases.Count(c => c.Advice.Moves.Any(m => m.Carries.Count > 0)).ShouldBeGreaterThan(10);
        cases.Count(c => c.Advice.Moves.Any(m => m.Channel == Channel.Phone)).ShouldBeGreaterThan(10);
    }
}
