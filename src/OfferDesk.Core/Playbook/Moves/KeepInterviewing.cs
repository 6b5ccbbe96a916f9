namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Don't cancel anything on an offer that is not solid yet.</summary>
public sealed class KeepInterviewing : MoveRule
{
    public override MoveCode Code => MoveCode.KeepInterviewing;
    public override Channel Channel => Channel.None;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        foreach (var o in s.All)
        {
            if (Reason(s, o) is null) continue;
            if (!s.AnotherOpenHasUpcomingInterview(o) || s.IsProposed(MoveCode.AcceptOffer, o)) continue;
            yield return Propose(s, o, Priority.Low);
        }
    }

    private enum Why { OnItsWay, Spoken, FallsShort, NotSolid }

    private static Why? Reason(Situation s, Opportunity o) => o switch
    {
        { Stage: Stage.Declined or Stage.Rejected or Stage.Withdrawn } => null,
        { Offer.Status: OfferStatus.Expected } => Why.OnItsWay,
        { Offer.Status: OfferStatus.Verbal } => Why.Spoken,
        { Stage: Stage.Offer, Offer.Shortfalls.Count: > 0 } when s.IsCurrentHeldOffer(o) => Why.FallsShort,
        { Stage: Stage.Accepted } when s.SolidAcceptance is null => Why.NotSolid,
        _ => null,
    };

    protected internal override (string Summary, string Why) Describe(Situation s, Opportunity o) =>
        (Reason(s, o) == Why.FallsShort && o.Offer!.IsInWriting
            ? $"Keep your other interviews: the {o.Company} offer is short of what you want"
            : $"Keep your other interviews: the {o.Company} offer is not solid", Reason(s, o) switch
        {
            Why.OnItsWay => $"{o.Company} is putting an offer together, but an offer on its way is not an offer. Go to every interview you have until it is in writing.",
            Why.Spoken => $"The offer from {o.Company} is only spoken so far. Keep every interview until it is in writing with a start date.",
            Why.FallsShort => $"The offer from {o.Company} falls short of what you want. Keep interviewing: another offer may fit better, or strengthen your hand.",
            _ => $"Your acceptance at {o.Company} is not solid until it is in writing with a start date. Keep your interviews until it is.",
        });

    /// <summary>A state, not a task: it ends when the offer is solid, not when a button is pressed.</summary>
    public override bool CanComplete => false;

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice) =>
        new("code", "keep-interviewing ends when the offer is solid; there is nothing to mark done");

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries) => "";
}
