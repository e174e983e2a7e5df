import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tests.factories import MembershipFactory

PASSWORD = "correct-horse-battery"


@pytest.fixture
def co_owner(organisation):
    return MembershipFactory(organisation=organisation, role="owner").user


def test_the_only_owner_sees_why_and_no_form(login_as):
    text = login_as("member").get(reverse("accounts:delete")).text
    assert "You are the only owner of" in text and "Bayes Example Ltd" in text
    assert 'name="password"' not in text


def test_the_only_owner_posting_anyway_is_refused(login_as, member):
    response = login_as("member").post(reverse("accounts:delete"), {"password": PASSWORD})
    assert "only owner of “Bayes Example Ltd”" in response.text
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_a_wrong_password_is_shown_by_the_field(login_as, co_owner, member):
    response = login_as("member").post(reverse("accounts:delete"), {"password": "nope"})
    assert 'id="id_password_error"' in response.text
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_deleting_logs_out_mails_and_says_so(
    login_as, co_owner, member, django_capture_on_commit_callbacks
):
    client = login_as("member")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:delete"), {"password": PASSWORD}, follow=True)
    assert "Your account has been deleted" in response.text
    assert "_auth_user_id" not in client.session
    assert mail.outbox[-1].to == [member.email]
    assert not get_user_model().objects.filter(pk=member.pk).exists()


def test_a_user_deletes_only_their_own_account(client, co_owner, member, editor):
    client.force_login(editor)
    url = reverse("accounts:delete") + f"?user={member.pk}"
    client.post(url, {"password": PASSWORD, "user": member.pk})
    assert get_user_model().objects.filter(pk=member.pk).exists()
    assert not get_user_model().objects.filter(pk=editor.pk).exists()


@pytest.fixture
def requester_deleted(accepted_introduction, co_owner, member, client):
    """`member`, who asked for `accepted_introduction`, has deleted their account."""
    client.force_login(member)
    client.post(reverse("accounts:delete"), {"password": PASSWORD})
    client.logout()
    return accepted_introduction


def _detail_text(client, user, introduction) -> str:
    client.force_login(user)
    return client.get(reverse("introductions:detail", args=[introduction.pk])).text


def test_the_other_side_still_reads_the_request_and_its_trail(
    requester_deleted, client, other_member
):
    text = _detail_text(client, other_member, requester_deleted)
    assert "A joint pilot of port digital twins." in text
    assert "Accepted the introduction" in text


@pytest.mark.parametrize("reader", ["staff_user", "co_owner"])
def test_staff_and_colleagues_see_the_requester_as_a_former_user(
    requester_deleted, client, request, reader
):
    text = _detail_text(client, request.getfixturevalue(reader), requester_deleted)
    assert "A former user" in text and "Forwarded the request" in text


def test_a_korean_only_owner_sees_the_korean_name_in_the_list_and_the_refusal(
    login_as, organisation
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client = login_as("member")
    with translation.override("ko"):
        text = client.get(reverse("accounts:delete")).text
        refused = client.post(reverse("accounts:delete"), {"password": PASSWORD}).text
    assert ">베이즈 예시</a></li>" in text and "“베이즈 예시”" in refused
    assert "Bayes Example Ltd" not in text + refused
