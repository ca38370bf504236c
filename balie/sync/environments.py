"""Where the UiTPAS platform lives: test, production, or the local training platform.

Test and production have separate credentials, tokens and data, so an environment is always chosen
as a whole (API, authorization server and UiTdatabank search together), never mixed per URL.
Plain http:// is refused except on loopback (the training platform): the real platform answers
http with a redirect that turns POSTs into GETs, and tokens must never travel unencrypted.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from balie.sync.problems import InsecureUrl


@dataclass(frozen=True)
class Environment:
    name: str
    api_url: str
    auth_url: str
    search_url: str
    realm_path: str = "/realms/uitid"

    def with_overrides(
        self, api_url: str | None = None, auth_url: str | None = None, search_url: str | None = None
    ) -> Environment:
        return replace(
            self,
            api_url=(api_url or self.api_url).rstrip("/"),
            auth_url=(auth_url or self.auth_url).rstrip("/"),
            search_url=(search_url or self.search_url).rstrip("/"),
        )

    def check(self) -> Environment:
        """Raise :class:`InsecureUrl` if any URL would send data unencrypted off this PC."""
        for url in (self.api_url, self.auth_url, self.search_url):
            require_secure_url(url)
        return self


TEST = Environment(
    name="test",
    api_url="https://api-test.uitpas.be",
    auth_url="https://account-test.uitid.be",
    search_url="https://search-test.uitdatabank.be",
)

PRODUCTION = Environment(
    name="production",
    api_url="https://api.uitpas.be",
    auth_url="https://account.uitid.be",
    search_url="https://search.uitdatabank.be",
)


def training(url: str, auth_url: str | None = None, search_url: str | None = None) -> Environment:
    """The local training platform (all three roles usually on one loopback server)."""
    base = url.rstrip("/")
    return Environment(
        name="training",
        api_url=base,
        auth_url=(auth_url or base).rstrip("/"),
        search_url=(search_url or base).rstrip("/"),
    ).check()


ENVIRONMENTS = {"test": TEST, "production": PRODUCTION}


def by_name(name: str) -> Environment:
    try:
        return ENVIRONMENTS[name]
    except KeyError:
        raise ValueError(f"unknown environment {name!r}; expected one of {sorted(ENVIRONMENTS)}") from None


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure_url(url: str) -> str:
    """https anywhere, http only to loopback; anything else raises :class:`InsecureUrl`."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and is_loopback_host(parts.hostname):
        return url
    raise InsecureUrl(f"refusing non-https URL to {parts.hostname or '?'}")
