using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using OfferDesk.Data;

namespace OfferDesk.Web.Infrastructure;

/// <summary>
/// The Data Protection key ring (which signs cookies, bearer tokens and antiforgery tokens) lives
/// in the database so every instance shares it, and is encrypted there with a certificate that is
/// not in the database (<c>DataProtection:CertificatePath</c>, <c>DataProtection:CertificatePassword</c>):
/// a copy of the database or of a backup then cannot mint a session production accepts.
/// Without a certificate the keys are stored readable, and start-up says so loudly.
/// </summary>
public static class KeyRing
{
    public const string UnencryptedWarning =
        "WARNING: the key ring that signs sign-in cookies and tokens is stored UNENCRYPTED in the database: anyone holding a copy of the database or a backup can sign in as any user. Set DataProtection__CertificatePath (and DataProtection__CertificatePassword) to a certificate file kept outside the database; see docs/OPERATIONS.md.";

    /// <summary>Whether keys are encrypted at rest (a certificate was configured).</summary>
    public static bool AddKeyRing(this IServiceCollection services, IConfiguration config)
    {
        var dp = services.AddDataProtection().SetApplicationName("OfferDesk");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new ProtectionKeyStore(sp.GetRequiredService<DatabaseTarget>(), sp.GetRequiredService<SqliteWriteGate>())));
        var path = config["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return false;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, config["DataProtection:CertificatePassword"]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupRefusal($"DataProtection:CertificatePath: {path}: the certificate could not be read ({e.Message.ReplaceLineEndings(" ").Trim()})", e);
        }
        if (!certificate.HasPrivateKey)
            throw new StartupRefusal($"DataProtection:CertificatePath: {path}: the certificate has no private key (export it as a .pfx with its key)");
        dp.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return true;
    }
}
