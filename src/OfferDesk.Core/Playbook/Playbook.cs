using OfferDesk.Core.Playbook.Moves;

namespace OfferDesk.Core.Playbook;

/// <summary>Every move of the playbook, in one place (PLAYBOOK section 3).</summary>
public static class Playbook
{
    public static readonly IReadOnlyList<MoveRule> Rules =
    [
        new SendThankYou(),
        new FollowUp(),
        new AskAboutProcess(),
        new SignalCommitment(),
        new DeferOffer(),
        new AcceleratePreferred(),
        new GetOfferInWriting(),
        new AskForTime(),
        new NegotiateWithOffer(),
        new AcceptOffer(),
        new DecideOnOffer(),
        new KeepInterviewing(),
        new CancelInterview(),
        new WithdrawApplication(),
        new DeclineOffer(),
        new WeighLateOffer(),
        new KeepInTouch(),
    ];

    /// <summary>The only moves offered for other opportunities once an acceptance is solid.</summary>
    public static readonly IReadOnlySet<string> AfterSolidAcceptance = new HashSet<string>(StringComparer.Ordinal)
    {
        "cancel-interview", "withdraw-application", "decline-offer", "weigh-late-offer", "keep-in-touch",
    };

    public static MoveRule? Find(string code) => Rules.FirstOrDefault(r => r.Code == code);
}
