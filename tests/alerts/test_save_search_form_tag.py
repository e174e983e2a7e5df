"""The "Get alerts" box of the list pages names what it mails in a whole sentence, so the
Korean particle fits the noun."""

import pytest


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/ko/opportunities/", "이 필터에 맞는 새 사업 기회를 메일로 받기"),
        ("/ko/organisations/", "이 필터에 맞는 새 기관을 메일로 받기"),
        ("/opportunities/", "Mail me new opportunities matching these filters"),
    ],
)
def test_a_member_is_offered_alerts_for_the_list_it_is_on(client, member, path, label):
    client.force_login(member)
    assert label in client.get(path).content.decode()


def test_a_visitor_is_asked_to_log_in_for_the_list_it_is_on(client, db):
    assert "새 기관이 있을 때 메일을" in client.get("/ko/organisations/").content.decode()
