import pytest

from api.models import ApiToken
from tooling.benchmark.serving import BENCH_TOKEN_NAME, fixture_prepare


@pytest.mark.django_db
def test_each_run_replaces_the_last_runs_api_token():
    for _run in range(25):
        fixture = fixture_prepare(clients=1, seed=1)
    tokens = ApiToken.objects.filter(name=BENCH_TOKEN_NAME)
    assert tokens.count() == 1
    assert fixture.token.startswith(tokens.get().prefix)
