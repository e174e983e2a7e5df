from django.urls import reverse

from tests.factories import MembershipFactory, UserFactory

URL = reverse("organisations:mine")


def test_a_member_of_one_organisation_goes_straight_to_it(client, member, organisation):
    client.force_login(member)
    assert client.get(URL).url == reverse("organisations:manage", args=[organisation.pk])


def test_a_user_without_one_is_invited_to_create_it(client, db):
    client.force_login(UserFactory())
    assert "Start your profile" in client.get(URL).text


def test_a_member_of_several_chooses(client, member, other_organisation):
    MembershipFactory(user=member, organisation=other_organisation, role="editor")
    client.force_login(member)
    text = client.get(URL).text
    assert "Bayes Example Ltd" in text and "Seoul Example Co" in text


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_query_count_does_not_grow_with_memberships(client, db, django_assert_max_num_queries):
    user = UserFactory()
    MembershipFactory.create_batch(12, user=user)
    client.force_login(user)
    with django_assert_max_num_queries(6):
        client.get(URL)


def test_a_korean_reader_sees_the_korean_names(client, member, other_organisation):
    other_organisation.name_ko = "서울 예시"
    other_organisation.save()
    MembershipFactory(user=member, organisation=other_organisation, role="editor")
    client.force_login(member)
    assert 'lang="en">Seoul Example Co</a>' in client.get(URL).text
    assert 'lang="ko">서울 예시</a>' in client.get("/ko" + URL).text
