"""Neighbourhood safety plans: a catalogue plan with an area, sections of ordered steps, contacts from
one directory, and published versions (docs/safety-plans.md)."""
