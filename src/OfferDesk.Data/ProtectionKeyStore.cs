using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace OfferDesk.Data;

/// <summary>
/// Keeps the Data Protection key ring in the database, so a cookie or token issued by one app
/// instance is read by every other. (The ready-made EF package is not available here.) Plain
/// SQL rather than EF Core: the key ring is read as the app starts, before anything else needs EF.
/// </summary>
public sealed class ProtectionKeyStore(DatabaseTarget target, SqliteWriteGate gate) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = target.Connect();
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"Xml\" FROM \"ProtectionKeys\"";
        var keys = new List<XElement>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // A write like any other: on SQLite it queues with the app's other writers.
        using var turn = target.Provider == DatabaseProvider.Sqlite ? gate.Enter() : null;
        using var connection = target.Connect();
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO \"ProtectionKeys\" (\"Name\", \"Xml\") VALUES (@name, @xml)";
        var name = cmd.CreateParameter();
        name.ParameterName = "@name";
        name.Value = friendlyName;
        var xml = cmd.CreateParameter();
        xml.ParameterName = "@xml";
        xml.Value = element.ToString(SaveOptions.DisableFormatting);
        cmd.Parameters.Add(name);
        cmd.Parameters.Add(xml);
        cmd.ExecuteNonQuery();
    }
}
