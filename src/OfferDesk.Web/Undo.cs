using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using OfferDesk.Core.Documents;
using OfferDesk.Core.Model;

namespace OfferDesk.Web;

/// <summary>
/// "Undo" after Done: the companies a save changed, as they were before it, sealed for this user
/// and for ten minutes. Undoing puts them back only if nothing was saved since (the version the
/// Done made), so an undo never overwrites a later change. Its expiry is read from the one clock
/// (<see cref="CandidateClock"/>), not the machine's: the framework's time-limited protector reads
/// the machine's, which no test can move.
/// </summary>
public sealed class Undo(IDataProtectionProvider protection, CandidateClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly IDataProtector _protector = protection.CreateProtector("OfferDesk.Undo.v2");

    private sealed record Sealed(string User, int Version, string Before, DateTimeOffset Expires);

    /// <summary>The companies that differ between <paramref name="before"/> and <paramref name="after"/>, as they were.</summary>
    public static Pipeline Changed(Pipeline before, Pipeline after)
    {
        var changed = new Pipeline();
        foreach (var o in before.Opportunities)
            if (after.Find(o.Id) is not { } now || One(o) != One(now)) changed.Opportunities.Add(o);
        return changed;
    }

    private static string One(Opportunity o) => PipelineJson.Serialize(new Pipeline { Opportunities = [o] }, indented: false);

    /// <summary>
    /// A short fingerprint of one company as it is stored: a form carries the one it was made
    /// from, so a save conflicts only when that company changed since, not when another did.
    /// </summary>
    public static string Fingerprint(Opportunity o) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(One(o))))[..22];

    public string Seal(string userId, int versionAfter, Pipeline changedBefore) =>
        _protector.Protect(JsonSerializer.Serialize(new Sealed(userId, versionAfter, PipelineJson.Serialize(changedBefore, indented: false), clock.Now + Lifetime)));

    /// <summary>The version the undo expects and the companies to put back; null when the token is not this user's, altered or too old.</summary>
    public (int Version, List<Opportunity> Before)? Open(string userId, string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var s = JsonSerializer.Deserialize<Sealed>(_protector.Unprotect(token));
            if (s is null || s.User != userId || clock.Now > s.Expires) return null;
            var parsed = PipelineJson.Parse(s.Before);
            return parsed.Pipeline is null ? null : (s.Version, parsed.Pipeline.Opportunities);
        }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
        catch (JsonException) { return null; }
    }

    /// <summary>Puts the companies back as they were.</summary>
    public static IReadOnlyList<Problem> Restore(Pipeline p, List<Opportunity> before)
    {
        foreach (var o in before)
        {
            var i = p.Opportunities.FindIndex(x => x.Id == o.Id);
            if (i < 0) return [new Problem("", $"{o.Company} is no longer in your search, so there is nothing to undo.")];
            p.Opportunities[i] = o;
        }
        return [];
    }
}
