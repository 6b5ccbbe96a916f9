namespace OfferDesk.Core.Playbook;

/// <summary>
/// "Done" on a move: each move's class records what the candidate did as the event (or stage
/// change) that settles it, so the next advice moves on. This is the one door the faces use.
/// </summary>
public static class Completion
{
    /// <summary>
    /// Applies "Done" to <paramref name="pipeline"/> in place, for the move and the moves its message
    /// carried (V1, one conversation per opportunity per day: every member's event is logged). Returns the problem
    /// when the move, opportunity or choice is not valid; nothing is changed then.
    /// </summary>
    public static Problem? Complete(Pipeline pipeline, string code, string opportunityId, DateOnly today, string? choice = null)
    {
        if (Playbook.Find(code) is not { CanComplete: true } rule) return new Problem("code", $"\"{code}\" is not a move that can be marked done");
        if (pipeline.Find(opportunityId) is not { } o) return new Problem("opportunity", $"no opportunity has the id \"{opportunityId}\"");
        var choices = rule.Choices;
        if (choices.Count > 0 && (choice is null || !choices.Any(c => c.Value == choice)))
            return new Problem("choice", $"choose one of {string.Join(", ", choices.Select(c => c.Value))}");
        // What the conversation carried depends on the day's advice, so it is read before the change.
        var move = Advisor.Advise(pipeline, today).Moves.FirstOrDefault(m => m.Code == rule.Code && m.Opportunity == o.Id);
        if (rule.Complete(pipeline, o, today, choice) is { } problem) return problem;
        // V1: every carried member's event, and that of each member dropped because this move did its job.
        foreach (var other in (move?.Carries ?? []).Concat(move?.Drops ?? []))
            if (other != rule.Code) Playbook.Rule(other).CompleteCarried(pipeline, o, today);
        return null;
    }
}
