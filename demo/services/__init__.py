"""The demo's writes: organisations loads the demo organisations, consortia and projects;
load loads everything (taxonomy, organisations, opportunities, logins) in one transaction."""
