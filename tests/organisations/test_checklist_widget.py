from organisations.forms import OffersForm, SectorsForm
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
