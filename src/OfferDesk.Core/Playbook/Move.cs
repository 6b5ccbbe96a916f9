namespace OfferDesk.Core.Playbook;

/// <summary>One piece of advice: what to do about one opportunity, why, by when and how.</summary>
public sealed record Move(
    string Code,
    string Opportunity,
    string Company,
    Priority Priority,
    DateOnly Due,
    Channel Channel,
    string Summary,
    string Why,
    string Script);

public enum Priority { Urgent, High, Normal, Low }

public enum Channel { Phone, Email, Either, None }

/// <summary>A caution about the search as a whole or one opportunity in it.</summary>
public sealed record Warning(string Code, string? Opportunity, string Message);

/// <summary>The advice document of PLAYBOOK section 5.</summary>
public sealed record Advice(DateOnly Today, IReadOnlyList<Move> Moves, IReadOnlyList<Move> Upcoming, IReadOnlyList<Warning> Warnings);
