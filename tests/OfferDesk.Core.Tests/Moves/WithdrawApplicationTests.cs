namespace OfferDesk.Core.Tests.Moves;

public class WithdrawApplicationTests
{
    private const string Code = "withdraw-application";

    [Fact]
    public void AfterASolidAcceptanceWithdrawTheOtherApplications()
    {
        var advice = Search.Of(Opp.Accepted("acme"), Opp.Interviewing("beta").Interviewed(Day.Ago(3)), Opp.Applied("zeta")).Advise();

        advice.ShouldPropose(Code, "beta").ShouldBe(Priority.Normal, Day.Today, Channel.Email);
        advice.ShouldPropose(Code, "zeta").ShouldBe(Priority.Normal, Day.Today, Channel.Email);
    }

    [Fact]
    public void AnUpcomingInterviewIsCancelledRatherThanWithdrawn()
    {
        var advice = Search.Of(Opp.Accepted("acme"), Opp.Interviewing("beta").InterviewScheduled(Day.In(3))).Advise();

        advice.ShouldNotPropose(Code);
        advice.ShouldPropose("cancel-interview", "beta");
    }

    [Fact]
    public void WithoutASolidAcceptanceNothingIsWithdrawn()
    {
        Search.Of(Opp.Interviewing("beta")).Advise().ShouldNotPropose(Code);
        Search.Of(Opp.Accepted("acme", OfferStatus.Written, withStartDate: false), Opp.Interviewing("beta")).Advise().ShouldNotPropose(Code);
    }

    [Fact]
    public void OnlyAProcessStillRunningIsWithdrawn()
    {
        var advice = Search.Of(Opp.Accepted("acme"),
            Opp.InStage("beta", Stage.Rejected),
            Opp.Interviewing("zeta").Called(Day.Ago(2), CallOutcome.TakeOtherOffer)).Advise();

        advice.ShouldNotPropose(Code);
    }

    [Fact]
    public void AWithdrawalSettlesIt()
    {
        var advice = Search.Of(Opp.Accepted("acme"), Opp.Interviewing("beta").Logged(EventKind.Withdrawal, Day.Today)).Advise();

        advice.ShouldNotPropose(Code);
    }
}
