import datetime
import re
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from demo.data.events import EXAMPLE_BROKERAGE_DAY
from demo.data.opportunities import OPPORTUNITIES
from demo.services.example_calls import EXAMPLE_CALL_MARGIN_DAYS
from demo.services.load import STAFF_APP_LABELS
from opportunities.models import Opportunity, OpportunityStatus
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Membership,
    Organisation,
    Origin,
    Project,
    ProjectParticipation,
    PublicationStatus,
    Sector,
)

# The only budgets the source documents state (Sejong: the smart city note; the two ROK-EU
# projects: the Digital Partnership Council release).
SOURCED_BUDGETS = {
    "demo-opp-sejong-smart-city-pilot": (Decimal("2500000000000"), "KRW"),
    "demo-opp-rok-eu-semiconductor-research": (Decimal("12000000"), "EUR"),
    "demo-opp-rok-eu-beyond-5g-6g-research": (Decimal("5000000"), "EUR"),
}
DUMPED_MODELS = [
    Sector,
    Capability,
    Organisation,
    Organisation.sectors.through,
    Organisation.offers.through,
    Organisation.seeks.through,
    ConsortiumMembership,
    Project,
    ProjectParticipation,
    Opportunity,
    Opportunity.hosts.through,
    Opportunity.sectors.through,
    Opportunity.required_capabilities.through,
    Membership,
    get_user_model(),
    get_user_model().user_permissions.through,
]
# Two years and more after the example calls' written deadlines (May to December 2027).
LATER_DAY = datetime.date(2029, 7, 1)
WRITTEN_DATES = {seed.external_id: (seed.opens_on, seed.deadline) for seed in OPPORTUNITIES}


def load_demo() -> str:
    output = StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def database_dump() -> dict:
    return {model: list(model.objects.order_by("pk").values()) for model in DUMPED_MODELS}


def loaded_dates(*, origin: str) -> dict:
    opportunities = Opportunity.objects.filter(origin=origin)
    return {o.external_id: (o.opens_on, o.deadline) for o in opportunities}


@pytest.fixture
def loaded_later(db, demo_password, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: LATER_DAY)
    return load_demo()


def test_loads_the_organisations_the_documents_name(demo_loaded):
    names = set(Organisation.objects.values_list("name", flat=True))
    assert {"Samsung", "LG CNS", "KT Corporation", "Selvas AI", "Bayes Server"} <= names
    assert {"Ordnance Survey", "Digital Catapult", "King's College London", "Valuechain"} <= names
    assert {"Korea Internet and Security Agency (KISA)", "5G Innovation Centre (5GIC)"} <= names
    assert Organisation.objects.get(external_id="demo-samsung-ai-centre-cambridge").city == (
        "Cambridge"
    )


def test_loads_the_opportunities_the_documents_name(demo_loaded):
    titles = set(Opportunity.objects.values_list("title", flat=True))
    assert {"Sejong national smart city pilot", "Busan national smart city project"} <= titles
    assert {"K-Startup Grand Challenge", "ROK-UK space cooperation"} <= titles
    assert "ROK-UK Digital Partnership workshop on technology ecosystems" in titles
    assert Opportunity.objects.filter(title__startswith="ROK-EU").count() == 2


def test_loads_the_korean_text(demo_loaded):
    etri = Organisation.objects.get(external_id="demo-etri")
    sejong = Opportunity.objects.get(external_id="demo-opp-sejong-smart-city-pilot")
    assert etri.description_ko.startswith("2018년 2월 제3차 한영 ICT 정책포럼")
    assert sejong.title_ko == "세종 국가 시범 스마트시티"


def test_the_demo_opportunities_with_a_city_are_loaded_with_their_korean_city(demo_loaded):
    sejong = Opportunity.objects.get(external_id="demo-opp-sejong-smart-city-pilot")
    assert (sejong.city, sejong.city_ko) == ("Sejong", "세종")
    assert not Opportunity.objects.exclude(city="").filter(city_ko="").exists()


def test_an_existing_database_gets_the_korean_cities_on_the_next_load(demo_loaded):
    Opportunity.objects.update(city_ko="")
    load_demo()
    assert not Opportunity.objects.exclude(city="").filter(city_ko="").exists()


def test_the_korean_demo_organisations_with_a_city_are_loaded_with_their_korean_city(
    demo_loaded,
):
    gccei = Organisation.objects.get(external_id="demo-gccei")
    assert (gccei.city, gccei.city_ko) == ("Gyeonggi Province", "경기도")
    assert not Organisation.objects.filter(country="KR").exclude(city="").filter(city_ko="")


