import pytest

from memberships.domains import DomainCheck, email_domain_check


@pytest.mark.parametrize(
    ("email", "website", "expected"),
    [
        ("jin@kt.com", "https://www.kt.com", DomainCheck.MATCH),
        ("jin@KT.com", "kt.com/en/", DomainCheck.MATCH),
        ("mina@etri.re.kr", "https://english.etri.re.kr", DomainCheck.MATCH),
        ("mina@lab.etri.re.kr", "https://www.etri.re.kr", DomainCheck.MATCH),
        ("jin@gmail.com", "https://www.kt.com", DomainCheck.NO_MATCH),
        ("jin@co.kr", "https://www.hanbit.co.kr", DomainCheck.NO_MATCH),
        ("jin@notkt.com", "https://kt.com", DomainCheck.NO_MATCH),
        ("jin@kt.com", "", DomainCheck.NO_WEBSITE),
    ],
)
def test_email_domain_is_compared_with_the_website_host(email, website, expected):
    assert email_domain_check(email=email, website=website) == expected
