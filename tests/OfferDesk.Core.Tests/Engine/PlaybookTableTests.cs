using Rules = OfferDesk.Core.Playbook.Playbook;

namespace OfferDesk.Core.Tests.Engine;

/// <summary>The playbook's table (PLAYBOOK section 3) as the engine declares it: codes, channels, settling events.</summary>
public class PlaybookTableTests
{
    public static TheoryData<string, Channel, EventKind?> Table => new()
    {
        { "send-thank-you", Channel.Email, null },
        { "follow-up", Channel.Either, null },
        { "ask-about-process", Channel.Either, EventKind.StatusCheck },
        { "signal-commitment", Channel.Either, EventKind.CommitmentSignal },
        { "defer-offer", Channel.Either, EventKind.DeferralNotice },
        { "accelerate-preferred", Channel.Phone, EventKind.AccelerateCall },
        { "get-offer-in-writing", Channel.Either, EventKind.OfferRequest },
        { "ask-for-time", Channel.Either, EventKind.TimeRequest },
        { "negotiate-with-offer", Channel.Phone, EventKind.Negotiation },
        { "accept-offer", Channel.Either, null },
        { "decide-on-offer", Channel.None, null },
        { "keep-interviewing", Channel.None, null },
        // Settled only by a recent cancel-interview event (v2 change 14), which the rule checks itself.
        { "cancel-interview", Channel.Either, null },
        // Phone when you would take the offer, else as decline-offer; settled by what its row names.
        { "reply-after-deadline", Channel.Phone, null },
        { "withdraw-application", Channel.Email, EventKind.Withdrawal },
        // Phone or email per case; email is the default a rule falls back to.
        { "decline-offer", Channel.Email, EventKind.Decline },
        { "weigh-late-offer", Channel.None, null },
        { "keep-in-touch", Channel.Either, null },
        // v3 (V11, V12): settled by events dated on or after what started them, which the rules check themselves.
        { "reopen-process", Channel.Phone, null },
        { "reply-to-outreach", Channel.Either, null },
    };

    /// <summary>Section 5's step order, the order in which a candidate works through a day.</summary>
    private static readonly string[] StepOrder =
    [
        "accelerate-preferred", "reply-after-deadline", "reopen-process", "negotiate-with-offer", "accept-offer", "decline-offer",
        "get-offer-in-writing", "cancel-interview", "defer-offer", "ask-for-time", "decide-on-offer", "weigh-late-offer",
        "withdraw-application", "send-thank-you", "signal-commitment", "follow-up", "ask-about-process", "keep-interviewing",
        "reply-to-outreach", "keep-in-touch",
    ];

    [Fact]
    public void ThePlaybookHasExactlyTheTwentyMovesOfContractV3()
    {
        var codes = Table.Select(row => (string)row[0]).ToList();

        Rules.Rules.Select(r => Wording.Code(r.Code)).ShouldBe(codes, ignoreOrder: true);
        Rules.Rules.Count.ShouldBe(20);
    }

    [Fact]
    public void MoveCodesRunInTheContractsStepOrder()
    {
        // The order of the day's moves breaks ties by this order (V2), reopen-process after
        // reply-after-deadline (V11) and reply-to-outreach before keep-in-touch (V12).
        Enum.GetValues<MoveCode>().OrderBy(c => (int)c).Select(Wording.Code).ShouldBe(StepOrder);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void EachMoveHasTheContractsChannelAndSettlingEvent(string code, Channel channel, EventKind? settledBy)
    {
        var rule = Rules.Find(code).ShouldNotBeNull();

        rule.Channel.ShouldBe(channel);
        rule.SettledBy.ShouldBe(settledBy);
    }

    [Fact]
    public void AnUnknownCodeIsNoMove() => Rules.Find("send-flowers").ShouldBeNull();
}
