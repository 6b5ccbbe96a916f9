namespace OfferDesk.Core.Documents;

/// <summary>Something wrong with a document, located by its path (<c>opportunities[2].offer.deadline</c>).</summary>
public sealed record Problem(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>What reading a document gave: the pipeline, or every problem found in it.</summary>
public sealed record ParseResult(Pipeline? Pipeline, IReadOnlyList<Problem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Pipeline is not null;
}
