"""Records of an event day: devices, municipalities, sites and plans (catalogue), events, tally entries,
first-run setup, laptop settings and demo data."""
