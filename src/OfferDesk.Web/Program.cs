using OfferDesk.Web;
using OfferDesk.Web.Infrastructure;

WebApplication app;
try
{
    app = WebApp.Build(args);
}
catch (StartupRefusal refused)
{
    // One line a person can act on, not a stack trace.
    Console.Error.WriteLine(refused.Message);
    return 1;
}
app.Run();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
