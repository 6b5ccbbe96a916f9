using OfferDesk.Web;

var app = WebApp.Build(args);
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
