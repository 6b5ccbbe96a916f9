using System.Data.Common;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OfferDesk.Data;
using OfferDesk.Web.Tests.Infrastructure;

namespace OfferDesk.Web.Tests;

/// <summary>
/// A backup is not a master key: with a certificate configured, the key ring that signs cookies
/// and tokens is encrypted in the database with a key that is not there, so a copy of the
/// database cannot accept a session. Without one, start-up says so loudly.
/// </summary>
[Collection(PostgresServer.CollectionName)]
public sealed class KeyRingTests(PostgresServer server) : IDisposable
{
    private const string Password = "correct horse battery staple";
    private static readonly Uri Site = new("http://localhost");
    private readonly string _dir = Directory.CreateTempSubdirectory("offerdesk-keyring-").FullName;

    private string Certificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=OfferDesk key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_dir, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx password"));
        return path;
    }

    private static List<string> StoredKeys(OfferDeskFactory app)
    {
        using DbConnection connection = app.Services.GetRequiredService<DatabaseTarget>().Connect();
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"Xml\" FROM \"ProtectionKeys\"";
        var keys = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys;
    }

    private static async Task<(HttpClient Browser, CookieContainer Jar)> SignUpAsync(OfferDeskFactory app)
    {
        var jar = new CookieContainer();
        var browser = app.CreateDefaultClient(Site, new CookieContainerHandler(jar));
        var email = $"keys-{Guid.NewGuid():N}@example.test";
        var register = await HtmlForm.LoadAsync(browser, "/account/register", "name=\"password\"");
        (await register.Set("email", email).Set("password", Password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var login = await HtmlForm.LoadAsync(browser, "/account/login", "name=\"password\"");
        (await login.Set("email", email).Set("password", Password).SubmitAsync(browser)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (browser, jar);
    }

    [Theory]
    [InlineData("sqlite")]
    [PostgresInlineData("postgres")]
    public async Task WithACertificateTheStoredKeyRingIsEncryptedAndACopyOfTheDatabaseCannotReadASession(string provider)
    {
        var sqliteFile = Path.Combine(_dir, "keys.db");
        await using var first = await OwnApp.StartAsync(server, provider, new()
        {
            ["DataProtection:CertificatePath"] = Certificate(), ["DataProtection:CertificatePassword"] = "pfx password",
        }, connectionString: provider == "sqlite" ? $"Data Source={sqliteFile}" : null);
        var (browser, jar) = await SignUpAsync(first.App);
        (await browser.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var keys = StoredKeys(first.App);
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(k => k.Contains("encryptedSecret") && !k.Contains("<value>"));

        // The same database, as a thief with a copy would run it: without the certificate.
        var sameDatabase = provider == "sqlite" ? $"Data Source={sqliteFile}" : first.App.Services.GetRequiredService<DatabaseTarget>().ConnectionString;
        await using var copy = await OwnApp.StartAsync(server, provider, [], connectionString: sameDatabase);
        var thief = copy.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", $"offerdesk={jar.GetCookies(Site)["offerdesk"]!.Value}");
        var stolen = await thief.GetAsync("/");
        stolen.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the session cookie does not open without the certificate");
        stolen.Location().ShouldContain("/account/login");
    }

    [Fact]
    public async Task WithoutACertificateStartUpWarnsLoudly()
    {
        var withoutSink = new LogSink();
        await using (var without = await OwnApp.StartAsync(server, "sqlite", [], services: s => s.AddSingleton<ILoggerProvider>(withoutSink)))
            (await without.App.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        withoutSink.Lines.ShouldContain(l => l.Level == LogLevel.Warning && l.Message.Contains("UNENCRYPTED") && l.Message.Contains("DataProtection__CertificatePath"));

        var withSink = new LogSink();
        await using (var with = await OwnApp.StartAsync(server, "sqlite", new()
                     {
                         ["DataProtection:CertificatePath"] = Certificate(), ["DataProtection:CertificatePassword"] = "pfx password",
                     }, services: s => s.AddSingleton<ILoggerProvider>(withSink)))
            (await with.App.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        withSink.Lines.ShouldNotContain(l => l.Message.Contains("UNENCRYPTED"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
