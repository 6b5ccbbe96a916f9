namespace OfferDesk.Testing;

/// <summary>This project's tests that share the run's throw-away PostgreSQL server (see PostgresServer).</summary>
[CollectionDefinition(PostgresServer.CollectionName)]
public sealed class PostgresCollection : PostgresCollectionBase;
