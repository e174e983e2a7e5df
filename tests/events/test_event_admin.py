import re

from django.contrib.auth import get_user_model

from tests.events.factories import EventFactory, SessionFactory


def _admin(client):
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.com", "x"))
    return client


def test_the_admin_search_finds_an_event_by_its_korean_title(client, event_in_korean):
    other = EventFactory(title="Busan AI day")
    page = _admin(client).get("/admin/events/event/", {"q": "비즈니스 상담회"}).text
    assert f"/admin/events/event/{event_in_korean.pk}/change/" in page
    assert f"/admin/events/event/{other.pk}/change/" not in page


def test_the_admin_search_finds_a_session_by_its_korean_title(client, event):
    session = SessionFactory(event=event, title="Testbed visit", title_ko="테스트베드 방문")
    page = _admin(client).get("/admin/events/session/", {"q": "테스트베드"}).text
    assert f"/admin/events/session/{session.pk}/change/" in page


def test_the_admin_form_has_the_korean_fields(client, event):
    page = _admin(client).get(f"/admin/events/event/{event.pk}/change/").text
    for name in ("title_ko", "description_ko", "sessions-__prefix__-title_ko"):
        assert f'name="{name}"' in page


def test_the_admin_form_in_korean_titles_its_fieldsets_in_korean(admin_in_korean, event):
    page = admin_in_korean.get(f"/admin/events/event/{event.pk}/change/").text
    headings = re.findall(r'class="fieldset-heading">([^<]*)</h2>', page)
    assert headings[:4] == ["한국어", "일정 및 장소", "참가 등록", "주최 기관 및 사업 기회"]


def test_the_admin_form_in_english_titles_its_fieldsets_as_before(admin_client, event):
    page = admin_client.get(f"/admin/events/event/{event.pk}/change/").text
    headings = re.findall(r'class="fieldset-heading">([^<]*)</h2>', page)
    assert headings[:4] == [
        "In Korean", "When and where", "Registration", "Organisers and opportunities",
    ]  # fmt: skip


def test_the_admin_search_finds_an_event_by_its_korean_city(client, event_placed_in_korean):
    other = EventFactory(title="Busan AI day", city="Busan", city_ko="부산")
    page = _admin(client).get("/admin/events/event/", {"q": "서울"}).text
    assert f"/admin/events/event/{event_placed_in_korean.pk}/change/" in page
    assert f"/admin/events/event/{other.pk}/change/" not in page


def test_the_admin_form_has_the_korean_places_beside_the_english(client, event):
    page = _admin(client).get(f"/admin/events/event/{event.pk}/change/").text
    for name in ("venue_ko", "city_ko", "sessions-__prefix__-place_ko"):
        assert f'name="{name}"' in page
    assert page.index('name="venue"') < page.index('name="venue_ko"') < page.index('name="city"')


def test_the_admin_takes_the_korean_table_name_beside_the_english(client, event):
    table = event.tables.first()
    page = _admin(client).get(f"/admin/events/table/{table.pk}/change/").text
    assert page.index('name="name"') < page.index('name="name_ko"') < page.index('name="video_url"')
    page = client.get(f"/admin/events/event/{event.pk}/change/").text
    assert 'name="tables-0-name_ko"' in page
