using OfferDesk.Core.Comparison;

namespace OfferDesk.Core.Tests.Weighing;

/// <summary>The new fields are optional in version 1: old searches read and write as before; new ones round-trip; bad ones are located.</summary>
public sealed class WeighingDocumentTests
{
    private const string Weighed = """
        {
          "version": 1,
          "candidate": { "employment": "employed" },
          "opportunities": [
            { "id": "acme", "company": "Acme", "stage": "offer", "preference": 1,
              "offer": { "status": "written", "baseSalary": 100000, "currency": "USD", "grantValue": 400000, "vestingYears": 4, "cliffMonths": 12,
                         "vestingSplit": [5, 15, 40, 40], "ratings": [ { "matter": "Title", "rating": 4 } ] } },
            { "id": "berlin", "company": "Berlin", "stage": "offer", "preference": 2,
              "offer": { "status": "verbal", "baseSalary": 90000, "currency": "EUR" } }
          ],
          "whatMatters": [ { "name": "Title", "weight": 5 }, { "name": "Team", "weight": 0 } ],
          "exchangeRates": [ { "from": "EUR", "to": "USD", "rate": 1.08 } ]
        }
        """;

    [Fact]
    public void A_weighed_search_round_trips_and_an_old_one_writes_no_new_fields()
    {
        var read = PipelineJson.Parse(Weighed);
        read.Problems.ShouldBeEmpty();
        var p = read.Pipeline!;
        p.WhatMatters.Select(m => (m.Name, m.Weight)).ShouldBe([("Title", 5), ("Team", 0)]);
        p.ExchangeRates.Single().Rate.ShouldBe(1.08m);
        p.Opportunities[0].Offer!.VestingSplit.ShouldBe([5m, 15m, 40m, 40m]);
        p.Opportunities[0].Offer!.Ratings.Single().Rating.ShouldBe(4);

        var again = PipelineJson.Serialize(p);
        PipelineJson.Serialize(PipelineJson.Parse(again).Pipeline!).ShouldBe(again);

        var old = PipelineJson.Parse("""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "status": "written", "baseSalary": 1, "equityPerYear": 5 } } ] }""").Pipeline!;
        var written = PipelineJson.Serialize(old);
        foreach (var name in new[] { "whatMatters", "exchangeRates", "grantValue", "vestingYears", "cliffMonths", "vestingSplit", "ratings" })
            written.ShouldNotContain(name);
        OfferWeighing.Weigh(old).Offers.Single().FourYearTotal.ShouldBe(24m);
    }

    [Theory]
    [InlineData("\"grantValue\": 1, \"vestingSplit\": [50, 40]", "opportunities[0].offer.vestingSplit", "adds up to 90%")]
    [InlineData("\"vestingSplit\": [50, 50], \"grantValue\": 1, \"vestingYears\": 4", "opportunities[0].offer.vestingYears", "one share per year")]
    [InlineData("\"cliffMonths\": 12", "opportunities[0].offer.grantValue", "give the grant's whole value")]
    [InlineData("\"grantValue\": 1, \"cliffMonths\": 60", "opportunities[0].offer.cliffMonths", "longer than the vesting")]
    [InlineData("\"grantValue\": 1, \"vestingYears\": 11", "opportunities[0].offer.vestingYears", "at most 10")]
    [InlineData("\"ratings\": [ { \"matter\": \"Pay\", \"rating\": 3 } ]", "opportunities[0].offer.ratings[0].matter", "not one of the things")]
    [InlineData("\"ratings\": [ { \"matter\": \"Title\", \"rating\": 6 } ]", "opportunities[0].offer.ratings[0].rating", "at most 5")]
    [InlineData("\"vestingSplit\": [\"half\"]", "opportunities[0].offer.vestingSplit[0]", "expected a number")]
    public void A_bad_grant_or_rating_is_refused_at_its_path(string fields, string path, string says)
    {
        var json = $$"""{ "version": 1, "opportunities": [ { "id": "a", "company": "A", "stage": "offer", "offer": { "status": "written", {{fields}} } } ], "whatMatters": [ { "name": "Title", "weight": 3 } ] }""";

        var result = PipelineJson.Parse(json);

        result.Pipeline.ShouldBeNull();
        result.Problems.ShouldContain(x => x.Path == path && x.Message.Contains(says), string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("\"whatMatters\": [ { \"name\": \"Title\", \"weight\": 6 } ]", "whatMatters[0].weight", "at most 5")]
    [InlineData("\"whatMatters\": [ { \"name\": \"Title\", \"weight\": 1 }, { \"name\": \"title\", \"weight\": 2 } ]", "whatMatters[1].name", "already named")]
    [InlineData("\"whatMatters\": [ {}, {}, {}, {}, {}, {}, {}, {}, {} ]", "whatMatters", "at most 8")]
    [InlineData("\"exchangeRates\": [ { \"from\": \"EUR\", \"to\": \"EUR\", \"rate\": 1 } ]", "exchangeRates[0].to", "same currency")]
    [InlineData("\"exchangeRates\": [ { \"from\": \"eur\", \"to\": \"USD\", \"rate\": 1 } ]", "exchangeRates[0].from", "not a currency code")]
    [InlineData("\"exchangeRates\": [ { \"from\": \"EUR\", \"to\": \"USD\", \"rate\": 0 } ]", "exchangeRates[0].rate", "not a rate")]
    [InlineData("\"exchangeRates\": [ { \"from\": \"EUR\", \"to\": \"USD\", \"rate\": 1.1 }, { \"from\": \"USD\", \"to\": \"EUR\", \"rate\": 0.9 } ]", "exchangeRates[1]", "already given")]
    public void Bad_weights_or_rates_are_refused_at_their_path(string fields, string path, string says)
    {
        var json = $$"""{ "version": 1, "opportunities": [], {{fields}} }""";

        var result = PipelineJson.Parse(json);

        result.Problems.ShouldContain(x => x.Path == path && x.Message.Contains(says), string.Join("\n", result.Problems));
    }
}
