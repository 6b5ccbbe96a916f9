using OfferDesk.Core.Playbook.Moves;

namespace OfferDesk.Core.Playbook;

/// <summary>Every move of the playbook, in one place (PLAYBOOK section 3).</summary>
public static class Playbook
{
    /// <summary>
    /// The moves in the order the advisor asks them. Where moves meet, a rule asks whether an earlier
    /// one was proposed (accept-offer asks about negotiate-with-offer and decline-offer, decide-on-offer
    /// about accept-offer, follow-up about accelerate-preferred, cancel-interview and keep-in-touch about
    /// reopen-process and reply-to-outreach), so each comes after those it asks about.
    /// </summary>
    public static readonly IReadOnlyList<MoveRule> Rules =
    [
        new NegotiateWithOffer(),
        new AcceleratePreferred(),
        new DeclineOffer(),
        new ReplyAfterDeadline(),
        new AcceptOffer(),
        new DecideOnOffer(),
        new DeferOffer(),
        new AskForTime(),
        new GetOfferInWriting(),
        new KeepInterviewing(),
        new ReopenProcess(),
        new ReplyToOutreach(),
        new CancelInterview(),
        new WithdrawApplication(),
        new WeighLateOffer(),
        new SendThankYou(),
        new SignalCommitment(),
        new FollowUp(),
        new AskAboutProcess(),
        new KeepInTouch(),
    ];

    private static readonly Dictionary<MoveCode, MoveRule> ByCode = Rules.ToDictionary(r => r.Code);

    public static MoveRule Rule(MoveCode code) => ByCode[code];

    /// <summary>The rule for a code as the document writes it (<c>defer-offer</c>), or null.</summary>
    public static MoveRule? Find(string code) => Wording.TryParse<MoveCode>(code, out var c) ? ByCode[c] : null;
}
