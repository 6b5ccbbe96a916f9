namespace OfferDesk.Core.Tests.Engine;

/// <summary>
/// Issue 19: a company's history names each event as something that happened, in the person's
/// words ("Asked them to speed up"), never as the document's code ("Accelerate call").
/// </summary>
public class HappenedWordsTests
{
    [Theory]
    [InlineData(EventKind.AccelerateCall, "Asked them to speed up")]
    [InlineData(EventKind.DeferralNotice, "Told them when I'd answer")]
    [InlineData(EventKind.CommitmentSignal, "Told them they're my first choice")]
    [InlineData(EventKind.TimeRequest, "Asked for more time")]
    [InlineData(EventKind.OfferRequest, "Asked for the offer in writing")]
    public void TheIssuesKindsAreThingsThatHappened(EventKind kind, string words) =>
        Vocabulary.Happened(kind).ShouldBe(words);

    [Fact]
    public void EveryKindAndOutcomeHasWordsOfItsOwnNotItsCode()
    {
        var all = Enum.GetValues<EventKind>().Select(Vocabulary.Happened).ToList();
        all.ShouldBeUnique();
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            var code = Wording.Code(kind);
            Vocabulary.Happened(kind).ToLowerInvariant().ShouldNotBe(code.Replace('-', ' '), $"{code} is named by its code");
        }
        Enum.GetValues<CallOutcome>().Select(Vocabulary.Outcome).ShouldBeUnique();
    }
}
