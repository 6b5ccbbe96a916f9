using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OfferDesk.Data.PostgresMigrations;

/// <summary>
/// What `dotnet ef migrations add` opens to read the model for PostgreSQL. It never connects: the
/// connection string is only there because the provider needs one.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<OfferDeskDb>
{
    public OfferDeskDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OfferDeskDb>();
        Database.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=design-time");
        return new OfferDeskDb(options.Options);
    }
}
