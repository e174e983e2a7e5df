"""Loading fixed seed data (the taxonomy here; the demo app loads its data the same way) so
that running it again writes nothing: a record is saved only when a value differs."""
