"""The data migration that names the tables there are in Korean (events 0007)."""

from importlib import import_module

from django.apps import apps

from tests.events.factories import TableFactory

korean_names_fill = import_module(
    "events.migrations.0007_korean_table_names_fill"
).korean_names_fill


def names_after_filling(event) -> list[tuple[str, str]]:
    korean_names_fill(apps, None)
    return list(event.tables.order_by("pk").values_list("name", "name_ko"))


def test_a_generated_english_name_gets_its_korean_twin(event):
    TableFactory(event=event, name="Table 3")
    TableFactory(event=event, name="Video link 1")
    assert names_after_filling(event)[2:] == [
        ("Table 3", "테이블 3"),
        ("Video link 1", "화상회의 링크 1"),
    ]


def test_any_other_name_is_left_alone(event):
    TableFactory(event=event, name="VIP table")
    TableFactory(event=event, name="Table 3b")
    assert names_after_filling(event)[2:] == [("VIP table", ""), ("Table 3b", "")]


def test_a_korean_generated_name_gets_the_english_back(event):
    TableFactory(event=event, name="테이블 3")
    assert names_after_filling(event)[2] == ("Table 3", "테이블 3")


def test_a_korean_name_is_left_when_its_english_one_is_taken(event):
    TableFactory(event=event, name="테이블 2")
    assert names_after_filling(event)[1:] == [("Table 2", ""), ("테이블 2", "")]


def test_a_korean_name_already_given_is_kept(event):
    TableFactory(event=event, name="Table 3", name_ko="세 번째 테이블")
    assert names_after_filling(event)[2] == ("Table 3", "세 번째 테이블")