def test_an_existing_database_gets_the_organisations_korean_cities_on_the_next_load(
    demo_loaded,
):
    Organisation.objects.update(city_ko="")
    load_demo()
    london = Organisation.objects.get(external_id="demo-kings-college-london")
    assert london.city_ko == "런던"
    assert not Organisation.objects.filter(country="KR").exclude(city="").filter(city_ko="")


def test_sejong_consortium_is_led_by_lg_cns(demo_loaded):
    links = ConsortiumMembership.objects.filter(
        consortium__external_id="demo-consortium-sejong-lg-cns"
    )
    lead = links.get(role=ConsortiumMembership.Role.LEAD).member
    assert lead.name == "LG CNS"
    assert links.filter(member__name="Naver Business Platform").exists()


def test_demo_records_are_published_and_marked_as_demo(demo_loaded):
    organisations = Organisation.objects.filter(external_id__startswith="demo-")
    assert set(organisations.values_list("origin", flat=True)) == {Origin.DEMO, Origin.EXAMPLE}
    assert set(organisations.values_list("status", flat=True)) == {PublicationStatus.PUBLISHED}
    assert set(Opportunity.objects.values_list("origin", flat=True)) == {
        Origin.DEMO,
        Origin.EXAMPLE,
    }


def test_example_profiles_say_they_are_examples(demo_loaded):
    examples = Organisation.objects.filter(origin=Origin.EXAMPLE)
    assert all(example.name.endswith("(example)") for example in examples)
    assert all(example.description.startswith("Example profile:") for example in examples)
    assert set(examples.values_list("country", flat=True)) == {"GB", "KR"}


def test_example_calls_say_they_are_examples_and_have_three_months_left(demo_loaded):
    examples = Opportunity.objects.filter(origin=Origin.EXAMPLE)
    assert examples.count() >= 10
    assert all(example.title.endswith("(example)") for example in examples)
    assert all(example.description.startswith("Example call:") for example in examples)
    earliest = timezone.localdate() + datetime.timedelta(days=EXAMPLE_CALL_MARGIN_DAYS)
    assert all(example.deadline >= earliest for example in examples)
    assert (
        not examples.exclude(budget_amount=None).exists()
        and not examples.filter(hosts__isnull=False).exists()
    )


def test_example_calls_keep_their_written_dates_while_comfortably_open(
    db, demo_password, monkeypatch
):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2026, 12, 3))
    load_demo()
    examples = loaded_dates(origin=Origin.EXAMPLE)
    assert examples == {key: WRITTEN_DATES[key] for key in examples}


def test_example_calls_loaded_years_later_are_open_on_their_written_month_and_day(loaded_later):
    open_examples = Opportunity.objects.open().filter(origin=Origin.EXAMPLE)
    assert open_examples.count() == Opportunity.objects.filter(origin=Origin.EXAMPLE).count()
    for external_id, (opens_on, deadline) in loaded_dates(origin=Origin.EXAMPLE).items():
        written_opens_on, written_deadline = WRITTEN_DATES[external_id]
        assert deadline >= LATER_DAY + datetime.timedelta(days=EXAMPLE_CALL_MARGIN_DAYS)
        assert deadline.replace(year=2027) == written_deadline
        assert opens_on <= LATER_DAY
        assert (opens_on.month, opens_on.day) == (written_opens_on.month, written_opens_on.day)


def test_the_documents_own_calls_keep_their_dates_when_loaded_years_later(loaded_later):
    demo = loaded_dates(origin=Origin.DEMO)
    assert demo == {key: WRITTEN_DATES[key] for key in demo}


def test_a_second_run_on_the_same_later_day_changes_nothing(loaded_later):
    before = database_dump()
    output = load_demo()
    assert database_dump() == before
    assert "0 created, 0 updated, 0 removed" in output


def test_every_uk_example_profile_offers_what_korea_seeks(demo_loaded):
    korean_demand = set(
        Capability.objects.filter(sought_by__country="KR").values_list("pk", flat=True)
    ) | set(Opportunity.objects.open().values_list("required_capabilities", flat=True))
    for example in Organisation.objects.filter(origin=Origin.EXAMPLE, country="GB"):
        assert korean_demand & set(example.offers.values_list("pk", flat=True)), example.name


def test_no_demo_opportunity_invents_a_budget(demo_loaded):
    with_budget = Opportunity.objects.exclude(budget_amount=None)
    budgets = {o.external_id: (o.budget_amount, o.budget_currency) for o in with_budget}
    assert budgets == SOURCED_BUDGETS


