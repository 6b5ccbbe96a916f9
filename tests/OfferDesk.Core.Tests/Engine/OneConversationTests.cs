using System.Text.RegularExpressions;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// V1, one conversation per opportunity per day: what is due today or earlier at one opportunity is
/// one move that carries the rest; "Done" logs every carried member's event and that of each member
/// dropped because the lead does its job.
/// </summary>
public class OneConversationTests
{
    private static List<EventKind> Logged(Opportunity o) => [.. o.Events.Where(e => e.On == Day.Today).Select(e => e.Kind)];

    [Fact]
    public void TheCancellationCarriesTheKeepInTouchAndDoneLogsBoth()
    {
        var search = Search.Of(Opp.Accepted("acme").Preferred(1), Opp.InStage("golf", Stage.Declined).InterviewScheduled(Day.In(4)));

        var move = search.Advise().ShouldPropose("cancel-interview", "golf");
        move.Carries.ShouldBe([MoveCode.KeepInTouch]);
        move.Why.ShouldContain("One conversation does it all");

        Completion.Complete(search.Pipeline, "cancel-interview", "golf", Day.Today).ShouldBeNull();

        Logged(search["golf"]).ShouldBe([EventKind.CancelInterview, EventKind.KeepInTouch], ignoreOrder: true);
        var after = search.Advise();
        after.ShouldNotPropose("cancel-interview", "golf");
        after.ShouldHaveUpcoming("keep-in-touch", "golf");
    }

    [Fact]
    public void TheMergedMoveTakesTheHighestPriorityAndTheEarliestDueDate()
    {
        // The thank-you was due yesterday (high); the process question (low) is due today.
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2), thanked: false).Interviewed(Day.Ago(30)).HeardFrom(Day.Ago(12))).Advise();

        advice.Moves.Count(m => m.Opportunity == "acme").ShouldBe(1);
        var move = advice.ShouldPropose("send-thank-you", "acme").ShouldBe(Priority.High, Day.Ago(1), Channel.Email);
        move.Carries.ShouldBe([MoveCode.AskAboutProcess]);
        move.Script.ShouldContain(Words.ProcessQuestion);
        Regex.Matches(move.Script, "^Subject: ", RegexOptions.Multiline).Count.ShouldBe(1);
        Regex.Matches(move.Script, "Best regards").Count.ShouldBe(1);
    }

    [Fact]
    public void TheCallToTheFavouriteDropsWhatItAlreadyDoesAndDoneLogsThem()
    {
        // A thank-you is owed; the commitment note would say what the call says.
        var zeta = Opp.Interviewing("zeta").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2).Interviewed(Day.Ago(1), thanked: false)
            .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@zeta.example");
        var search = Search.Of(zeta, Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes());

        var advice = search.Advise();

        var call = advice.ShouldPropose("accelerate-preferred", "zeta").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        call.Carries.ShouldBe([MoveCode.SendThankYou]);
        call.Drops.ShouldBe([MoveCode.SignalCommitment]);
        advice.ShouldNotPropose("signal-commitment");
        advice.ShouldNotPropose("send-thank-you");

        Completion.Complete(search.Pipeline, "accelerate-preferred", "zeta", Day.Today, "no-timeline").ShouldBeNull();

        // The call's own event, the carried thank-you's and the dropped commitment note's.
        Logged(search["zeta"]).ShouldBe([EventKind.AccelerateCall, EventKind.ThankYou, EventKind.CommitmentSignal], ignoreOrder: true);
        search["zeta"].Interviews[0].ThankYouSent.ShouldBe(true);
    }

    [Fact]
    public void BesideTheCallAThankYouAsksNoProcessQuestion()
    {
        // v2 would fold the process question into the thank-you; the call asks where they stand (V1).
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Interviewed(Day.Ago(1), thanked: false)
                .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@zeta.example"),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes());

        var call = search.Advise().ShouldPropose("accelerate-preferred", "zeta");

        call.Carries.ShouldBe([MoveCode.SendThankYou]);
        call.Drops.ShouldBe([MoveCode.AskAboutProcess]);
        call.Script.ShouldNotContain(Words.ProcessQuestion);
        call.Script.ShouldContain("Thank you again for meeting with me");
    }

    [Fact]
    public void ADroppedProcessQuestionIsLoggedAsAStatusCheck()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Interviewed(Day.Ago(20)),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes());

        search.Advise().ShouldPropose("accelerate-preferred", "zeta").Drops.ShouldBe([MoveCode.AskAboutProcess]);

        Completion.Complete(search.Pipeline, "accelerate-preferred", "zeta", Day.Today, "offer-made").ShouldBeNull();

        Logged(search["zeta"]).ShouldBe([EventKind.AccelerateCall, EventKind.StatusCheck], ignoreOrder: true);
    }

    [Fact]
    public void AnAskForTimeDroppedBesideTheNegotiationLogsNothing()
    {
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(1).Paying(120000).FallingShortOn(Shortfall.Money)
                .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example"),
            Opp.Offer("beta", deadline: Day.In(5)).Preferred(2).Paying(150000),
            Opp.Interviewing("carol").Preferred(3).Steps(total: 4));

        var advice = search.Advise();

        var negotiation = advice.ShouldPropose("negotiate-with-offer", "acme");
        negotiation.Carries.ShouldNotContain(MoveCode.AskForTime);
        negotiation.Drops.ShouldBeEmpty();
        advice.ShouldNotPropose("ask-for-time");

        Completion.Complete(search.Pipeline, "negotiate-with-offer", "acme", Day.Today).ShouldBeNull();

        Logged(search["acme"]).ShouldBe([EventKind.Negotiation]);
    }

    [Fact]
    public void TwoOpportunitiesAtOneCompanyStayTwoMoves()
    {
        var a = Opp.Interviewing("a-team").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12));
        var b = Opp.Interviewing("b-team").Steps(total: 4).Interviewed(Day.Ago(1), thanked: false);
        a.Company = b.Company = "Acme Corp";

        var advice = Search.Of(a, b).Advise();

        advice.ShouldPropose("follow-up", "a-team").Carries.ShouldBeEmpty();
        advice.ShouldPropose("send-thank-you", "b-team").Carries.ShouldBeEmpty();
    }

    [Fact]
    public void AMoveDueLaterIsNotFoldedIntoTodaysConversation()
    {
        // Unemployed and calling the favourite: the acceptance waits for the offer's deadline.
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(20)),
            Opp.Offer("acme", OfferStatus.Written, deadline: Day.In(6)).Preferred(2).Interviewed(Day.Ago(1), thanked: false)).Unemployed();

        var advice = search.Advise();

        advice.ShouldPropose("accept-offer", "acme").Due.ShouldBe(Day.In(6));
        advice.ShouldPropose("send-thank-you", "acme").Carries.ShouldBeEmpty();
    }

    [Fact]
    public void TheConversationIsACallWhenAMemberIsOneAndSomeoneHasAPhone()
    {
        // The deferral is written; the request for a verbal offer without figures goes by phone (V7).
        var withPhone = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", OfferStatus.Verbal).Preferred(2).WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")).Advise();
        var emailOnly = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", OfferStatus.Verbal).Preferred(2).WithContact("Dana Ruiz", ContactRole.HiringManager, email: "dana@acme.example")).Advise();

        withPhone.ShouldPropose("defer-offer", "acme").Channel.ShouldBe(Channel.Phone);
        emailOnly.ShouldPropose("defer-offer", "acme").Channel.ShouldBe(Channel.Email);
    }
}

