import re

from django.urls import reverse
from django.utils import translation

from organisations.admin import ConsortiumMemberInlineForm
from organisations.models import ConsortiumMembership, PublicationStatus
from tests.factories import OrganisationFactory, ProjectFactory

CHANGELIST = "/admin/organisations/organisation/"
SUBMITTED = PublicationStatus.SUBMITTED


def _act(client, action, *organisations, **extra):
    data = {"action": action, "_selected_action": [o.pk for o in organisations], **extra}
    return client.post(CHANGELIST, data, follow=True).text


def test_the_change_page_in_korean_titles_its_fieldsets_and_inlines_in_korean(admin_in_korean):
    organisation = OrganisationFactory()
    page = admin_in_korean.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).text
    headings = re.findall(r'class="fieldset-heading">([^<]*)</h2>', page)
    contact = "연락처(기관 구성원과 이 기관을 소개받은 기관에 표시됨)"
    assert headings == ["프로필", "활동 분야 및 역량", contact, "게시"]
    assert "이 항목은 기관 목록의 액션으로 변경하십시오." in page
    assert "구성원(이 프로필을 수정할 수 있는 사용자)" in page and "소속 컨소시엄" in page


def test_the_action_dropdown_lists_the_actions_in_korean(admin_in_korean):
    OrganisationFactory()
    page = admin_in_korean.get(CHANGELIST).text
    options = re.findall(r'<option value="\w+">([^<]*)</option>', page)
    assert options[1:] == [
        "선택한 기관을 게시합니다.",
        "선택한 기관을 사유와 함께 반려합니다…",
        "선택한 기관을 인증된 기관으로 표시합니다.",
        "선택한 기관의 인증 표시를 해제합니다.",
    ]


def test_publishing_in_korean_reports_how_many_were_published(admin_in_korean):
    submitted = OrganisationFactory.create_batch(3, status=SUBMITTED)
    assert "기관 3곳을 게시했습니다." in _act(admin_in_korean, "publish", *submitted)


def test_a_refused_publish_is_explained_in_korean_beside_the_others_done(admin_in_korean):
    rejected = OrganisationFactory(name="Hanbit Vision", status="rejected", rejection_reason="No")
    page = _act(admin_in_korean, "publish", rejected, OrganisationFactory(status=SUBMITTED))
    assert "기관 1곳을 게시했습니다." in page
    assert "“Hanbit Vision” 기관을 게시할 수 없습니다. 현재 상태: 반려됨." in page


def test_verifying_and_unverifying_in_korean_report_the_count(admin_in_korean):
    organisations = OrganisationFactory.create_batch(2)
    verified = _act(admin_in_korean, "verify", *organisations)
    assert "기관 2곳을 인증된 기관으로 표시했습니다." in verified
    unverified = _act(admin_in_korean, "unverify", *organisations)
    assert "기관 2곳의 인증 표시를 해제했습니다." in unverified


def test_the_reject_page_and_its_outcome_are_in_korean(admin_in_korean):
    organisation = OrganisationFactory(status=SUBMITTED)
    page = _act(admin_in_korean, "reject_with_reason", organisation)
    assert "<title>기관 반려 |" in page and "수정할 사항을 구체적으로" in page
    done = _act(admin_in_korean, "reject_with_reason", organisation, apply="yes", reason="모호함")
    assert "기관 1곳을 반려했습니다." in done


def test_the_project_list_heads_its_participant_count_in_korean(admin_in_korean):
    ProjectFactory(participants=[OrganisationFactory()])
    page = admin_in_korean.get("/admin/organisations/project/").text
    assert re.search(r'class="sortable column-participant_count">.*?참여 기관', page, re.S)


def test_the_consortium_inline_refuses_a_self_membership_in_korean(db):
    consortium = OrganisationFactory(name="Sejong consortium", kind="consortium")
    link = ConsortiumMembership(consortium=consortium)
    form = ConsortiumMemberInlineForm({"member": consortium.pk, "role": "member"}, instance=link)
    with translation.override("ko"):
        errors = str(form.errors["member"])
    assert "“Sejong consortium”은(는) 자기 자신의 참여 기관이 될 수 없습니다." in errors


def test_in_english_the_action_messages_read_as_before(admin_client):
    organisations = OrganisationFactory.create_batch(2)
    unverified = _act(admin_client, "unverify", *organisations)
    assert "Removed verification from 2 organisations." in unverified
    assert "Verified 1 organisation." in _act(admin_client, "verify", organisations[0])
    page = _act(admin_client, "publish", OrganisationFactory(name="Hanbit Vision"))
    assert (
        "Cannot publish “Hanbit Vision”: its status is published. Only drafts and profiles "
        "submitted for review can be published."
    ) in page


def test_in_english_the_reject_page_and_fieldsets_read_as_before(admin_client):
    organisation = OrganisationFactory(status=SUBMITTED)
    assert "<title>Reject organisations |" in _act(admin_client, "reject_with_reason", organisation)
    change = admin_client.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).text
    assert "Contact (shown to its members and organisations introduced to it)" in change
    assert "members (users who can edit this profile)" in change.lower()


def test_the_change_page_takes_the_korean_city_beside_the_city(admin_client):
    organisation = OrganisationFactory(city="Busan", city_ko="부산")
    page = admin_client.get(
        reverse("admin:organisations_organisation_change", args=[organisation.pk])
    ).text
    [field] = re.findall(r'<input [^>]*name="city_ko"[^>]*>', page)
    assert 'value="부산"' in field and 'lang="ko"' in field
    assert organisation.name in admin_client.get(CHANGELIST, {"q": "부산"}).text


def test_the_admin_search_finds_the_korean_description(admin_client):
    OrganisationFactory(name="Busan Sensor Co", description_ko="항만 센서를 만듭니다.")
    page = admin_client.get(CHANGELIST, {"q": "항만 센서"}).text
    assert "Busan Sensor Co" in page
