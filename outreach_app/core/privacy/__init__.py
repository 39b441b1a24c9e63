"""Keeping residents' identities out of the database: the personal-data guard for free text."""
