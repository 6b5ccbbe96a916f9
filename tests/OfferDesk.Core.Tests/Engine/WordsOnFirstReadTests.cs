namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// The moves made in numbers write their summary and reason when a face first reads them
/// (<see cref="MoveRule.Describe"/>), after the advice is made, while the situation changed as the
/// rules proposed. The words must still be the day's: the same as a fresh situation of the same
/// search and day gives, in whatever order the moves are read, and the same as the words of a
/// second advice read at once.
/// </summary>
public class WordsOnFirstReadTests
{
    private static readonly string[] Names = ["Dana Ruiz", "Ms Jo Park", "Dr. Lee Chen Jr.", "Sam"];

    [Theory]
    [InlineData(2026, 3, 10)]
    [InlineData(2026, 12, 15)]
    public void WordsReadAfterTheAdviceAreTheWordsOfAFreshSituation(int year, int month, int day)
    {
        var today = new DateOnly(year, month, day);
        var described = new HashSet<MoveCode>();
        for (var seed = 0; seed < 300; seed++)
        {
            var search = RandomSearch(new Random(seed), today);
            var pipeline = search.Pipeline;
            var advice = search.AdviseOn(today);
            var again = Advisor.Advise(pipeline, today).Moves.Select(m => (m.Summary, m.Why)).ToList();
            var fresh = new Situation(pipeline, today);
            // Read last to first, scripts before words: the order may not matter.
            foreach (var m in advice.Moves.Concat(advice.Upcoming).Reverse())
            {
                _ = m.Script;
                var rule = OfferDesk.Core.Playbook.Playbook.Rule(m.Code);
                var o = pipeline.Find(m.Opportunity)!;
                if (WordsOf(rule, fresh, o) is not { } words) continue;
                // V1: one conversation's reason also names each job it carries.
                if (m.Carries.Count > 0) words.Why = Words.Join(words.Why, MoveRule.CarriedWhy(fresh, o, m.Carries));
                (m.Summary, m.Why).ShouldBe(words, $"seed {seed}, {m.CodeText}/{m.Opportunity}");
                described.Add(m.Code);
            }
            advice.Moves.Select(m => (m.Summary, m.Why)).ShouldBe(again, $"seed {seed}");
        }
        described.ShouldBe(
            [MoveCode.FollowUp, MoveCode.AskAboutProcess, MoveCode.KeepInterviewing, MoveCode.DeferOffer,
             MoveCode.KeepInTouch, MoveCode.CancelInterview, MoveCode.SendThankYou,
             // v3 (V12): a declined or withdrawn search that heard from them after the parting.
             MoveCode.ReplyToOutreach], ignoreOrder: true);
    }

    /// <summary>The rule's words written on a fresh situation, or null for a rule that writes them as it proposes.</summary>
    private static (string Summary, string Why)? WordsOf(MoveRule rule, Situation s, Opportunity o)
    {
        try
        {
            return rule.Describe(s, o);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A small search where every move written on first read is common.</summary>
    private static Search RandomSearch(Random r, DateOnly today)
    {
        DateOnly In(int days) => today.AddDays(days);
        var count = r.Next(2, 10);
        var opportunities = new List<Opportunity>();
        for (var i = 0; i < count; i++)
        {
            var stage = r.Next(10) switch { < 4 => Stage.Interviewing, < 6 => Stage.Applied, < 8 => Stage.Offer, 8 => Stage.Declined, _ => Stage.Withdrawn };
            var o = Opp.InStage($"o{i}", stage).HeardFrom(In(-r.Next(0, 15)));
            if (r.Next(3) > 0) o.Preference = i + 1;
            if (r.Next(3) > 0) o.WouldAccept = r.Next(2) == 0;
            if (r.Next(2) == 0) o.WithContact(Names[r.Next(Names.Length)], (ContactRole)r.Next(4));
            if (r.Next(3) == 0) o.Steps(total: r.Next(2, 5), completed: r.Next(0, 2));
            if (stage == Stage.Offer)
                o.Offer = new Offer { Status = (OfferStatus)r.Next(1, 4), Deadline = r.Next(4) == 0 ? null : In(r.Next(0, 6)) };
            else if (stage == Stage.Interviewing && r.Next(4) == 0)
                o.Offer = new Offer { Status = OfferStatus.Expected };
            if (stage != Stage.Applied)
                for (var k = r.Next(3); k > 0; k--)
                {
                    var past = r.Next(2) == 0;
                    o.InterviewAt(InterviewTime.OnDate(past ? In(-r.Next(1, 9)) : In(r.Next(0, 5))),
                        past ? InterviewStatus.Done : InterviewStatus.Scheduled, thanked: past && r.Next(2) == 0 ? true : null);
                }
            if (stage == Stage.Declined) o.Logged(EventKind.Decline, In(-r.Next(0, 120)));
            opportunities.Add(o);
        }
        return Search.Of([.. opportunities]);
    }
}
