using System.Text;
using System.Text.Json;

namespace OfferDesk.Core.Comparison;

/// <summary>
/// The offers weighed, as JSON: the one format of <c>GET /api/offers</c> and <c>offerdesk offers
/// --format json</c>, so both give the same figures for the same search. Money is rounded to the
/// cent here (the figures behind it are exact); a figure that cannot be worked out is null.
/// </summary>
public static class WeighingJson
{
    public static string Serialize(Weighing weighing, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Json.Encoder }))
            Write(w, weighing);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Weighing x)
    {
        w.WriteStartObject();
        Str(w, "currency", x.Currency);
        w.WriteNumber("years", OfferMoney.Years);
        w.WriteStartArray("whatMatters");
        foreach (var m in x.WhatMatters)
        {
            w.WriteStartObject();
            w.WriteString("name", m.Name);
            w.WriteNumber("weight", m.Weight);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("missingRates");
        foreach (var c in x.MissingRates) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteStartArray("offers");
        foreach (var o in x.Offers) WriteOffer(w, o);
        w.WriteEndArray();
        if (x.Flip is { } f)
        {
            w.WriteStartObject("flip");
            w.WriteString("top", f.Top.Offer.OpportunityId);
            w.WriteString("other", f.Other.Offer.OpportunityId);
            Str(w, "currency", f.Currency);
            w.WriteBoolean("alreadyAhead", f.AlreadyAhead);
            w.WriteNumber("gap", Cents(f.Gap));
            w.WriteNumber("extraBase", Cents(f.ExtraBase));
            w.WriteNumber("extraSigning", Cents(f.ExtraSigning));
            Num(w, "ask", f.Ask);
            w.WriteEndObject();
        }
        else w.WriteNull("flip");
        Str(w, "noFlip", x.NoFlip);
        w.WriteEndObject();
    }

    private static void WriteOffer(Utf8JsonWriter w, WeighedOffer o)
    {
        w.WriteStartObject();
        w.WriteString("opportunity", o.Offer.OpportunityId);
        w.WriteString("company", o.Offer.Company);
        if (o.Offer.Preference is { } p) w.WriteNumber("preference", p); else w.WriteNull("preference");
        Str(w, "currency", o.Offer.Currency);
        if (o.Years is { } years)
        {
            w.WriteStartArray("years");
            foreach (var y in years)
            {
                w.WriteStartObject();
                w.WriteNumber("year", y.Year);
                w.WriteNumber("base", Cents(y.Base));
                w.WriteNumber("bonus", Cents(y.Bonus));
                w.WriteNumber("signing", Cents(y.Signing));
                w.WriteNumber("equity", Cents(y.Equity));
                w.WriteNumber("total", Cents(y.Total));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        else w.WriteNull("years");
        Num(w, "fourYearTotal", o.FourYearTotal);
        if (o.Rate is { } r) w.WriteNumber("rate", r); else w.WriteNull("rate");
        Num(w, "comparedFourYearTotal", o.ComparedTotal);
        w.WriteStartObject("score");
        if (o.Score.Value is { } v) w.WriteNumber("value", v); else w.WriteNull("value");
        w.WriteNumber("points", o.Score.Points);
        w.WriteNumber("weights", o.Score.WeightTotal);
        w.WriteString("working", o.Score.Working);
        w.WriteStartArray("terms");
        foreach (var t in o.Score.Terms)
        {
            w.WriteStartObject();
            w.WriteString("matter", t.Matter);
            w.WriteNumber("weight", t.Weight);
            w.WriteNumber("rating", t.Rating);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("unrated");
        foreach (var u in o.Score.Unrated) w.WriteStringValue(u);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Money as shown: to the cent, halves away from zero.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static void Num(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, Cents(v)); else w.WriteNull(name);
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value); else w.WriteNull(name);
    }
}
