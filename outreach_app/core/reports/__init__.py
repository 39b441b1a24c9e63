"""Reports: the summary numbers (one query layer for window, CLI and files), their tables, charts, text,
CSV and PDF renderings, and the default date ranges."""
