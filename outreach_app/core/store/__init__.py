"""Storage: the SQLite connection, schema migrations, upkeep, backups, typed SQLite errors and the
kept per-event totals. Everything else in the core reads and writes through store.connection."""
