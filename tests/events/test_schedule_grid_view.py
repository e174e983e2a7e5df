import pytest

from tests.events.factories import TableFactory
from tests.events.staff_roles import ROLES

# The session, the user, the event and the grid (tables, slots, meetings): none per table.
MAX_GRID_QUERIES = 7


@pytest.mark.parametrize("role, status", ROLES)
def test_grid_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/grid/").status_code == status


def test_the_grid_shows_a_placed_meeting(login_as, published_meeting):
    page = login_as("staff").get("/staff/events/seoul-5g/grid/").content.decode()
    assert "Bayes Example Ltd – Seoul Example Co" in page


def test_a_korean_reader_sees_the_korean_event_title(login_as, event_in_korean):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/grid/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page


def test_a_korean_reader_sees_the_tables_named_in_korean(login_as, tables_in_korean):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/grid/").text
    assert '<th scope="col" lang="ko">테이블 1</th><th scope="col" lang="ko">테이블 2</th>' in page


def test_an_english_reader_sees_the_tables_named_in_english(login_as, tables_in_korean):
    page = login_as("staff").get("/staff/events/seoul-5g/grid/").text
    assert '<th scope="col" lang="en">Table 1</th><th scope="col" lang="en">Table 2</th>' in page


def test_queries_do_not_grow_with_the_tables(
    login_as, published_meeting, tables_in_korean, django_assert_max_num_queries
):
    client = login_as("staff")
    for number in range(3, 8):
        TableFactory(event=tables_in_korean, name=f"Table {number}", name_ko=f"테이블 {number}")
    with django_assert_max_num_queries(MAX_GRID_QUERIES):
        page = client.get("/ko/staff/events/seoul-5g/grid/").text
    assert page.count('lang="ko">테이블 ') == 7


def test_a_korean_reader_sees_the_meeting_by_the_korean_names(
    login_as, published_meeting, names_in_korean
):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/grid/").text
    assert "베이즈 예시 – 서울 예시" in page and "Bayes Example Ltd" not in page