/// <summary>
/// A written-offer request that carries a thank-you, a check-in and a process question in December,
/// found by the property test: each ask once, the holiday line once, within the email's 180 words.
/// </summary>
public class OneConversationEachAskOnceTests
{
    private const string Search = """
        {"version": 1, "candidate": {"employment": "employed", "name": "Sam Lee"}, "opportunities": [{"id": "co-4", "company": "Company E",
         "role": "Principal Engineer, Platform", "stage": "interviewing", "appliedOn": "2026-11-14", "lastHeardFrom": "2026-11-08", "wouldAccept": true,
         "process": {"decisionBy": "2026-11-20"}, "contacts": [{"name": "Dr", "role": "recruiter"}],
         "interviews": [{"at": "2026-11-29", "status": "done"}, {"at": "2026-11-20", "status": "scheduled", "thankYouSent": true}, {"at": "2026-11-15", "status": "done"}],
         "events": [{"on": "2026-11-08", "kind": "accelerate-call", "outcome": "offer-made"}, {"on": "2026-10-30", "kind": "keep-in-touch"}]}]}
        """;

    [Fact]
    public void TheHolidayLineAndTheProcessQuestionAreSaidOnceAndTheEmailFits()
    {
        var pipeline = PipelineJson.Parse(Search).Pipeline!;

        var move = Advisor.Advise(pipeline, new DateOnly(2026, 12, 1)).Moves.Single();

        move.Code.ShouldBe(MoveCode.GetOfferInWriting);
        move.Carries.ShouldBe([MoveCode.SendThankYou, MoveCode.FollowUp, MoveCode.AskAboutProcess]);
        System.Text.RegularExpressions.Regex.Matches(move.Script, "year-end holidays").Count.ShouldBe(1);
        System.Text.RegularExpressions.Regex.Matches(move.Script, "remaining steps").Count.ShouldBe(1);
        move.Script.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeLessThanOrEqualTo(180);
    }
}
