using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OfferDesk.Data.Tests;

/// <summary>
/// The app runs on the model `dotnet ef dbcontext optimize` compiled into each migrations assembly
/// (building it by conventions was a quarter of a cold start). These fail when the code's model
/// changes and the compiled one is not generated again (src/OfferDesk.Data/Migrations/README.md).
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=compiled-model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=compiled-model-check")]
    public void The_compiled_model_has_the_tables_columns_keys_and_indexes_of_the_code(DatabaseProvider provider, string connectionString)
    {
        // Neither context connects: a model is built, or loaded, without the database.
        using var fromCode = Open(provider, connectionString, compiled: false);
        using var compiled = Open(provider, connectionString, compiled: true);

        compiled.Model.ShouldBeSameAs(Database.CompiledModel(provider));
        Store(compiled.Model.GetRelationalModel()).ShouldBe(Store(fromCode.GetService<IDesignTimeModel>().Model.GetRelationalModel()));
    }

    /// <summary>The database objects a model describes, one line each, in a stable order.</summary>
    private static List<string> Store(IRelationalModel model) =>
    [
        .. model.Tables.SelectMany(t => (IEnumerable<string>)[
            $"table {t.Name}",
            .. t.Columns.Select(c => $"  column {t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"),
            .. t.UniqueConstraints.Select(k => $"  key {k.Name} ({string.Join(", ", k.Columns.Select(c => c.Name))}){(k.GetIsPrimaryKey() ? " primary" : "")}"),
            .. t.Indexes.Select(i => $"  index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}"),
            .. t.ForeignKeyConstraints.Select(f => $"  foreign key {f.Name} ({string.Join(", ", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"),
        ]).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_entity_and_property_of_the_code_is_in_the_compiled_model(DatabaseProvider provider)
    {
        using var fromCode = Open(provider, provider == DatabaseProvider.Sqlite ? "Data Source=x.db" : "Host=localhost", compiled: false);
        var compiled = Database.CompiledModel(provider);

        static IEnumerable<string> Shape(IModel model) => model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name}, nullable {p.IsNullable}, max {p.GetMaxLength()}"))
            .Order(StringComparer.Ordinal);
        Shape(compiled).ShouldBe(Shape(fromCode.GetService<IDesignTimeModel>().Model));
    }

    private static OfferDeskDb Open(DatabaseProvider provider, string connectionString, bool compiled)
    {
        var options = new DbContextOptionsBuilder<OfferDeskDb>();
        Database.Configure(options, provider, connectionString);
        if (compiled) options.UseModel(Database.CompiledModel(provider));
        return new OfferDeskDb(options.Options);
    }
}
