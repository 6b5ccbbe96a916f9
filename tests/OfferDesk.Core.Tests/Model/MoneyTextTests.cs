namespace OfferDesk.Core.Tests.Model;

/// <summary>
/// Money as people write it (issue 19): one table of inputs, each with the currency of the offer,
/// the person's language, and the one amount it must read as. The amounts are written here as
/// plain numbers, so a change in the reader's rules fails a row.
/// </summary>
public class MoneyTextTests
{
    public static TheoryData<string, string?, string, decimal> ReadsAs => new()
    {
        // The issue's own examples.
        { "120k", null, "en-US", 120000m },
        { "120K", null, "en-US", 120000m },
        { "$120,000", null, "en-US", 120000m },
        { "$120,000", "USD", "de-DE", 120000m },
        { "120.000 €", null, "en-US", 120000m },
        { "120.000 €", "EUR", "en-US", 120000m },
        { "€95.000", null, "en-US", 95000m },
        { "€95.000", "EUR", "en-GB", 95000m },
        { "120 000", null, "en-US", 120000m },
        { "120 000", "EUR", "fr-FR", 120000m },
        { "1.2M", null, "en-US", 1200000m },
        { "120.000", "EUR", "en-US", 120000m },
        // Plain numbers, and what forms sent before.
        { "120000", null, "en-US", 120000m },
        { "120000", "EUR", "de-DE", 120000m },
        { "0", "USD", "en-US", 0m },
        { "120000.5", null, "en-US", 120000.5m },
        // Each person's own convention.
        { "120,000", null, "en-US", 120000m },
        { "120.000", null, "de-DE", 120000m },
        { "120.000", null, "es-ES", 120000m },
        { "1.234,56", null, "de-DE", 1234.56m },
        { "1,234.56", null, "de-DE", 1234.56m },
        { "1,234.56", null, "en-US", 1234.56m },
        { "120 000,50", null, "fr-FR", 120000.50m },
        { "120\u202F000", null, "fr-FR", 120000m },
        { "120\u00A0000 €", null, "fr-FR", 120000m },
        { "120'000", "CHF", "de-CH", 120000m },
        { "CHF 120\u2019000", null, "de-CH", 120000m },
        { "1.200.000", null, "en-US", 1200000m },
        { "1,200,000", null, "de-DE", 1200000m },
        { "12,00,000", "INR", "en-IN", 1200000m },
        { "₹12,00,000", null, "hi-IN", 1200000m },
        { "95,5", null, "de-DE", 95.5m },
        { "99.99", null, "en-US", 99.99m },
        // The currency's custom decides a dot or comma the language does not.
        { "120,000", "USD", "de-DE", 120000m },
        { "£85,000", null, "de-DE", 85000m },
        { "120.000", "DKK", "en-US", 120000m },
        // Shorthands, codes and words around the number.
        { "1,5k", null, "de-DE", 1500m },
        { "1.5k", null, "en-US", 1500m },
        { "120 k", null, "en-US", 120000m },
        { "120k€", null, "en-US", 120000m },
        { "€ 120k", "EUR", "en-US", 120000m },
        { "2 million", null, "en-US", 2000000m },
        { "1,2 Mio", null, "de-DE", 1200000m },
        { "EUR 95000", null, "en-US", 95000m },
        { "95000 eur", "EUR", "en-US", 95000m },
        { "120,000 USD", "USD", "en-US", 120000m },
        { "$120k/yr", null, "en-US", 120000m },
        { "120000 per year", null, "en-US", 120000m },
        { "  120000  ", null, "en-US", 120000m },
        { "120_000", null, "en-US", 120000m },
        { "+120000", null, "en-US", 120000m },
        { "٩٥٠٠٠", null, "ar-EG", 95000m },
        { "１２００００", null, "ja-JP", 120000m },
    };

    [Theory]
    [MemberData(nameof(ReadsAs))]
    public void ReadsTheWayPeopleWriteIt(string text, string? currency, string language, decimal expected)
    {
        var reading = MoneyText.Read(text, currency, NumberLocale.From(language));
        reading.Problem.ShouldBeNull();
        reading.Amount.ShouldBe(expected);
    }

    public static TheoryData<string, string?, string, string> AskedBack => new()
    {
        // A single dot or comma and three digits, claimed by neither the person's way nor the currency's.
        { "120.000", null, "en-US", "Did you mean 120,000 or 120? Write 120000 or 120 to say which" },
        { "120.000", "USD", "en-US", "Did you mean 120,000 or 120?" },
        { "120,000", null, "de-DE", "Did you mean 120.000 or 120?" },
        { "95.500", "GBP", "en-GB", "Did you mean 95,500 or 95.50? Write 95500 or 95.5 to say which" },
        { "1.500", "KWD", "de-DE", "Did you mean 1.500 or 1,50?" },
    };

