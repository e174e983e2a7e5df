import dataclasses

import pytest

from demo.data.organisations import CONSORTIA, ORGANISATIONS, PROJECTS
from demo.services.organisations import organisations_demo_load
from organisations.models import Organisation
from organisations.seeding.taxonomy import taxonomy_seed
from organisations.seeding.upsert import SeedDataError


@pytest.fixture
def taxonomy(db):
    return taxonomy_seed()


def test_every_demo_organisation_names_its_source():
    assert all(seed.sources for seed in ORGANISATIONS)
    assert all(seed.sources for seed in PROJECTS)


def test_refuses_an_unknown_capability_and_writes_nothing(taxonomy):
    typo = dataclasses.replace(ORGANISATIONS[0], offers=("mmwave-radoi",))
    with pytest.raises(SeedDataError, match="mmwave-radoi"):
        organisations_demo_load(organisations=(typo, *ORGANISATIONS[1:]))
    assert not Organisation.objects.exists()


def test_refuses_an_unknown_country_and_writes_nothing(taxonomy):
    typo = dataclasses.replace(ORGANISATIONS[0], country="XK1")
    with pytest.raises(SeedDataError, match="XK1"):
        organisations_demo_load(organisations=(typo, *ORGANISATIONS[1:]))
    assert not Organisation.objects.exists()


def test_refuses_a_consortium_member_that_is_not_listed(taxonomy):
    stray = dataclasses.replace(CONSORTIA[0], members=("demo-nobody",))
    with pytest.raises(SeedDataError, match="demo-nobody"):
        organisations_demo_load(consortia=(stray,))
    assert not Organisation.objects.exists()
