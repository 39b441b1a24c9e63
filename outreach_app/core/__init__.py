"""Every rule and query of Outreach. Nothing in this package imports Qt."""
