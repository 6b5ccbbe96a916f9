using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OfferDesk.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Which database, and where: what a plain connection needs, without EF Core.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public DbConnection Connect() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new Npgsql.NpgsqlConnection(ConnectionString);
}

/// <summary>
/// Chooses and configures the database from configuration: <c>Database:Provider</c>
/// (sqlite, the default, or postgres) and <c>ConnectionStrings:OfferDesk</c>.
/// </summary>
public static class Database
{
    public static DatabaseProvider Provider(IConfiguration config)
    {
        var name = config["Database:Provider"];
        return name?.ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider \"{name}\" is not known: use sqlite or postgres"),
        };
    }

    /// <summary>The SQLite file when none is configured: the user's own data folder.</summary>
    public static string DefaultSqlitePath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "OfferDesk", "offerdesk.db");
    }

    public static string ConnectionString(IConfiguration config, DatabaseProvider provider)
    {
        var cs = config.GetConnectionString("OfferDesk");
        if (!string.IsNullOrWhiteSpace(cs)) return cs;
        if (provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:OfferDesk is required when Database:Provider is postgres");
        var path = DefaultSqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>
    /// The assembly holding the provider's generated migrations: one set per provider, each with
    /// its own model snapshot, because each provider's generated code names its own column types.
    /// </summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? "OfferDesk.Data.PostgresMigrations"
        : "OfferDesk.Data.SqliteMigrations";

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        if (provider == DatabaseProvider.Postgres) options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations));
        else options.UseSqlite(connectionString, o => o.CommandTimeout(30).MigrationsAssembly(migrations));
    }

    /// <summary>
    /// The provider's model as `dotnet ef dbcontext optimize` compiled it into the migrations
    /// assembly. Building the model from <see cref="OfferDeskDb"/> by conventions was a quarter of
    /// a cold start's CPU. Design time and the migration tests still build it from the code, and
    /// <c>CompiledModelTests</c> fail when the two differ (regenerate it: see Migrations/README.md).
    /// </summary>
    public static IModel CompiledModel(DatabaseProvider provider)
    {
        var assembly = Assembly.Load(new AssemblyName(MigrationsAssembly(provider)));
        var attribute = assembly.GetCustomAttribute<DbContextModelAttribute>()
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} holds no compiled model");
        return (IModel)attribute.ModelType.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    public static IServiceCollection AddOfferDeskDb(this IServiceCollection services, IConfiguration config)
    {
        var provider = Provider(config);
        var cs = ConnectionString(config, provider);
        services.AddSingleton(new SqliteWriteGate(config.GetValue("Database:SqliteWriters", 1)));
        services.AddSingleton<SqliteWriteInterceptor>();
        var model = CompiledModel(provider);
        services.AddDbContextPool<OfferDeskDb>((sp, o) =>
        {
            Configure(o, provider, cs);
            o.UseModel(model);
            // Every EF Core write to SQLite (searches, reminders, Identity's accounts) queues at the gate.
            if (provider == DatabaseProvider.Sqlite) o.AddInterceptors(sp.GetRequiredService<SqliteWriteInterceptor>());
        });
        services.AddSingleton(new DatabaseTarget(provider, cs));
        services.AddScoped<SearchStore>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Migrates only when needed. Starting EF Core is most of a cold start, and a plain query
    /// answers the usual case (nothing to do) without it.
    /// </summary>
    public static void MigrateIfNeeded(DatabaseTarget target, Func<OfferDeskDb> open)
    {
        if (IsUpToDate(target)) return;
        using var db = open();
        Migrate(db);
    }

    /// <summary>
    /// Brings the schema up to date. On SQLite it also turns on write-ahead logging, so a write
    /// that was acknowledged survives the process being killed, and readers never block writers.
    /// </summary>
    public static void Migrate(OfferDeskDb db)
    {
        if (db.Database.IsSqlite())
        {
            db.Database.OpenConnection();
            try
            {
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
                db.Database.Migrate();
            }
            finally
            {
                db.Database.CloseConnection();
            }
        }
        else db.Database.Migrate();
    }

    /// <summary>The provider's migrations this build knows, by id, in order.</summary>
    // Read from the attributes rather than through EF's migrations assembly service, which would
    // start EF Core: the point of the plain check is not to.
    public static IReadOnlyList<string> KnownMigrations(DatabaseProvider provider) =>
        [.. Assembly.Load(new AssemblyName(MigrationsAssembly(provider))).GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Whether every known migration is recorded as applied, asked with a plain query.</summary>
    public static bool IsUpToDate(DatabaseTarget target)
    {
        using var connection = target.Connect();
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = cmd.ExecuteReader())
                while (reader.Read()) applied.Add(reader.GetString(0));
            return KnownMigrations(target.Provider).All(applied.Contains);
        }
        catch (DbException)
        {
            return false; // no history table yet: a new database
        }
    }
}
