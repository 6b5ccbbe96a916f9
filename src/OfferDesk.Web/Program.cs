var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "OfferDesk");
app.Run();

public partial class Program;
