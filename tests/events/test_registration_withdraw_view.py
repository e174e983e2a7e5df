import pytest


@pytest.mark.parametrize(
    "role, status, result",
    [
        ("anonymous", 302, "approved"),
        ("member", 302, "withdrawn"),
        ("other_member", 403, "approved"),
        ("staff", 403, "approved"),
    ],
)
def test_permission_matrix(login_as, registration, role, status, result):
    assert login_as(role).post("/events/seoul-5g/withdraw/").status_code == status
    registration.refresh_from_db()
    assert registration.status == result
