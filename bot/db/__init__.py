"""The database layer: models, the async engine and session factory, read queries."""
