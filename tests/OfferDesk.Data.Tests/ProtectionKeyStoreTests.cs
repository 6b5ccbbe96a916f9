using System.Xml.Linq;
using OfferDesk.Data.Tests.Infrastructure;
using OfferDesk.Testing;

namespace OfferDesk.Data.Tests;

[Collection(PostgresServer.CollectionName)]
public sealed class ProtectionKeyStoreTests(ProviderDatabases dbs) : IClassFixture<ProviderDatabases>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [PostgresInlineData(DatabaseProvider.Postgres)]
    public void Stored_elements_come_back_to_every_instance(DatabaseProvider provider)
    {
        var target = new DatabaseTarget(provider, dbs.ConnectionString(provider));
        {
            var writer = new ProtectionKeyStore(target, new SqliteWriteGate());
            writer.GetAllElements().ShouldBeEmpty();

            var first = Key("5b6c0a51-0000-4000-8000-000000000001", "first & <secret>");
            var second = Key("5b6c0a51-0000-4000-8000-000000000002", "second \u00e9\u4e2d");
            writer.StoreElement(first, "key-5b6c0a51-0000-4000-8000-000000000001");
            writer.StoreElement(second, "key-5b6c0a51-0000-4000-8000-000000000002");

            var read = new ProtectionKeyStore(target, new SqliteWriteGate()).GetAllElements();
            read.Count.ShouldBe(2);
            read.ShouldContain(e => XNode.DeepEquals(e, first));
            read.ShouldContain(e => XNode.DeepEquals(e, second));
        }
    }

    private static XElement Key(string id, string secret) =>
        new("key", new XAttribute("id", id), new XAttribute("version", 1),
            new XElement("creationDate", "2026-11-22T00:00:00Z"),
            new XElement("descriptor", new XElement("masterKey", new XElement("value", secret))));
}
