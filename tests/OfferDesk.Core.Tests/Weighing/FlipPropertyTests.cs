using FsCheck;
using FsCheck.Fluent;
using OfferDesk.Core.Comparison;

namespace OfferDesk.Core.Tests.Weighing;

/// <summary>
/// The number that flips it, over generated offers: raising the top choice's base salary by it
/// makes the top choice's four-year money match the best other offer's, within one currency unit;
/// and when the top choice is already ahead, nothing is asked.
/// </summary>
public sealed class FlipPropertyTests
{
    private static Gen<Offer> OfferGen =>
        from pay in Gen.Choose(0, 400).Select(k => k * 1_000m + 0.5m * (k % 3))
        from bonus in Gen.Elements<decimal?>(null, 0m, 7.5m, 15m, 100m)
        from signing in Gen.Elements<decimal?>(null, 0m, 10_000m, 33_333.33m)
        from perYear in Gen.Elements<decimal?>(null, 12_345.67m)
        from grant in Gen.Elements<decimal?>(null, 0m, 100_000m, 987_654.32m)
        from years in Gen.Elements<int?>(null, 1, 3, 4, 5)
        from cliff in Gen.Elements<int?>(null, 0, 6, 12, 18)
        from split in Gen.Elements<decimal[]>([], [5m, 15m, 40m, 40m], [33.33m, 33.33m, 33.34m])
        select Build(pay, bonus, signing, perYear, grant, years, cliff, split);

    private static Offer Build(decimal pay, decimal? bonus, decimal? signing, decimal? perYear, decimal? grant, int? years, int? cliff, decimal[] split)
    {
        var offer = new Offer { Status = OfferStatus.Written, BaseSalary = pay, Currency = "USD", BonusTargetPercent = bonus, SigningBonus = signing, EquityPerYear = perYear };
        // A split and its years must agree, as the document's rules require.
        var y = split.Length > 0 ? split.Length : years;
        var c = cliff is { } m && m > (y ?? 4) * 12 ? null : cliff;
        offer.SetGrant(grant, grant is null ? null : y, grant is null ? null : c, grant is null ? [] : split);
        return offer;
    }

    private static Gen<Pipeline> SearchGen =>
        from n in Gen.Choose(2, 5)
        from offers in Gen.ListOf(OfferGen, n)
        select new Pipeline
        {
            Opportunities = [.. offers.Select((o, i) => new Opportunity { Id = $"co-{i}", Company = $"Company {i}", Preference = i + 1, Stage = Stage.Offer, Offer = o })],
        };

    [Fact]
    public void RaisingTheTopChoicesBaseByTheFlipNumberMatchesTheBestOtherOffer()
    {
        var behind = 0;
        Prop.ForAll(SearchGen.ToArbitrary(), p =>
        {
            PipelineRules.Check(p).ShouldBeEmpty("the generator made a search the product would refuse");
            var before = OfferWeighing.Weigh(p);
            var flip = before.Flip.ShouldNotBeNull(before.NoFlip);
            var best = before.Offers.Skip(1).Max(o => o.ComparedTotal!.Value);
            flip.Other.ComparedTotal.ShouldBe(best);
            if (flip.AlreadyAhead)
            {
                flip.ExtraBase.ShouldBe(0m);
                flip.Ask.ShouldBeNull();
                before.Offers[0].ComparedTotal!.Value.ShouldBeGreaterThanOrEqualTo(best);
                return;
            }
            behind++;
            flip.ExtraBase.ShouldBeGreaterThan(0m);
            flip.Ask!.Value.ShouldBeGreaterThanOrEqualTo(p.Opportunities[0].Offer!.BaseSalary!.Value + flip.ExtraBase);

            var top = p.Opportunities[0].Offer!;
            top.BaseSalary += flip.ExtraBase;
            var raised = OfferMoney.FourYearTotal(top)!.Value;
            Math.Abs(raised - best).ShouldBeLessThanOrEqualTo(1m, $"raised by {flip.ExtraBase}: {raised} against {best}");

            // The signing-bonus form of the same number closes the same gap.
            top.BaseSalary -= flip.ExtraBase;
            top.SigningBonus = (top.SigningBonus ?? 0m) + flip.ExtraSigning;
            Math.Abs(OfferMoney.FourYearTotal(top)!.Value - best).ShouldBeLessThanOrEqualTo(1m);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
        // The property only means something if many generated top choices were behind.
        behind.ShouldBeGreaterThan(100);
    }
}
