namespace OfferDesk.Core.Tests.Support;

/// <summary>Assertions that read like the playbook: "the advice proposes follow-up for acme".</summary>
public static class AdviceAssertions
{
    public static Move ShouldPropose(this Advice advice, string code, string opportunity)
    {
        var found = advice.Moves.Where(m => m.CodeText == code && m.Opportunity == opportunity).ToList();
        found.Count.ShouldBe(1, $"expected one {code} for {opportunity} in moves; {Describe(advice)}");
        return found[0];
    }

    /// <summary>
    /// The one move of today that does this job for the opportunity: the move itself, or the one
    /// conversation that carries it (V1).
    /// </summary>
    public static Move ShouldDo(this Advice advice, string code, string opportunity)
    {
        var found = advice.Moves.Where(m => m.Opportunity == opportunity && (m.CodeText == code || m.Carries.Any(c => Wording.Code(c) == code))).ToList();
        found.Count.ShouldBe(1, $"expected one move doing {code} for {opportunity}; {Describe(advice)}");
        return found[0];
    }

    public static Move ShouldHaveUpcoming(this Advice advice, string code, string opportunity)
    {
        var found = advice.Upcoming.Where(m => m.CodeText == code && m.Opportunity == opportunity).ToList();
        found.Count.ShouldBe(1, $"expected one {code} for {opportunity} in upcoming; {Describe(advice)}");
        return found[0];
    }

    /// <summary>Neither in moves nor in upcoming; with no opportunity, for none at all.</summary>
    public static void ShouldNotPropose(this Advice advice, string code, string? opportunity = null) =>
        advice.Moves.Concat(advice.Upcoming)
            .Where(m => m.CodeText == code && (opportunity is null || m.Opportunity == opportunity))
            .ShouldBeEmpty($"expected no {code}{(opportunity is null ? "" : " for " + opportunity)}; {Describe(advice)}");

    public static Warning ShouldWarn(this Advice advice, string code, string? opportunity)
    {
        var found = advice.Warnings.Where(w => w.Code == code && w.Opportunity == opportunity).ToList();
        found.Count.ShouldBe(1, $"expected one {code} warning for {opportunity ?? "(the search)"}; warnings: {string.Join(", ", advice.Warnings.Select(w => $"{w.Code}/{w.Opportunity}"))}");
        found[0].Message.ShouldNotBeNullOrWhiteSpace();
        return found[0];
    }

    public static void ShouldNotWarn(this Advice advice, string code) =>
        advice.Warnings.Where(w => w.Code == code).ShouldBeEmpty($"expected no {code} warning");

    /// <summary>The fields every "proposed" test pins down besides code and opportunity.</summary>
    public static Move ShouldBe(this Move move, Priority priority, DateOnly due, Channel channel)
    {
        move.ShouldSatisfyAllConditions(
            () => move.Priority.ShouldBe(priority),
            () => move.Due.ShouldBe(due),
            () => move.Channel.ShouldBe(channel));
        return move;
    }

    private static string Describe(Advice advice) =>
        $"moves: [{string.Join(", ", advice.Moves.Select(m => $"{m.CodeText}/{m.Opportunity}"))}], upcoming: [{string.Join(", ", advice.Upcoming.Select(m => $"{m.CodeText}/{m.Opportunity}"))}]";
}
