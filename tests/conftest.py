import datetime
import gzip
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from rest_framework.test import APIClient

from api.services import api_token_create
from common.kept import kept_forget
from introductions.services import introduction_request, introduction_transition
from introductions.steps import INTRODUCTION_STEPS, Side
from matchmaking.index_store import matching_index_reset
from matchmaking.result_cache import results as engine_results
from opportunities.facets import facet_counts_forget
from organisations.facets import facet_tables_forget
from tests.factories import (
    CapabilityFactory,
    MembershipFactory,
    OpportunityFactory,
    OpportunityInterestFactory,
    OrganisationFactory,
    SavedSearchFactory,
    SectorFactory,
    UserFactory,
)


@pytest.fixture
def sector(db):
    return SectorFactory(slug="smart-cities", name="Smart cities", name_ko="스마트시티")


@pytest.fixture
def capability(sector):
    return CapabilityFactory(slug="digital-twins", name="Digital twins", sector=sector)


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Bayes Example Ltd", country="GB")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Seoul Example Co", country="KR")


@pytest.fixture
def member(organisation):
    return MembershipFactory(organisation=organisation).user


@pytest.fixture
def other_member(other_organisation):
    return MembershipFactory(organisation=other_organisation).user


@pytest.fixture
def staff_user(db):
    return UserFactory(username="staff", is_staff=True)


@pytest.fixture
def admin_in_korean(admin_client):
    """A superuser whose language cookie says Korean: the admin answers in Korean
    (accounts' AdminLanguageMiddleware), as it does for staff who chose it."""
    admin_client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "ko"
    return admin_client


@pytest.fixture
def write_csv(tmp_path):
    """Writes the given lines as a CSV file for the import commands and returns its path."""

    def write(*lines: str, encoding: str = "utf-8", name: str = "import.csv"):
        path = tmp_path / name
        path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
        return path

    return write


@pytest.fixture
def korean_university(capability):
    """A fully filled-in Korean profile, for pages and filters that show or match every field."""
    return OrganisationFactory(
        name="Hanbit University",
        name_ko="한빛대학교",
        country="KR",
        kind="university",
        city="Daejeon",
        website="https://hanbit.example.kr",
        description="Digital twin research for port cities.",
        sectors=[capability.sector],
        offers=[capability],
    )


@pytest.fixture
def digital_twin_challenge(capability):
    """An open UK challenge with every filterable field set."""
    return OpportunityFactory(
        title="Digital twin challenge",
        kind="challenge",
        country="GB",
        sectors=[capability.sector],
        required_capabilities=[capability],
        source_url="https://example.org/call",
        budget_amount=25000,
        budget_currency="GBP",
    )


@pytest.fixture
def demo_password(settings, monkeypatch):
    """The password load_demo gives its logins; a fast hasher keeps the tests quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setenv("DEMO_PASSWORD", "demo-test-password")
    return "demo-test-password"


@pytest.fixture
def demo_loaded(db, demo_password):
    """Runs load_demo once and returns what it printed."""
    output = StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """The real hasher takes about a third of a second per user the factories make; the tests
    only need passwords to check, not to resist cracking."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /ko/ leaves Korean active in the thread; each test starts in English, as a
    new request would, so reverse() and gettext do not depend on the test before."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _throttle_counts_cleared():
    """API throttling counts requests in the cache; every test starts with none counted."""
    cache.clear()


@pytest.fixture(autouse=True)
def _kept_values_forgotten():
    """List counts and facet counts kept briefly in the process (common.kept,
    organisations.facets, opportunities.facets): none carried over from another test."""
    kept_forget()
    facet_tables_forget()
    facet_counts_forget()


@pytest.fixture
def api_client():
    """An anonymous API client."""
    return APIClient()


@pytest.fixture
def token_client(db):
    """Makes an API client that sends a new API token of the given user."""

    def make(user) -> APIClient:
        _, secret = api_token_create(user=user, name="tests")
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
        return client

    return make


@pytest.fixture
def client_as(request, token_client):
    """An API client for a permission matrix: "anonymous", or the name of a user fixture
    (member, other_member, staff_user) whose API token it sends."""

    def make(who: str) -> APIClient:
        if who == "anonymous":
            return APIClient()
        return token_client(request.getfixturevalue(who))

    return make


@pytest.fixture
def editor(organisation):
    """A colleague who can edit the organisation's profile but is not its owner."""
    return MembershipFactory(organisation=organisation, role="editor").user


