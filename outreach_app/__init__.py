"""Outreach: offline desktop app for community outreach teams."""

__version__ = "0.1.0"
APP_NAME = "Outreach"
