namespace OfferDesk.Core.Tests.Support;

/// <summary>
/// A candidate's search for a test: the opportunities, who the candidate is, and the advice on a
/// day. Every search is checked against the document rules first, so no test leans on a pipeline
/// the product would refuse.
/// </summary>
public sealed class Search
{
    public Pipeline Pipeline { get; }

    private Search(Pipeline pipeline) => Pipeline = pipeline;

    public static Search Of(params Opportunity[] opportunities) => new(new Pipeline
    {
        Version = 1,
        Candidate = new Candidate { Employment = Employment.Employed, Name = "Sam Lee" },
        Opportunities = [.. opportunities],
    });

    public Search Unemployed()
    {
        Pipeline.Candidate.Employment = Employment.Unemployed;
        return this;
    }

    public Search Unnamed()
    {
        Pipeline.Candidate.Name = null;
        return this;
    }

    public Opportunity this[string id] => Pipeline.Find(id) ?? throw new ArgumentException($"no opportunity {id}");

    public Advice Advise() => AdviseOn(Day.Today);

    public Advice AdviseOn(DateOnly today) => Advisor.Advise(Valid(), today);

    public Situation Situation() => SituationOn(Day.Today);

    public Situation SituationOn(DateOnly today) => new(Valid(), today);

    private Pipeline Valid()
    {
        PipelineRules.Check(Pipeline).Select(p => p.ToString()).ShouldBeEmpty("the test search breaks a document rule");
        return Pipeline;
    }
}
