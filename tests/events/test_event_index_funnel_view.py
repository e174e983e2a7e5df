def test_staff_see_each_events_funnel(login_as, published_meeting):
    page = login_as("staff").get("/staff/events/").content.decode()
    assert "Followed up" in page and "Seoul 5G brokerage day" in page


def test_the_staff_overview_links_to_the_event_funnels(login_as, db):
    page = login_as("staff").get("/staff/overview/").content.decode()
    assert 'href="/staff/events/"' in page
