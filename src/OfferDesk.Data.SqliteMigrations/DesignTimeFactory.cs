using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OfferDesk.Data.SqliteMigrations;

/// <summary>
/// What `dotnet ef migrations add` opens to read the model for SQLite. It never connects: the
/// data source is only there because the provider needs one.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OfferDeskDb>
{
    public OfferDeskDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OfferDeskDb>();
        Database.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new OfferDeskDb(options.Options);
    }
}
