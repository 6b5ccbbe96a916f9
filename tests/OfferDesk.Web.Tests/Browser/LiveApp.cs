using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests.Browser;

/// <summary>
/// The app on a real loopback port (Kestrel, not the in-memory test server), with the factory's
/// private SQLite database and its clock fixed at 2026-03-10, so a browser can reach it.
/// </summary>
public sealed class LiveApp : IDisposable
{
    public OfferDeskFactory Factory { get; }

    /// <summary>The root address, e.g. http://127.0.0.1:41234, without a trailing slash.</summary>
    public string Address { get; }

    /// <summary>"Today" in the app: the fixed clock's date.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Factory.Clock.Now.UtcDateTime);

    public LiveApp()
    {
        Factory = new OfferDeskFactory();
        try
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
            var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                ?? throw new InvalidOperationException("the Kestrel server reports no addresses");
            Address = addresses.First().TrimEnd('/');
        }
        catch
        {
            Factory.Dispose();
            throw;
        }
    }

    public string Url(string path) => Address + path;

    public void Dispose() => Factory.Dispose();
}
