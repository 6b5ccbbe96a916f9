namespace OfferDesk.Core.Playbook.Moves;

/// <summary>Once an acceptance is solid, close the other processes kindly.</summary>
public sealed class WithdrawApplication : MoveRule
{
    public override MoveCode Code => MoveCode.WithdrawApplication;
    public override EventKind? SettledBy => EventKind.Withdrawal;
    public override Channel Channel => Channel.Email;
    public override bool AfterSolidAcceptance => true;

    public override IEnumerable<Proposal> Propose(Situation s)
    {
        if (s.SolidAcceptance is not { } acc) yield break;
        foreach (var o in s.All)
        {
            if (o == acc || !s.IsInProcess(o) || s.HasUpcomingInterview(o)) continue;
            var channel = ChannelFor(s, o);
            yield return Propose(s, o, Priority.Normal,
                channel == Channel.Phone ? $"Call {Words.Whom(o, channel)} to withdraw your application" : $"Withdraw your application to {o.Company}",
                $"You have accepted a solid offer at {acc.Company}. A short word lets {o.Company} move on, and leaves a good impression for the future.",
                channel: channel);
        }
    }

    public override Problem? Complete(Pipeline pipeline, Opportunity o, DateOnly today, string? choice)
    {
        o.Withdraw(today);
        return null;
    }

    public override string CarriedJob => "withdraws your application";

    public override string Script(Situation s, Opportunity o, Channel channel, IReadOnlyCollection<MoveCode> carries) =>
        Words.Message(s, o, channel, $"Withdrawing my application: {Words.TheRole(o)}",
            $"I'm calling about my application for {Words.TheRole(o)}.",
            $"Thank you for considering me for {Words.TheRole(o)}. I have accepted another position, so I would like to withdraw my application.",
            Words.HaveMet(s, o)
                ? $"I appreciated the time you spent with me, and I have a high opinion of {o.Company}. I hope we have a chance to work together in the future."
                : $"I have a high opinion of {o.Company}, and I hope we have a chance to work together in the future.",
            Words.Carried(s, o, carries));
}
