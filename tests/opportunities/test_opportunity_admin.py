import re

from django.urls import reverse

from opportunities.models import OpportunityStatus
from tests.factories import OpportunityFactory

CHANGELIST = "/admin/opportunities/opportunity/"


def _headings(page: str) -> list[str]:
    return re.findall(r'class="fieldset-heading">([^<]*)</h2>', page)


def _publish(client, *opportunities):
    data = {"action": "publish", "_selected_action": [o.pk for o in opportunities]}
    return client.post(CHANGELIST, data, follow=True).text


def test_the_change_page_in_korean_titles_its_fieldsets_in_korean(admin_in_korean):
    opportunity = OpportunityFactory()
    page = admin_in_korean.get(
        reverse("admin:opportunities_opportunity_change", args=[opportunity.pk])
    )
    assert _headings(page.text) == ["한국어", "장소 및 일정", "예산", "주제", "지원 자격", "게시"]
    assert "상태는 사업 기회 목록의 액션으로 변경하십시오." in page.text
    assert "지원 가능 기관 유형" in page.text


def test_the_action_dropdown_lists_the_actions_in_korean(admin_in_korean):
    OpportunityFactory()  # the dropdown shows only above a list with rows
    page = admin_in_korean.get(CHANGELIST).text
    assert '<option value="publish">선택한 사업 기회를 게시합니다.</option>' in page
    assert '<option value="archive">선택한 사업 기회를 보관 처리합니다.</option>' in page


def test_the_open_now_column_is_headed_in_korean(admin_in_korean):
    OpportunityFactory()
    assert "현재 접수 중" in admin_in_korean.get(CHANGELIST).text


def test_publishing_in_korean_reports_how_many_were_published(admin_in_korean):
    drafts = OpportunityFactory.create_batch(2, status=OpportunityStatus.DRAFT)
    assert "사업 기회 2건을 게시했습니다." in _publish(admin_in_korean, *drafts)


def test_a_refused_publish_is_explained_in_korean(admin_in_korean):
    published = OpportunityFactory(title="Busan testbed")
    page = _publish(admin_in_korean, published)
    assert "“Busan testbed” 사업 기회를 게시할 수 없습니다. 현재 상태: 게시됨." in page
    assert "Cannot publish" not in page


def test_archiving_in_korean_reports_how_many_were_archived(admin_in_korean):
    opportunity = OpportunityFactory()
    data = {"action": "archive", "_selected_action": [opportunity.pk]}
    page = admin_in_korean.post(CHANGELIST, data, follow=True).text
    assert "사업 기회 1건을 보관 처리했습니다." in page


def test_in_english_the_publish_messages_read_as_before(admin_client):
    drafts = OpportunityFactory.create_batch(2, status=OpportunityStatus.DRAFT)
    assert "Published 2 opportunities." in _publish(admin_client, *drafts)
    assert "Published 1 opportunity." in _publish(admin_client, OpportunityFactory(status="draft"))
    assert (
        "Cannot publish “Busan testbed”: its status is published. Only drafts and archived "
        "opportunities can be published."
    ) in _publish(admin_client, OpportunityFactory(title="Busan testbed"))


def test_in_english_the_change_page_reads_as_before(admin_client):
    opportunity = OpportunityFactory()
    page = admin_client.get(
        reverse("admin:opportunities_opportunity_change", args=[opportunity.pk])
    )
    assert _headings(page.text) == [
        "In Korean", "Where and when", "Budget", "Topics", "Eligibility", "Publication",
    ]  # fmt: skip
    assert "Eligible kinds" in page.text
    assert "Change the status with the actions on the opportunity list." in page.text


def test_the_korean_description_is_labelled_as_the_calls_not_an_organisations(admin_in_korean):
    url = reverse("admin:opportunities_opportunity_change", args=[OpportunityFactory().pk])
    page = admin_in_korean.get(url).text
    assert "한국어 설명" in page and "기관 소개(한국어)" not in page


def test_the_admin_search_finds_korean_text(admin_client):
    OpportunityFactory(title="Port pilot", summary_ko="부산항 실증", description_ko="스마트 항만")
    OpportunityFactory(title="Other call")
    for words in ("부산항", "스마트 항만"):
        page = admin_client.get(CHANGELIST, {"q": words}).text
        assert "Port pilot" in page and "Other call" not in page
