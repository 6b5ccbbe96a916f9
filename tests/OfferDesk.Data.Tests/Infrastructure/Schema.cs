using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace OfferDesk.Data.Tests.Infrastructure;

/// <summary>
/// What a database's schema is, read from the database itself, as sorted lines that can be
/// compared: tables, columns (name, type, nullability, default, identity), primary keys,
/// indexes (name, columns, uniqueness) and foreign keys. EF's own bookkeeping tables
/// (__EFMigrationsHistory, __EFMigrationsLock) are left out.
/// </summary>
public static partial class Schema
{
    public static async Task<IReadOnlyList<string>> ReadAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = ProviderDatabases.Open(provider, connectionString);
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var lines = provider == DatabaseProvider.Sqlite ? await ReadSqliteAsync(conn) : await ReadPostgresAsync(conn);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static bool Ours(string table) => !table.StartsWith("__EF", StringComparison.Ordinal) && !table.StartsWith("sqlite_", StringComparison.Ordinal);

    private static async Task<List<string>> ReadSqliteAsync(DbConnection conn)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(conn, "SELECT name, sql FROM sqlite_master WHERE type = 'table'");
        foreach (var t in tables)
        {
            var table = Str(t[0]);
            if (!Ours(table)) continue;
            var sql = Str(t[1]);
            lines.Add($"table {table}");
            foreach (Match m in PrimaryKeyName().Matches(sql)) lines.Add($"primary key {table}: name {m.Groups[1].Value}");
            foreach (Match m in ForeignKeyName().Matches(sql)) lines.Add($"foreign key {table}: name {m.Groups[1].Value}");
            foreach (Match m in Autoincrement().Matches(sql)) lines.Add($"column {table}.{m.Groups[1].Value}: AUTOINCREMENT");

            var pk = new SortedDictionary<int, string>();
            foreach (var c in await QueryAsync(conn, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(@t)", table))
            {
                lines.Add($"column {table}.{Str(c[0])}: {Str(c[1])} {(Convert.ToInt64(c[2], CultureInfo.InvariantCulture) == 1 ? "NOT NULL" : "NULL")} default {Str(c[3])}");
                var pkOrdinal = Convert.ToInt32(c[4], CultureInfo.InvariantCulture);
                if (pkOrdinal > 0) pk[pkOrdinal] = Str(c[0]);
            }
            lines.Add($"primary key {table}: ({string.Join(", ", pk.Values)})");

            foreach (var i in await QueryAsync(conn, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(@t)", table))
            {
                var name = Str(i[0]);
                var columns = (await QueryAsync(conn, "SELECT name FROM pragma_index_info(@t) ORDER BY seqno", name)).Select(r => Str(r[0]));
                var unique = Convert.ToInt64(i[1], CultureInfo.InvariantCulture) == 1 ? "UNIQUE" : "non-unique";
                lines.Add($"index {table}.{name}: {unique} ({string.Join(", ", columns)}) origin {Str(i[2])} partial {Str(i[3])}");
            }

            foreach (var fk in (await QueryAsync(conn, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(@t)", table))
                         .GroupBy(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)))
            {
                var rows = fk.OrderBy(r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture)).ToList();
                lines.Add($"foreign key {table}: ({string.Join(", ", rows.Select(r => Str(r[3])))}) -> {Str(rows[0][2])}" +
                          $"({string.Join(", ", rows.Select(r => Str(r[4])))}) ON UPDATE {Str(rows[0][5])} ON DELETE {Str(rows[0][6])}");
            }
        }
        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection conn)
    {
        var lines = new List<string>();
        foreach (var t in await QueryAsync(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
            if (Ours(Str(t[0]))) lines.Add($"table {Str(t[0])}");

        foreach (var c in await QueryAsync(conn, """
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default,
                   is_identity, identity_generation, datetime_precision
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
        {
            if (!Ours(Str(c[0]))) continue;
            lines.Add($"column {Str(c[0])}.{Str(c[1])}: {Str(c[2])}({Str(c[3])}) {(Str(c[4]) == "YES" ? "NULL" : "NOT NULL")} " +
                      $"default {Str(c[5])} identity {Str(c[6])} {Str(c[7])} precision {Str(c[8])}");
        }

        // Primary keys, foreign keys, unique and check constraints, with the database's own wording.
        foreach (var k in await QueryAsync(conn, """
            SELECT c.conrelid::regclass::text, c.conname, c.contype::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace
            """))
        {
            var table = Str(k[0]).Trim('"');
            if (!Ours(table)) continue;
            var kind = Str(k[2]) switch { "p" => "primary key", "f" => "foreign key", "u" => "unique", "c" => "check", var other => other };
            lines.Add($"{kind} {table}: name {Str(k[1])} {Str(k[3])}");
        }

        foreach (var i in await QueryAsync(conn, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            if (Ours(Str(i[0]))) lines.Add($"index {Str(i[0])}.{Str(i[1])}: {Str(i[2])}");
        return lines;
    }

    private static async Task<List<object?[]>> QueryAsync(DbConnection conn, string sql, string? parameter = null)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        if (parameter is not null)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "t";
            p.Value = parameter;
            cmd.Parameters.Add(p);
        }
        var rows = new List<object?[]>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static string Str(object? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" PRIMARY KEY")]
    private static partial Regex PrimaryKeyName();

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" FOREIGN KEY")]
    private static partial Regex ForeignKeyName();

    [GeneratedRegex("\"([^\"]+)\" INTEGER NOT NULL CONSTRAINT \"[^\"]+\" PRIMARY KEY AUTOINCREMENT")]
    private static partial Regex Autoincrement();
}
