import pytest

from tests.events.factories import EventFactory, SessionFactory
from tests.factories import UserFactory


def test_shows_the_itinerary_and_the_register_button(client, event):
    SessionFactory(event=event, title="PyeongChang 5G demonstrations")
    page = client.get("/events/seoul-5g/").content.decode()
    assert "PyeongChang 5G demonstrations" in page
    assert "/events/seoul-5g/register/" in page


def test_a_draft_is_hidden_from_visitors(client, db):
    EventFactory(slug="secret", status="draft")
    assert client.get("/events/secret/").status_code == 404


def test_a_draft_is_shown_to_staff(client, staff_user):
    EventFactory(slug="secret", status="draft")
    client.force_login(staff_user)
    assert client.get("/events/secret/").status_code == 200


def test_a_registered_member_is_pointed_to_their_pages(client, member, registration):
    client.force_login(member)
    assert "/events/seoul-5g/me/" in client.get("/events/seoul-5g/").content.decode()


def test_a_korean_reader_sees_the_korean_title_and_description(client, event_in_korean):
    page = client.get("/ko/events/seoul-5g/").text
    assert "<title>서울 5G 비즈니스 상담회 ·" in page
    assert '<span lang="ko">서울 5G 비즈니스 상담회</span>' in page
    assert '<div lang="ko"><p>영국과 한국 기업의 일대일 미팅.</p></div>' in page
    assert "Seoul 5G brokerage day" not in page


def test_a_korean_reader_sees_the_sessions_in_korean(client, event):
    SessionFactory(event=event, title="5G demo", title_ko="5G 시연", description_ko="KT 홍보관.")
    page = client.get("/ko/events/seoul-5g/").text
    assert '<span lang="ko">5G 시연</span>' in page and '<span lang="ko">KT 홍보관.</span>' in page


def test_an_english_reader_sees_the_english_title(client, event_in_korean):
    page = client.get("/events/seoul-5g/").text
    assert '<span lang="en">Seoul 5G brokerage day</span>' in page and "서울" not in page


def test_a_korean_only_description_is_labelled_for_an_english_reader(client, event_in_korean):
    page = client.get("/events/seoul-5g/").text
    assert '<div lang="ko"><p>영국과 한국 기업의 일대일 미팅.</p></div>' in page
    assert "(Korean)" in page


def test_without_korean_a_session_title_is_shown_in_english_labelled(client, event):
    SessionFactory(event=event, title="PyeongChang 5G demonstrations")
    page = client.get("/ko/events/seoul-5g/").text
    assert '<span lang="en">PyeongChang 5G demonstrations</span>' in page
    assert "badge--language" in page


def test_a_korean_reader_sees_where_in_korean_country_first(client, event_placed_in_korean):
    page = client.get("/ko/events/seoul-5g/").text
    assert '대한민국 <span lang="ko">서울</span>, <span lang="ko">예시 컨벤션 센터</span>' in page
    assert "Example conference centre" not in page


def test_an_english_reader_sees_where_in_english(client, event_placed_in_korean):
    page = client.get("/events/seoul-5g/").text
    venue, city = '<span lang="en">Example conference centre</span>', '<span lang="en">Seoul</span>'
    assert f"{venue}, {city}, South Korea" in page and "예시 컨벤션 센터" not in page


def test_without_a_korean_venue_a_korean_reader_sees_the_english_one_labelled(client, event):
    event.venue = "Example conference centre"
    event.save()
    page = client.get("/ko/events/seoul-5g/").text
    venue = '<span lang="en">Example conference centre</span> <span class="badge badge--language"'
    assert f'대한민국 <span lang="en">Seoul</span>, {venue}' in page


def test_a_korean_only_city_is_shown_to_an_english_reader(client, event):
    event.city, event.city_ko = "", "서울"
    event.save()
    assert '<span lang="ko">서울</span>, South Korea' in client.get("/events/seoul-5g/").text


def test_a_korean_reader_sees_a_session_place_in_korean(client, event):
    SessionFactory(event=event, place="Main hall", place_ko="메인 홀")
    page = client.get("/ko/events/seoul-5g/").text
    assert ' · <span lang="ko">메인 홀</span>' in page and "Main hall" not in page


def test_a_korean_reader_sees_the_organisers_and_the_registration_by_korean_names(
    client, member, registration, event, names_in_korean
):
    event.organisers.add(registration.organisation)
    client.force_login(member)
    page = client.get("/ko/events/seoul-5g/").text
    assert 'lang="ko">베이즈 예시</a>' in page and "베이즈 예시 등록 상태" in page
    assert "Bayes Example Ltd" not in page


def test_an_english_reader_of_a_korean_only_description_sees_its_key_terms(client, db):
    EventFactory(slug="suso", description="", description_ko="수소 연료전지 전문가 파견단")
    page = client.get("/events/suso/").text
    assert "Key terms, from our glossary:</span> hydrogen, fuel cell" in page


@pytest.mark.parametrize(
    "url, zone_name",
    [("/events/seoul-5g/", "Korea time (KST)"), ("/ko/events/seoul-5g/", "한국 시간(KST)")],
)
def test_the_time_zone_is_named_as_readers_say_it(client, event, url, zone_name):
    assert f"<dd>{zone_name}</dd>" in client.get(url).text


def test_the_times_carry_the_event_zone_for_the_readers_time_script(client, event):
    assert 'data-event-zone="Asia/Seoul"' in client.get("/events/seoul-5g/").text


LINK = "https://meet.example.com/seoul-5g"


@pytest.mark.parametrize(
    "role, visible",
    [("anonymous", False), ("member", True), ("other_member", False), ("staff", True)],
)
def test_the_online_link_matrix(login_as, event, registration, role, visible):
    event.online_url = LINK
    event.save()
    page = login_as(role).get("/events/seoul-5g/").text
    assert (LINK in page) == visible
    assert ("The link is shown to registered participants." in page) != visible


def test_members_of_an_organiser_see_the_online_link_and_outsiders_do_not(
    client, event, other_organisation, other_member
):
    event.online_url = LINK
    event.save()
    event.organisers.add(other_organisation)
    assert LINK not in client.get("/events/seoul-5g/").text
    client.force_login(other_member)
    assert LINK in client.get("/events/seoul-5g/").text


def test_a_pending_registration_does_not_show_the_online_link(login_as, event, registration):
    event.online_url = LINK
    event.save()
    registration.status = "pending"
    registration.save()
    assert LINK not in login_as("member").get("/events/seoul-5g/").text


@pytest.mark.parametrize(
    ("role", "register_button", "create_profile_link"),
    [
        ("anonymous", True, False),
        ("member", True, False),
        ("no_organisation", False, True),
        ("staff", False, False),
    ],
)
def test_the_take_part_panel_offers_what_each_reader_can_do(
    client, event, member, staff_user, role, register_button, create_profile_link
):
    users = {"member": member, "staff": staff_user, "no_organisation": UserFactory()}
    if role in users:
        client.force_login(users[role])
    page = client.get("/events/seoul-5g/").text
    assert ("/events/seoul-5g/register/" in page) is register_button
    assert ('href="/organisations/new/"' in page) is create_profile_link


def test_a_korean_reader_without_an_organisation_is_asked_to_create_it(client, event):
    client.force_login(UserFactory())
    page = client.get("/ko/events/seoul-5g/").text
    assert '먼저 <a href="/ko/organisations/new/">기관 프로필을 만드십시오</a>' in page


def test_staff_outside_any_organisation_get_no_empty_take_part_panel(client, event, staff_user):
    client.force_login(staff_user)
    assert "take-part-heading" not in client.get("/events/seoul-5g/").text
