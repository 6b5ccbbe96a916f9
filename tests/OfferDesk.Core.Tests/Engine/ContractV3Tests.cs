using System.Text.RegularExpressions;
using Rules = OfferDesk.Core.Playbook.Playbook;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// Contract v3's items (PLAYBOOK "Changes in v3", V1 to V19), each at its boundaries (issue 18).
/// Day.Today is Tuesday, March 10, 2026: Wednesday is the 11th, Saturday the 14th, Monday the 16th.
/// </summary>
public class ContractV3Tests
{
    private static readonly DateOnly Friday = Day.In(3), Saturday = Day.In(4), Sunday = Day.In(5), Monday = Day.In(6);

    // V5: dates you propose fall on working days.

    [Theory]
    [InlineData("2026-03-10", "2026-03-13")] // Tuesday: Friday, a working day
    [InlineData("2026-03-11", "2026-03-16")] // Wednesday: Saturday moves to Monday
    [InlineData("2026-03-12", "2026-03-16")] // Thursday: Sunday moves to Monday
    [InlineData("2026-03-13", "2026-03-16")] // Friday: Monday
    public void AFewMoreDaysAreThreeDaysOnAndNeverAWeekend(string deadline, string until) =>
        Words.FewMoreDays(Day.Parse(deadline)).ShouldBe(Day.Parse(until));

    [Fact]
    public void AnExtensionThatWouldEndOnASaturdayAsksUntilMonday()
    {
        var search = Search.Of(Opp.Offer("acme", deadline: Day.In(1)).Preferred(2), Opp.Interviewing("zeta").Preferred(1));

        var script = search.Advise().ShouldPropose("defer-offer", "acme").Script;

        script.ShouldContain("Wednesday, March 11");
        script.ShouldContain("a few more days, until Monday, March 16");
        script.ShouldNotContain("Saturday");
    }

    [Fact]
    public void AnExtensionThatWouldEndOnASundayAsksUntilMonday()
    {
        var search = Search.Of(Opp.Offer("acme", deadline: Day.In(2)).Preferred(2), Opp.Interviewing("zeta").Preferred(1));

        var script = search.Advise().ShouldPropose("defer-offer", "acme").Script;

        script.ShouldContain("Thursday, March 12");
        script.ShouldContain("a few more days, until Monday, March 16");
        script.ShouldNotContain("Sunday");
    }