    [Theory]
    [MemberData(nameof(AskedBack))]
    public void AnAmountThatReadsTwoWaysIsAskedBackNeverGuessed(string text, string? currency, string language, string question)
    {
        var reading = MoneyText.Read(text, currency, NumberLocale.From(language));
        reading.Amount.ShouldBeNull();
        reading.Problem.ShouldNotBeNull().ShouldContain(question);
        reading.Choices.Count.ShouldBe(2);
    }

    public static TheoryData<string, string?, string> Refused => new()
    {
        { "120k-140k", null, "is a range" },
        { "$120,000 to $140,000", null, "is a range" },
        { "-5000", null, "-5000 is negative: amounts are 0 or more" },
        { "10000/month", null, "not for a whole year" },
        { "50 an hour", null, "not for a whole year" },
        { "€95.000", "USD", "is in euros (EUR), but this offer is in USD" },
        { "£85,000", "EUR", "is in pounds (GBP), but this offer is in EUR" },
        { "$120,000", "EUR", "is in dollars or pesos, but this offer is in EUR" },
        { "€100 GBP", null, "two currencies" },
        { "lots", null, "is not an amount: write it like 120,000 or 120k" },
        { "12.00.00", null, "is not an amount" },
        { "1.2.3", null, "is not an amount" },
        { "120.0000", null, "is not an amount" },
        { "12 34", null, "is not an amount" },
        { "1,23,4567", null, "is not an amount" },
        { "99999999999999999999999999999999k", null, "too large" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void WhatIsNotOneAmountIsRefusedInWords(string text, string? currency, string words)
    {
        var reading = MoneyText.Read(text, currency, NumberLocale.Point);
        reading.Amount.ShouldBeNull();
        reading.Problem.ShouldNotBeNull().ShouldContain(words);
        reading.Problem.ShouldContain(text.Length <= 40 ? text : text[..39]);
    }

    [Fact]
    public void ACurrencyTheTextNamesIsGivenBackWhenItIsOnlyOne()
    {
        MoneyText.Read("€95.000", null, NumberLocale.Point).Currency.ShouldBe("EUR");
        MoneyText.Read("95000 chf", null, NumberLocale.Point).Currency.ShouldBe("CHF");
        MoneyText.Read("$120,000", null, NumberLocale.Point).Currency.ShouldBeNull();
        MoneyText.Read("120000", null, NumberLocale.Point).Currency.ShouldBeNull();
    }

    [Fact]
    public void BlankIsNoAmountAndNoProblem()
    {
        MoneyText.Read("  ", "EUR", NumberLocale.Point).IsEmpty.ShouldBeTrue();
        MoneyText.Read(null, null, NumberLocale.Point).IsEmpty.ShouldBeTrue();
    }

    [Theory]
    [InlineData("10", "en-US", 10)]
    [InlineData("12.5%", "en-US", 12.5)]
    [InlineData("12,5 %", "fr-FR", 12.5)]
    public void APercentageReadsWithOrWithoutItsSign(string text, string language, decimal expected) =>
        MoneyText.ReadPercent(text, NumberLocale.From(language)).Amount.ShouldBe(expected);

    [Fact]
    public void APercentageIsNotMoney()
    {
        MoneyText.ReadPercent("10k", NumberLocale.Point).Problem.ShouldNotBeNull().ShouldContain("is not a percentage");
        MoneyText.ReadPercent("$10", NumberLocale.Point).Problem.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("de-DE,de;q=0.9,en;q=0.8", ',', '.')]
    [InlineData("fr-FR", ',', ' ')]
    [InlineData("de-CH", '.', '\'')]
    [InlineData("es-MX", '.', ',')]
    [InlineData("pt-BR", ',', '.')]
    [InlineData("en-GB", '.', ',')]
    [InlineData("", '.', ',')]
    [InlineData(null, '.', ',')]
    public void ThePersonsConventionComesFromTheirLanguage(string? languages, char decimalMark, char groupMark) =>
        NumberLocale.From(languages).ShouldBe(new NumberLocale(decimalMark, groupMark));

    [Fact]
    public void AnAmountIsShownBackInThePersonsWay()
    {
        MoneyText.Format(120000m, NumberLocale.Point).ShouldBe("120,000");
        MoneyText.Format(120000m, NumberLocale.CommaWithPoints).ShouldBe("120.000");
        MoneyText.Format(1234.5m, NumberLocale.CommaWithPoints).ShouldBe("1.234,50");
        MoneyText.Format(120000m, NumberLocale.CommaWithSpaces).ShouldBe("120\u00A0000");
    }
}