@pytest.fixture
def login_as(client, member, other_member, staff_user):
    """The permission matrix: logs the client in as anonymous, a member of `organisation`,
    a member of another organisation, or staff (who belongs to none)."""
    users = {"anonymous": None, "member": member, "other_member": other_member, "staff": staff_user}

    def login(role: str):
        if users[role] is not None:
            client.force_login(users[role])
        return client

    return login


@pytest.fixture(autouse=True)
def fresh_matching_index():
    """Each test starts with no matching index and no kept results, as a new server process
    would."""
    matching_index_reset()
    engine_results.clear()


@pytest.fixture
def open_ran(sector):
    return CapabilityFactory(slug="open-ran", name="Open RAN", sector=sector)


@pytest.fixture
def computer_vision(sector):
    return CapabilityFactory(slug="computer-vision", name="Computer vision", sector=sector)


@pytest.fixture
def uk_sme(sector, open_ran, computer_vision):
    """A UK SME that offers computer vision and seeks Open RAN."""
    return OrganisationFactory(
        name="Glasgow Vision Ltd", country="GB", sectors=[sector],
        offers=[computer_vision], seeks=[open_ran],
    )  # fmt: skip


@pytest.fixture
def uk_sme_member(uk_sme):
    """A member of the UK SME, who sees its suggestions on the dashboard."""
    return MembershipFactory(organisation=uk_sme).user


@pytest.fixture
def korean_partner(sector, open_ran, computer_vision):
    """The UK SME's mirror image in Korea: both sides gain."""
    return OrganisationFactory(
        name="Busan Radio Co", country="KR", sectors=[sector],
        offers=[open_ran], seeks=[computer_vision],
    )  # fmt: skip


@pytest.fixture
def open_call(sector, open_ran, computer_vision):
    return OpportunityFactory(
        title="Smart city testbed", country="KR", sectors=[sector],
        required_capabilities=[open_ran, computer_vision],
    )  # fmt: skip


CORDIS_FILES = {
    "organisations.csv.gz": [
        "pic,type,country,n_proj,name",
        "100,HES,UK,2,Bayes University", "200,PRC,KR,3,", "300,REC,EL,2,Athens Lab",
        "400,PUB,NA,2,Windhoek Agency", "500,OTH,DE,2,Berlin Network", "600,PRC,XK,1,Pristina Co",
    ],
    "projects.csv.gz": [
        "rcn,start_date,n,programme_part,pid,title,acronym,thema,toa,topic_code,topic_desc,text",
        "10,2016-01-01,3,SC3,,Solid batteries,,Energy,,,Energy storage,sc3 solid batteries",
        "11,2017-01-01,2,SC5,,Ocean buoys,,Climate,,,Ocean sensing,sc5 ocean buoys",
        "12,2019-05-01,3,SC3,,Grid flywheels,,Energy,,,Smart grids,sc3 grid flywheels",
        "13,2018-01-01,4,LEIT,,Quantum radar,,ICT,,,Quantum sensing,leit quantum radar",
    ],
    "participations.csv.gz": [
        "rcn,pic", "10,100", "10,200", "10,300", "11,200", "11,400",
        "12,100", "12,200", "12,500", "13,300", "13,400", "13,500", "13,600",
    ],
    "programme_parts.csv.gz": ["rcn,programme_part", "10,SC3", "11,SC5", "12,SC3", "13,LEIT"],
}  # fmt: skip


