"""Trainings for first responders and service providers: sessions, attendance by organisation, and
before/after self-assessment ratings (docs/trainings.md)."""