def test_only_a_dated_event_has_dates_and_the_past_is_not_open(demo_loaded):
    # The example calls have invented dates (tested above); the documents' own, only one.
    dated = Opportunity.objects.filter(origin=Origin.DEMO).exclude(opens_on=None, deadline=None)
    assert [o.external_id for o in dated] == ["demo-opp-korea-eu-semiconductor-researcher-forum"]
    assert not Opportunity.objects.open().filter(pk__in=dated).exists()
    sejong = Opportunity.objects.get(external_id="demo-opp-sejong-smart-city-pilot")
    assert sejong.status == OpportunityStatus.ARCHIVED


def test_creates_the_staff_login_without_superuser_powers(demo_loaded, demo_password):
    staff = get_user_model().objects.get(username="staff", email="staff@example.com")
    assert staff.is_staff and not staff.is_superuser
    assert staff.check_password(demo_password)
    assert staff.has_perms(["organisations.change_organisation", "opportunities.add_opportunity"])
    assert not staff.has_perm("auth.change_user")


def test_creates_the_sme_login_owning_an_example_sme(demo_loaded, demo_password):
    sme = get_user_model().objects.get(username="sme")
    membership = Membership.objects.get(user=sme)
    assert membership.role == Membership.Role.OWNER
    assert membership.organisation.origin == Origin.EXAMPLE
    assert sme.check_password(demo_password) and not sme.is_staff


def test_creates_the_korea_login_owning_an_example_korean_company(demo_loaded, demo_password):
    korea = get_user_model().objects.get(username="korea")
    membership = Membership.objects.get(user=korea)
    assert membership.role == Membership.Role.OWNER
    assert (membership.organisation.origin, membership.organisation.country) == ("example", "KR")
    assert korea.check_password(demo_password) and not korea.is_staff


def test_prints_counts_and_logins(demo_loaded, demo_password):
    assert "organisations: " in demo_loaded
    assert "staff (staff@example.com)" in demo_loaded
    assert "sme (sme@example.com)" in demo_loaded
    assert "korea (korea@example.com)" in demo_loaded
    assert demo_password in demo_loaded


def test_second_run_changes_nothing(demo_loaded):
    before = database_dump()
    output = load_demo()
    assert database_dump() == before
    assert "0 created, 0 updated, 0 removed" in output


def test_second_run_restores_edited_demo_data(demo_loaded):
    Organisation.objects.filter(external_id="demo-kt").update(city="Nowhere")
    Organisation.objects.get(external_id="demo-kt").offers.clear()
    output = load_demo()
    kt = Organisation.objects.get(external_id="demo-kt")
    assert kt.city == "" and kt.offers.filter(slug="mmwave-radio").exists()
    assert "0 created, 1 updated)" in next(
        line for line in output.splitlines() if "organisations:" in line
    )


def test_refuses_the_published_default_password_when_debug_is_off(db, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        load_demo()
    assert not Organisation.objects.exists()


@pytest.mark.parametrize("login", ["staff", "sme@example.com", "korea"])
def test_demo_logins_can_log_in_through_the_sign_in_page(client, demo_loaded, demo_password, login):
    response = client.post(reverse("account_login"), {"login": login, "password": demo_password})
    assert response.url == reverse("matchmaking:dashboard")
    assert "_auth_user_id" in client.session


def test_staff_login_may_manage_introductions_alerts_and_events(demo_loaded):
    staff = get_user_model().objects.get(username="staff")
    assert staff.has_perm("introductions.change_introductionrequest")
    assert staff.has_perm("alerts.view_savedsearch")
    assert staff.has_perm("events.add_event")
    assert not staff.has_perm("auth.change_user")


def test_the_staff_login_finds_in_the_admin_every_app_the_output_names(client, demo_loaded):
    client.force_login(get_user_model().objects.get(username="staff"))
    for label in STAFF_APP_LABELS:
        assert label in demo_loaded
        assert client.get(reverse("admin:app_list", args=[label])).status_code == 200


def test_example_calls_and_the_example_day_name_no_year_since_their_dates_move(demo_loaded):
    calls = Opportunity.objects.filter(origin=Origin.EXAMPLE).values_list("title", "title_ko")
    titles = [EXAMPLE_BROKERAGE_DAY.title, *(title for pair in calls for title in pair)]
    names = [*titles, EXAMPLE_BROKERAGE_DAY.title_ko, EXAMPLE_BROKERAGE_DAY.slug]
    assert [name for name in names if re.search(r"20\d\d", name)] == []