    [Fact]
    public void AskingForTimeEndsOnAWorkingDayToo()
    {
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.In(2)).Preferred(1).FallingShortOn(Shortfall.Title),
            Opp.Interviewing("beta").Preferred(2));

        var script = search.Advise().ShouldPropose("ask-for-time", "acme").Script;

        script.ShouldContain("until Monday, March 16");
        script.ShouldNotContain("Sunday");
    }

    [Fact]
    public void NoScriptSaysTomorrowOrYesterdayToTheOtherSide()
    {
        // Every date the search holds is a day away: the deadline, an interview, their message.
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.Tomorrow).Preferred(2).ForRole("Staff Engineer").Paying(120000).FallingShortOn(Shortfall.Money)
                .Starting(Day.Tomorrow).WouldSayYes().HeardFrom(Day.Yesterday)
                .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")
                .Interviewed(Day.Yesterday, thanked: false).InterviewScheduled(Day.Tomorrow),
            Opp.Offer("beta", deadline: Day.Tomorrow).Preferred(3).Paying(150000),
            Opp.Interviewing("zeta").Preferred(1).InterviewScheduled(Day.Tomorrow));
        var situation = search.Situation();

        foreach (var rule in Rules.Rules.Where(r => r.Channel != Channel.None))
        {
            var script = rule.Script(situation, search["acme"]);
            script.ShouldNotContain("tomorrow", Case.Insensitive, rule.CodeText());
            script.ShouldNotContain("yesterday", Case.Insensitive, rule.CodeText());
        }
    }

    // V6: a missed deadline is owned, not stretched.

    [Fact]
    public void ADeadlineMissedYesterdayIsOwnedByTheLateReplyWithItsDateAndNoMoreDays()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.Yesterday).Preferred(2).WouldSayYes().WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100"));

        var advice = search.Advise();

        var move = advice.ShouldPropose("reply-after-deadline", "acme").ShouldBe(Priority.Urgent, Day.Today, Channel.Phone);
        move.Script.ShouldContain("Monday, March 9");
        move.Script.ShouldNotContain("yesterday", Case.Insensitive);
        move.Script.ShouldNotContain("more days", Case.Insensitive);
        move.Script.ShouldNotContain("I can confirm by");
        advice.ShouldNotPropose("defer-offer", "acme");
        advice.ShouldNotPropose("ask-for-time", "acme");
        advice.ShouldNotPropose("decide-on-offer", "acme");
    }

    [Fact]
    public void ALateYesMayWaitOnlyForAFavouriteThatAnswersByTheNextWorkingDay()
    {
        var tomorrow = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.Tomorrow),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes());
        var later = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.In(2)),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes());

        tomorrow.Advise().ShouldPropose("reply-after-deadline", "acme").Script.ShouldContain("I can confirm by Wednesday, March 11");
        later.Advise().ShouldPropose("reply-after-deadline", "acme").Script.ShouldNotContain("I can confirm by");
    }

    [Fact]
    public void AnInterviewAtTheFavouriteOnTheNextWorkingDayCountsAsItsAnswer()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).InterviewScheduled(Day.Tomorrow),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes());

        var script = search.Advise().ShouldPropose("reply-after-deadline", "acme").Script;

        script.ShouldContain("I can confirm by Wednesday, March 11");
        Regex.Matches(script, "I can confirm by").Count.ShouldBe(1);
    }

    [Fact]
    public void OnAFridayTheNextWorkingDayIsMonday()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Monday),
            Opp.Offer("acme", deadline: Day.Ago(1)).Preferred(2).WouldSayYes());

        search.AdviseOn(Friday).ShouldPropose("reply-after-deadline", "acme").Script.ShouldContain("I can confirm by Monday, March 16");
    }

    [Fact]
    public void AFavouriteThatGaveNoTimelineLeavesTheYesPlain()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.Tomorrow).Called(Day.Ago(3), CallOutcome.NoTimeline),
            Opp.Offer("acme", deadline: Day.Ago(2)).Preferred(2).WouldSayYes());

        var script = search.Advise().ShouldPropose("reply-after-deadline", "acme").Script;

        script.ShouldContain("I would like to accept it");
        script.ShouldNotContain("I can confirm by");
    }

    [Fact]
    public void TheLateYesIsTheDaysOneAcceptance()
    {
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.Yesterday).Preferred(1).WouldSayYes(),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(2).Starting(Day.In(40)).WouldSayYes());

        var advice = search.Advise();

        advice.ShouldPropose("reply-after-deadline", "acme").Script.ShouldContain("I would like to accept it");
        advice.ShouldNotPropose("accept-offer");
    }

    [Fact]
    public void AHeldOfferYouPreferWithFiguresMakesTheLateReplyAGraciousNo()
    {
        var search = Search.Of(
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(1).WouldSayYes(),
            Opp.Offer("acme", deadline: Day.Yesterday).Preferred(2).WouldSayYes());

        var script = search.Advise().ShouldPropose("reply-after-deadline", "acme").Script;

        script.ShouldContain("must decline");
        script.ShouldNotContain("I would like to accept");
    }

    // V7: leverage needs figures.

    [Fact]
    public void AVerbalOfferWithoutFiguresIsNoLeverageAndIsAskedForInWritingByPhone()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", OfferStatus.Verbal).Preferred(2).WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example"));

        var advice = search.Advise();

        search.Situation().Leverage.ShouldBeNull();
        advice.ShouldNotPropose("accelerate-preferred");
        // The deferral carries it (V1), and the conversation is a call because the request for the offer is one.
        var move = advice.ShouldDo("get-offer-in-writing", "acme").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        move.CodeText.ShouldBe("defer-offer");
        move.Carries.ShouldBe([MoveCode.GetOfferInWriting]);
    }

    [Fact]
    public void AVerbalOfferWithoutFiguresOnItsOwnIsAskedForInWritingByPhoneWhenANumberIsOnFile()
    {
        var withPhone = Search.Of(Opp.Offer("acme", OfferStatus.Verbal).WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")).Advise();
        var withFigures = Search.Of(Opp.Offer("acme", OfferStatus.Verbal).Paying(120000).WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")).Advise();

        withPhone.ShouldPropose("get-offer-in-writing", "acme").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        withFigures.ShouldPropose("get-offer-in-writing", "acme").ShouldBe(Priority.High, Day.Today, Channel.Either);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void AVerbalOfferWithASalaryOrADeadlineIsLeverage(bool salary, bool deadline)
    {
        var acme = Opp.Offer("acme", OfferStatus.Verbal, deadline: deadline ? Day.In(6) : null).Preferred(2)
            .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example");
        if (salary) acme.Paying(120000);
        var search = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4), acme);

        var advice = search.Advise();

        search.Situation().Leverage.ShouldBe(acme);
        advice.ShouldPropose("accelerate-preferred", "zeta");
        // A verbal offer with figures keeps the row's channel.
        advice.ShouldDo("get-offer-in-writing", "acme").Channel.ShouldBe(Channel.Either);
    }

    [Fact]
    public void TheLeverageOfferIsPickedAmongOffersWithFigures()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", OfferStatus.Verbal).Preferred(2),
            Opp.Offer("beta", deadline: Day.In(6)).Preferred(3));

        search.Situation().Leverage.ShouldBe(search["beta"]);
        search.Advise().ShouldPropose("accelerate-preferred", "zeta").Script.ShouldContain("Monday, March 16");
    }

    // V8: their date, our clock.

    private static Opportunity Met(string id) => Opp.Interviewing(id).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12));

    [Fact]
    public void OnTheDayTheyDecideThereIsNoCheckInOrProcessQuestion()
    {
        var advice = Search.Of(Met("acme").DecidingBy(Day.Today)).Advise();

        advice.ShouldNotPropose("follow-up");
        advice.ShouldNotPropose("ask-about-process");
    }

    [Fact]
    public void TheWorkingDayAfterTheirDateAHighFollowUpNamesIt()
    {
        var advice = Search.Of(Met("acme").DecidingBy(Day.Yesterday)).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Priority.ShouldBe(Priority.High);
        move.Due.ShouldBe(Day.Today);
        move.Script.ShouldContain("Monday, March 9");
    }

    [Fact]
    public void TheirDateIsAwaitedEvenAfterLongSilence()
    {
        // Silence of twelve days would call for a follow-up; their date has not passed yet.
        var advice = Search.Of(Met("acme").DecidingBy(Day.In(3))).Advise();

        advice.ShouldNotPropose("follow-up");
        advice.ShouldNotPropose("ask-about-process");
    }

    [Fact]
    public void ADateOnAFridayIsFollowedUpOnTheMondayNotTheWeekend()
    {
        var friday = Day.Parse("2026-03-06");
        var search = Search.Of(Met("acme").DecidingBy(friday));

        search.AdviseOn(Day.Parse("2026-03-07")).ShouldNotPropose("follow-up");
        search.AdviseOn(Day.Parse("2026-03-08")).ShouldNotPropose("follow-up");
        var monday = search.AdviseOn(Day.Parse("2026-03-09")).ShouldPropose("follow-up", "acme");
        monday.Priority.ShouldBe(Priority.High);
        monday.Script.ShouldContain("Friday, March 6");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AWordFromThemOrACheckInOnOrAfterTheirDateEndsTheHighFollowUp(bool heard)
    {
        var acme = Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(20)).DecidingBy(Day.Ago(3));
        if (heard) acme.HeardFrom(Day.Ago(3));
        else acme.HeardFrom(Day.Ago(12)).Logged(EventKind.FollowUp, Day.Ago(3));

        // Three quiet days since: no silence rule either.
        Search.Of(acme).Advise().ShouldNotPropose("follow-up");
    }

    [Fact]
    public void AColdApplicationsFollowUpAfterTheirDateIsStillLow()
    {
        var advice = Search.Of(Opp.Applied("acme").AppliedAt(Day.Ago(20)).DecidingBy(Day.Ago(2))).Advise();

        advice.ShouldPropose("follow-up", "acme").Priority.ShouldBe(Priority.Low);
    }

    [Theory]
    [InlineData(3, false)] // before the deadline
    [InlineData(5, false)] // on the deadline
    [InlineData(6, true)] // after it
    [InlineData(-1, true)] // a date already gone decides nothing
    public void ACompanyThatDecidesByTheOffersDeadlineNeedsNoSpeedingUp(int decidesIn, bool called)
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.In(decidesIn)),
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(2).WouldSayYes());

        var advice = search.Advise();

        if (called) advice.ShouldPropose("accelerate-preferred", "zeta");
        else advice.ShouldNotPropose("accelerate-preferred");
    }

    [Fact]
    public void ALeverageOfferWithNoDeadlineStopsNoCall()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.In(3)),
            Opp.Offer("acme").Preferred(2).WouldSayYes()).Advise();

        advice.ShouldPropose("accelerate-preferred", "zeta");
    }

    [Fact]
    public void TheDeferralNamesTheDateTheFavouriteGave()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.In(3)),
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldPropose("defer-offer", "acme").Script.ShouldContain("They expect to decide by Friday, March 13");
    }

    [Fact]
    public void ACompanyAlreadyCalledThatDecidesInTimeIsStillNamedInTheDeferral()
    {
        // The call was made (no outcome logged); the date they gave still falls before the offer's deadline.
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).DecidingBy(Day.In(3)).Called(Day.Ago(2), null),
            Opp.Offer("acme", deadline: Day.In(5)).Preferred(2).WouldSayYes()).Advise();

        advice.ShouldNotPropose("accelerate-preferred");
        advice.ShouldPropose("defer-offer", "acme").Script.ShouldContain("They expect to decide by Friday, March 13");
    }

    // V16: a call's outcomes keep you free.

    private const string GoAhead = "I'll go ahead with it";

    [Fact]
    public void TakeTheOtherOfferCommitsToAWrittenOfferWhenNothingElseYouPreferIsInPlay()
    {
        var script = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise().ShouldPropose("accelerate-preferred", "zeta").Script;

        script.ShouldContain(GoAhead);
    }

    [Fact]
    public void AnotherCompanyYouPreferInPlayKeepsTheCandidateFree()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Interviewing("omega").Preferred(2).Steps(total: 4),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(3).WouldSayYes()).Advise();

        foreach (var id in new[] { "zeta", "omega" })
        {
            var script = advice.ShouldPropose("accelerate-preferred", id).Script;
            script.ShouldNotContain(GoAhead);
            script.ShouldNotContain("accept the offer you hold", Case.Insensitive);
            script.ShouldContain("I will give them my answer by Monday, March 16");
        }
    }

    [Fact]
    public void AVerbalOfferKeepsTheCandidateFree()
    {
        var script = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("acme", OfferStatus.Verbal, deadline: Day.In(6)).Preferred(2).WouldSayYes()).Advise().ShouldPropose("accelerate-preferred", "zeta").Script;

        script.ShouldNotContain(GoAhead);
        script.ShouldContain("I will give them my answer by Monday, March 16");
    }

    // V17: the process question waits for the interview.

    [Theory]
    [InlineData(0, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void TheProcessQuestionWaitsForAnInterviewUpToAWeekAhead(int interviewIn, bool asked)
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(20)).InterviewScheduled(Day.In(interviewIn))).Advise();

        if (asked) advice.ShouldPropose("ask-about-process", "acme");
        else advice.ShouldNotPropose("ask-about-process");
    }

    [Fact]
    public void AThankYouBeforeAnInterviewThisWeekAsksNoProcessQuestion()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Interviewed(Day.Ago(2), thanked: false).InterviewScheduled(Day.In(7))).Advise();

        var thanks = advice.ShouldPropose("send-thank-you", "acme");
        thanks.Carries.ShouldNotContain(MoveCode.AskAboutProcess);
        thanks.Script.ShouldNotContain(Words.ProcessQuestion);
    }

    // V18: small fixes.

    [Theory]
    [InlineData("2026-03-06", "2026-03-09")] // Friday: Monday
    [InlineData("2026-03-07", "2026-03-09")] // Saturday: Monday
    [InlineData("2026-03-08", "2026-03-09")] // Sunday: Monday
    [InlineData("2026-03-09", "2026-03-10")] // Monday: Tuesday
    public void AThankYouIsDueTheNextWorkingDay(string interview, string due)
    {
        var advice = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Parse(interview), thanked: false)).Advise();

        advice.ShouldPropose("send-thank-you", "acme").Due.ShouldBe(Day.Parse(due));
    }

    [Fact]
    public void WarningsSpeakToTheCandidateInTheContractsWords()
    {
        var december = new DateOnly(2026, 12, 8);
        var advice = Search.Of(
            Opp.Accepted("acme", OfferStatus.Verbal).Preferred(3),
            Opp.Offer("beta", deadline: december.AddDays(-2)).Preferred(4),
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4),
            Opp.Offer("carol", deadline: december.AddDays(6)).Preferred(2)).AdviseOn(december);

        advice.ShouldWarn("slow-season", null).Message.ShouldBe("Decisions slip into January over the holidays: push for next steps now.");
        advice.ShouldWarn("deadline-passed", "beta").Message.ShouldBe("The deadline on the Beta Corp offer has passed: answer them now either way; silence burns the bridge.");
        advice.ShouldWarn("offer-not-solid", "acme").Message.ShouldBe("The Acme Corp offer you accepted can still fall apart: get it in writing with a start date before you cancel anything.");
    }

    [Fact]
    public void ThePlanBWarningNamesTheOfferToBeReadyToTake()
    {
        var advice = Search.Of(Opp.Interviewing("zeta").Preferred(1).Steps(total: 4), Opp.Offer("acme", deadline: Day.In(6)).Preferred(2)).Advise();

        advice.ShouldWarn("plan-b-unconfirmed", "acme").Message.ShouldBe("Be ready to take the Acme Corp offer if the answer is no.");
    }

    [Fact]
    public void KeepInterviewingSaysShortOfWhatYouWantOnlyForAWrittenOfferWithShortfalls()
    {
        var shortWritten = Search.Of(Opp.Offer("acme").FallingShortOn(Shortfall.Money), Opp.Interviewing("beta").InterviewScheduled(Day.In(2))).Advise();
        var verbal = Search.Of(Opp.Offer("acme", OfferStatus.Verbal), Opp.Interviewing("beta").InterviewScheduled(Day.In(2))).Advise();

        shortWritten.ShouldPropose("keep-interviewing", "acme").Summary.ShouldContain("short of what you want");
        verbal.ShouldPropose("keep-interviewing", "acme").Summary.ShouldContain("not solid");
    }

    // V3 and V9: cold applications wait; an unanswered email is followed by a call.

    [Theory]
    [InlineData(6)]
    [InlineData(30)]
    public void AColdApplicationsFollowUpIsLowHoweverLongTheSilence(int days)
    {
        var advice = Search.Of(Opp.Applied("acme").Preferred(1).AppliedAt(Day.Ago(days)).Logged(EventKind.FollowUp, Day.Ago(days - 1))).Advise();

        var move = advice.ShouldPropose("follow-up", "acme");
        move.Priority.ShouldBe(Priority.Low);
        Vocabulary.PriorityHeading(move.Priority).ShouldNotBe("Important");
    }

    [Fact]
    public void ALoggedAccelerateCallWarmsAnApplicationUp()
    {
        var advice = Search.Of(Opp.Applied("acme").AppliedAt(Day.Ago(30)).Called(Day.Ago(12), CallOutcome.NoTimeline)).Advise();

        advice.ShouldPropose("follow-up", "acme").Priority.ShouldBe(Priority.High);
    }

    [Fact]
    public void AnUnansweredCheckInToTheTopChoiceIsAHighCall()
    {
        var advice = Search.Of(
            Opp.Interviewing("acme").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(14)).Logged(EventKind.FollowUp, Day.Ago(7))
                .WithContact("Dana Ruiz", ContactRole.HiringManager, "+1 555 0100", "dana@acme.example")).Advise();

        var move = advice.ShouldPropose("follow-up", "acme").ShouldBe(Priority.High, Day.Today, Channel.Phone);
        move.Summary.ShouldStartWith("Call Dana at Acme Corp");
    }

    [Fact]
    public void SinceYouLastHeardFromThemOnlyWhenTheyWrote()
    {
        var heard = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))).Advise();
        var never = Search.Of(Opp.Interviewing("acme").Steps(total: 4).Interviewed(Day.Ago(12))).Advise();

        heard.ShouldPropose("follow-up", "acme").Why.ShouldContain("since you last heard from Acme Corp");
        var why = never.ShouldPropose("follow-up", "acme").Why;
        why.ShouldNotContain("heard from");
        why.ShouldContain("since your interview");
    }

    // V13: accepting is a quiet day elsewhere.

    [Fact]
    public void WhileAcceptingTheCompaniesYouWillLeaveHearNothing()
    {
        var search = Search.Of(
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).Starting(Day.In(40)).WouldSayYes(),
            Opp.Interviewing("beta").Preferred(2).WouldSayYes().Steps(total: 3, completed: 2).Interviewed(Day.Ago(1), thanked: false).HeardFrom(Day.Ago(12)),
            Opp.Interviewing("carol").Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12)),
            Opp.Interviewing("delta").InterviewScheduled(Day.In(2)));

        var advice = search.Advise();

        advice.ShouldPropose("accept-offer", "acme");
        foreach (var code in new[] { "follow-up", "ask-about-process", "signal-commitment", "send-thank-you" })
        {
            advice.ShouldNotPropose(code, "beta");
            advice.ShouldNotPropose(code, "carol");
        }
    }

    [Fact]
    public void TheAcceptancesReasonNamesWhatItWillClose()
    {
        var advice = Search.Of(
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).Starting(Day.In(40)).WouldSayYes(),
            Opp.Interviewing("delta").InterviewScheduled(Day.In(2)),
            Opp.Applied("echo").AppliedAt(Day.Ago(2))).Advise();

        var why = advice.ShouldPropose("accept-offer", "acme").Why;

        why.ShouldContain("Delta Corp (Thursday, March 12)");
        why.ShouldContain("withdraw your applications to Echo Corp");
    }

    [Fact]
    public void TheAcceptancesReasonNamesThreeOfEachThenHowManyMore()
    {
        var advice = Search.Of([
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(1).Starting(Day.In(40)).WouldSayYes(),
            .. new[] { "bravo", "charlie", "delta", "echo", "foxtrot" }.Select(id => Opp.Applied(id).AppliedAt(Day.Ago(2))),
        ]).Advise();

        advice.ShouldPropose("accept-offer", "acme").Why.ShouldContain("withdraw your applications to Bravo Corp, Charlie Corp, Delta Corp and 2 more");
    }

    [Fact]
    public void AnUnemployedCandidateCallingTheFavouriteKeepsItsMovesAndTheThanksUntilTheAcceptanceIsDue()
    {
        var search = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(20)),
            Opp.Offer("acme", deadline: Day.In(6)).Preferred(2).Starting(Day.In(40)),
            Opp.Interviewing("beta").Preferred(3).Steps(total: 4).Interviewed(Day.Ago(2), thanked: false).HeardFrom(Day.Ago(2))).Unemployed();

        var advice = search.Advise();

        advice.ShouldPropose("accept-offer", "acme").Due.ShouldBe(Day.In(6));
        advice.ShouldPropose("accelerate-preferred", "zeta");
        // accept-offer is not due today, so the thanks stand.
        advice.ShouldPropose("send-thank-you", "beta");
        search.AdviseOn(Day.In(6)).ShouldNotPropose("send-thank-you");
    }

    // V2: what decides the week comes first.

    [Fact]
    public void SignalCommitmentIsHigh()
    {
        var advice = Search.Of(Opp.Interviewing("acme").Preferred(1).WouldSayYes().Steps(total: 3, completed: 2)).Advise();

        advice.ShouldPropose("signal-commitment", "acme").Priority.ShouldBe(Priority.High);
    }

    [Fact]
    public void AnOfferAtStakeComesBeforeAPreferredCompanyWithinAPriority()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).InterviewScheduled(Day.In(3)),
            Opp.Interviewing("beta").Preferred(2).Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12)),
            Opp.Offer("acme", OfferStatus.Verbal)).Advise();

        // The unranked held offer's deferral (carrying the request for it in writing) comes before the ranked company.
        advice.Moves.Select(m => (m.Priority, m.CodeText, m.Opportunity)).ShouldBe(
        [
            (Priority.High, "defer-offer", "acme"),
            (Priority.High, "follow-up", "beta"),
            (Priority.Low, "keep-interviewing", "acme"),
        ]);
    }

    [Fact]
    public void PreferenceComesBeforeTheDueDateAndUnrankedComesLast()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).InterviewScheduled(Day.In(3)),
            Opp.Interviewing("carol").Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12)),
            Opp.Interviewing("delta").Preferred(3).Steps(total: 4).Interviewed(Day.Ago(5), thanked: false),
            Opp.Interviewing("beta").Preferred(2).Steps(total: 4).Interviewed(Day.Ago(20)).HeardFrom(Day.Ago(12))).Advise();

        advice.Moves.Select(m => (m.CodeText, m.Opportunity, m.Due)).ShouldBe(
        [
            ("follow-up", "beta", Day.Today),
            ("send-thank-you", "delta", Day.Ago(4)),
            ("follow-up", "carol", Day.Today),
        ]);
    }

    [Fact]
    public void TwoRankedOffersDueTheSameDayAreOrderedByPreferenceBeforeStep()
    {
        var advice = Search.Of(
            Opp.Interviewing("zeta").Preferred(1).Steps(total: 4).Interviewed(Day.Ago(9)),
            Opp.Offer("beta", deadline: Day.Tomorrow).Preferred(2).WouldSayYes(),
            Opp.Offer("acme", deadline: Day.Tomorrow).Preferred(3).WouldSayYes()).Advise();

        advice.Moves.Select(m => (m.CodeText, m.Opportunity)).ShouldBe(
        [
            ("accelerate-preferred", "zeta"),
            ("defer-offer", "beta"),
            ("decide-on-offer", "beta"),
            ("defer-offer", "acme"),
            ("decide-on-offer", "acme"),
        ]);
    }
}

internal static class RuleNames
{
    public static string CodeText(this MoveRule rule) => Wording.Code(rule.Code);
}
