"""`python manage.py bench_matching`: the matching engine measured at scale against a naive
scan and SQL only. Imports nothing, so that `python -m tooling.benchmark.server` can set
Django up first."""
