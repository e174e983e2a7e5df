"""Does a requester's email address belong to the organisation's website? A hint for staff,
not proof: webmail addresses never match, and a group's staff may write from a sister domain.
Plain Python, no Django."""

from enum import StrEnum
from urllib.parse import urlsplit


class DomainCheck(StrEnum):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_WEBSITE = "no_website"


def _host(website: str) -> str:
    if "//" not in website:
        website = f"//{website}"
    host = (urlsplit(website.strip()).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def email_domain_check(*, email: str, website: str) -> DomainCheck:
    """MATCH when the address's domain is the website's host (without "www."), or one is a
    subdomain of the other: jin@kt.com and https://www.kt.com; mina@etri.re.kr and
    https://english.etri.re.kr. Without the public suffix list, a shared part that is itself a
    bare suffix ("co.kr", "ac.uk") never counts, so unrelated .co.kr names do not match."""
    host = _host(website) if website else ""
    if not host:
        return DomainCheck.NO_WEBSITE
    domain = email.rpartition("@")[2].strip().lower().rstrip(".")
    if not domain:
        return DomainCheck.NO_MATCH
    if domain == host:
        return DomainCheck.MATCH
    shorter, longer = sorted((domain, host), key=len)
    if longer.endswith(f".{shorter}") and not _is_bare_suffix(shorter):
        return DomainCheck.MATCH
    return DomainCheck.NO_MATCH


# Second-level labels under which country domains register names (kt.co.kr, gov.uk...).
_SECOND_LEVEL = {"co", "or", "re", "ac", "go", "ne", "pe", "gov", "org", "net", "com", "nhs"}


def _is_bare_suffix(domain: str) -> bool:
    """ "co.kr", "ac.uk", "com": a suffix shared by unrelated organisations."""
    labels = domain.split(".")
    return len(labels) < 2 or (len(labels) == 2 and labels[0] in _SECOND_LEVEL)
