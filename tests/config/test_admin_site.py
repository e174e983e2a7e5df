def test_the_admin_names_the_site_not_django(admin_client):
    page = admin_client.get("/admin/").text
    assert "<title>Records and settings | Korea–UK Match</title>" in page
    assert "Korea–UK Match administration" in page and "Django administration" not in page


def test_the_korean_admin_names_the_site_in_korean(admin_in_korean):
    page = admin_in_korean.get("/admin/").text
    assert "Korea–UK Match 관리" in page and "데이터와 설정" in page
    assert "Django 관리" not in page


def test_a_read_only_list_is_titled_in_plain_korean(admin_in_korean):
    page = admin_in_korean.get("/admin/alerts/savedsearch/").text
    assert "<h1>볼 저장된 검색 선택</h1>" in page and "보기위한" not in page
