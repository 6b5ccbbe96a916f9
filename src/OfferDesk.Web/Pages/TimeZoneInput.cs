namespace OfferDesk.Web.Pages;

/// <summary>
/// What the time zone field shows (_TimeZoneInput): the value, the server's zone (the default),
/// whether the browser's zone may replace the value, and the field's problem, if any.
/// </summary>
public sealed record TimeZoneInput(string? Value, string ServerZone, bool FromBrowser, string? Error);
