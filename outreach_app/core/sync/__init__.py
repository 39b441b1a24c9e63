"""Sync by exported files: bundles written on one installation and merged into another.

Modules: `bundle` (the file format: writing and verified reading), `export`, `merge` (staging and
merging records), `importer` (verify, then merge one file in one transaction), `ledger` (devices,
gaps, receipts), `keys` (Ed25519 signing key, age recipients and identities), `schema` (migrations).
Heavy libraries (cryptography, pyrage) are imported only when a bundle is signed, checked or encrypted.
"""
