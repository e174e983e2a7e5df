from django.conf import settings

from accounts.services import language_preference_set


def test_staff_who_chose_korean_get_the_admin_in_korean(client, staff_user):
    staff_user.is_superuser = True
    staff_user.save()
    language_preference_set(user=staff_user, language="ko")
    client.force_login(staff_user)
    response = client.get("/admin/organisations/organisation/add/")
    assert response["Content-Language"] == "ko"
    assert "한글 기관명" in response.text and "기관 추가" in response.text


def test_the_admin_follows_the_language_cookie(admin_client):
    admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ko"
    assert "데이터와 설정" in admin_client.get("/admin/").text


def test_the_admin_stays_english_by_default(admin_client):
    assert "Records and settings" in admin_client.get("/admin/").text
