from django.utils import translation

from matchmaking.engine import formula
from matchmaking.reasons import contribution_text, names_in_reader_language, reason_texts


def test_a_reason_names_capabilities_in_korean_for_a_korean_reader(open_ran):
    names = formula.Names(capabilities={open_ran.id: open_ran.name}, sectors={})
    reason = formula.Reason("they_offer", capabilities=(open_ran.id,))
    with translation.override("ko"):
        [text] = reason_texts([reason], names_in_reader_language(names))
    assert open_ran.name_ko in text and open_ran.name not in text


def test_a_reason_keeps_english_names_for_an_english_reader(open_ran):
    names = formula.Names(capabilities={open_ran.id: open_ran.name}, sectors={})
    reason = formula.Reason("they_offer", capabilities=(open_ran.id,))
    with translation.override("en"):
        [text] = reason_texts([reason], names_in_reader_language(names))
    assert (text, text.code) == ("They offer Open RAN, which you seek", "they_offer")


def test_a_team_reason_is_worded_in_the_reader_language():
    with translation.override("ko"):
        text = contribution_text(only=[], shared=[], started=True)
    assert (text, text.code) == ("이 기관을 중심으로 팀을 구성했습니다", "built_around")


def test_reasons_worded_together_equal_reasons_worded_alone():
    names = formula.Names(capabilities={1: "Open RAN", 2: "Robotics", 3: "AI"}, sectors={})
    reasons = [
        formula.Reason("they_offer", capabilities=(1, 2)),
        formula.Reason("you_offer", capabilities=(1, 2)),
        formula.Reason("they_offer", capabilities=(3,)),
        formula.Reason("they_offer_related", capabilities=(3,), sought=(1, 2)),
    ]
    alone = [reason_texts([reason], names)[0] for reason in reasons]
    assert list(reason_texts(reasons, names, {})) == alone


def test_korean_capability_and_sector_names_are_read_in_one_query(
    open_ran, sector, django_assert_num_queries
):
    open_ran.name_ko = "개방형 무선접속망"
    open_ran.save()
    names = formula.Names(capabilities={open_ran.id: "Open RAN"}, sectors={sector.id: "Smart"})
    with translation.override("ko"), django_assert_num_queries(1):
        korean = names_in_reader_language(names)
    assert korean.capabilities[open_ran.id] == "개방형 무선접속망"
    assert korean.sectors[sector.id] == "스마트시티"
