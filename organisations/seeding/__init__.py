"""Loading fixed seed data (the taxonomy, the demo data) so that running it again writes
nothing: a record is saved only when a value differs."""