@pytest.fixture
def cordis_dataset(tmp_path):
    """A tiny CORDIS-shaped dataset. Latest projects: 12 for 100, 200 and 500; 13 for 300 and
    400; 600 has one project only. Held out: 12 and 13, so 500 has nothing visible left."""
    folder = tmp_path / "cordis"
    folder.mkdir()
    for name, lines in CORDIS_FILES.items():
        with gzip.open(folder / name, "wt", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
    return folder


@pytest.fixture
def introduction(organisation, other_organisation, member):
    """A new request, asked by `member`, to introduce `organisation` to `other_organisation`."""
    return introduction_request(
        requester_organisation=organisation, requested_organisation=other_organisation,
        requested_by=member, message="A joint pilot of port digital twins.",
        seeking="A Korean partner with a testbed.", preferred_language="ko",
    )  # fmt: skip


@pytest.fixture
def introduction_actors(member, other_member, staff_user):
    """Who acts for each side of `introduction`."""
    return {Side.STAFF: staff_user, Side.REQUESTER: member, Side.RECIPIENT: other_member}


@pytest.fixture
def introduction_through(staff_user):
    """Makes a request between two new organisations (UK to Korea) the real way and takes it
    through the given states, each step by a side allowed to take it, so its audit trail is
    complete: introduction_through("forwarded", "introduced")."""

    def make(*states: str):
        requester = MembershipFactory(organisation__country="GB")
        recipient = MembershipFactory(organisation__country="KR")
        request = introduction_request(
            requester_organisation=requester.organisation,
            requested_organisation=recipient.organisation,
            requested_by=requester.user, message="A joint pilot.", seeking="A partner.",
        )  # fmt: skip
        actors = {Side.STAFF: staff_user, Side.REQUESTER: requester.user}
        actors[Side.RECIPIENT] = recipient.user
        for state in states:
            step = INTRODUCTION_STEPS[(request.state, state)]
            actor = actors[min(step.who)]
            introduction_transition(request=request, to_state=state, actor=actor, note="Why.")
        return request

    return make


@pytest.fixture
def partner_seeker(open_call, sector, computer_vision):
    """A published Korean organisation looking for partners for `open_call`: it offers computer
    vision only, so a team built from it still needs Open RAN."""
    organisation = OrganisationFactory(
        name="Incheon Vision Lab", country="KR", sectors=[sector], offers=[computer_vision]
    )
    OpportunityInterestFactory(
        opportunity=open_call, organisation=organisation, looking_for_partners=True
    )
    return organisation


@pytest.fixture
def saved_search(member):
    """`member` saved the organisations list filtered to Korea, mailed on every run."""
    return SavedSearchFactory(user=member)


@pytest.fixture
def publish_after(saved_search):
    """Makes a published organisation or opportunity (by factory) first published just after
    `saved_search` was saved, which is what alerts announce: publish_after(OrganisationFactory,
    country="KR")."""

    def make(factory_class, **values):
        moment = saved_search.created_at + datetime.timedelta(seconds=1)
        return factory_class(published_at=moment, **values)

    return make


@pytest.fixture
def forwarded_introduction(introduction, staff_user):
    """`introduction`, passed on by staff: waiting for `other_member` to accept or decline."""
    return introduction_transition(request=introduction, to_state="forwarded", actor=staff_user)


@pytest.fixture
def accepted_introduction(forwarded_introduction, other_member):
    """`introduction`, accepted by `other_member`: both sides now see each other's contacts."""
    return introduction_transition(
        request=forwarded_introduction, to_state="introduced", actor=other_member
    )


@pytest.fixture
def introduction_login_as(login_as, client):
    """login_as for the permission matrix of an introduction's pages, with one more role:
    "outsider", a member of an organisation on neither side of `introduction`."""

    def login(role: str):
        if role == "outsider":
            client.force_login(MembershipFactory().user)
            return client
        return login_as(role)

    return login


@pytest.fixture
def questioned_introduction(introduction, staff_user):
    """`introduction`, sent back by staff to its requester with a question."""
    return introduction_transition(
        request=introduction, to_state="more_information_needed", actor=staff_user,
        note="Which port?",
    )  # fmt: skip


CONTACTS_SHOWN_TO = {
    "anonymous": False,
    "no_organisation": False,
    "member": True,
    "other_member": False,
    "introduced": True,
    "requested": False,
    "staff": True,
}


@pytest.fixture
def contacts_viewer(organisation, member, other_member, staff_user):
    """The contact-details permission matrix: `organisation` (contact jin@example.kr) and the
    user of a row of CONTACTS_SHOWN_TO (AnonymousUser for anonymous). "introduced": a member of an
    organisation whose introduction `organisation` accepted; "requested": one merely asked."""
    organisation.contact_email = "jin@example.kr"
    organisation.save()

    def asker(*states: str):
        asking = MembershipFactory(organisation__country="KR")
        request = introduction_request(
            requester_organisation=asking.organisation, requested_organisation=organisation,
            requested_by=asking.user, message="A pilot.", seeking="A partner.",
        )  # fmt: skip
        for state, actor in zip(states, (staff_user, member), strict=False):
            introduction_transition(request=request, to_state=state, actor=actor)
        return asking.user

    users = {
        "anonymous": AnonymousUser,
        "no_organisation": UserFactory,
        "member": lambda: member,
        "other_member": lambda: other_member,
        "introduced": lambda: asker("forwarded", "introduced"),
        "requested": asker,
        "staff": lambda: staff_user,
    }
    return lambda role: users[role]()
