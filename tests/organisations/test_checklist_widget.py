from django.utils import translation

from organisations.forms import OffersForm, SectorsForm
from organisations.widgets import Checklist
from tests.factories import CapabilityFactory, SectorFactory


def test_capabilities_are_grouped_under_their_sectors(capability):
    other_sector = SectorFactory(name="Space")
    CapabilityFactory(name="Satellite data", sector=other_sector)
    html = str(OffersForm()["offers"])
    assert html.index("Smart cities") < html.index("Digital twins") < html.index("Space")
    assert html.index("Space") < html.index("Satellite data")


def test_options_carry_their_korean_name_for_search_and_display(capability):
    html = str(OffersForm()["offers"])
    assert 'lang="ko"' in html and capability.name_ko in html
    assert f'data-search="digital twins {capability.name_ko}"' in html


def test_ungrouped_options_share_one_list(db):
    SectorFactory.create_batch(3)
    html = str(SectorsForm()["sectors"])
    assert html.count('<ul class="checklist__list">') == 1


def test_ticked_options_stay_ticked_after_an_error(capability):
    html = str(OffersForm(data={"offers": [str(capability.pk), "999999"]})["offers"])
    assert html.count(" checked") == 1


def test_the_search_box_is_only_revealed_by_the_script(capability):
    html = str(OffersForm()["offers"])
    assert "data-checklist-tools hidden" in html
    assert "js/checklist.js" in str(OffersForm().media)


def test_the_scripts_words_come_translated_for_a_korean_reader(capability):
    with translation.override("ko"):
        html = str(OffersForm()["offers"])
    assert 'data-text-none="아직 선택한 항목이 없습니다."' in html
    assert 'data-text-shown="{total}개 중 {shown}개 표시"' in html
    assert "검색과 일치하는 항목이 없습니다." in html


def test_each_option_names_itself_in_the_readers_language(capability):
    with translation.override("ko"):
        html = str(OffersForm()["offers"])
    assert f'data-name="{capability.name_ko}"' in html
    assert f'data-name="{capability.name}"' in str(OffersForm()["offers"])


def test_a_korean_reader_sees_korean_groups_and_each_name_once(capability):
    with translation.override("ko"):
        html = str(OffersForm()["offers"])
    assert capability.sector.name_ko in html and "Smart cities" not in html.split("<ul")[0]
    assert html.count(capability.name_ko) == 3  # the label, data-name and data-search
    assert f'lang="en">{capability.name}</span>' in html


def test_the_default_search_label_is_said_in_the_readers_language(db):
    widget = Checklist(choices=[("a", "A")])
    with translation.override("ko"):
        html = widget.render("things", [])
    assert "목록 검색" in html and "Search the list" not in html
