namespace OfferDesk.Data; internal static class Placeholder;
