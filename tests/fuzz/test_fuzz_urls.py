"""The client never sends data unencrypted off this PC: https anywhere, plain http only to
loopback (the training platform), whatever the configured URL looks like."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from balie.sync.client import make_session
from balie.sync.environments import require_secure_url
from balie.sync.problems import InsecureUrl
from tests.fuzz import FUZZ

hosts = st.one_of(
    st.sampled_from(["api.uitpas.be", "127.0.0.1.evil.example", "localhost.evil.example",
                     "0.0.0.0", "10.0.0.1", "[::ffff:127.0.0.1]", "2130706433", "127.1",
                     "user@127.0.0.1", "127.0.0.1@evil.example", "[::1]", "localhost",
                     "127.0.0.1", "127.8.9.10", ""]),
    st.text(max_size=20),
)


@FUZZ
@given(st.sampled_from(["http", "HTTP", "ftp", "file", "ws", ""]), hosts,
       st.sampled_from(["", ":80", ":8443", ":abc"]), st.text(max_size=15))
def test_non_https_url_is_refused_unless_it_goes_to_loopback(scheme, host, port, path):
    url = f"{scheme}://{host}{port}/{path}"
    try:
        require_secure_url(url)
    except InsecureUrl:
        return
    except ValueError:  # urlsplit refuses some hosts/ports outright: never sent either
        return
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    assert parts.scheme == "http"
    assert parts.hostname in ("localhost", "::1") or parts.hostname.startswith("127.")


def test_known_tricks_are_refused():
    for url in ("http://127.0.0.1.evil.example/", "http://127.0.0.1@evil.example/",
                "http://evil.example#@127.0.0.1/", "http://0.0.0.0/", "http://10.0.0.1/",
                "http:///x", "https:///nohost"):
        try:
            require_secure_url(url)
        except InsecureUrl:
            continue
        raise AssertionError(f"{url} was allowed")


def test_client_session_verifies_tls_certificates():
    assert make_session().verify is True
    assert make_session("/etc/ssl/certs/ca.pem").verify == "/etc/ssl/certs/ca.pem"
