"""PKCE pieces that must be exactly right for the authorization server to accept the sign-in."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import parse_qs, urlsplit

import requests
from hypothesis import given
from hypothesis import strategies as st

from balie.sync.auth import LoopbackReceiver, OidcEndpoints, authorization_url, code_challenge, make_code_verifier


def test_rfc7636_example_challenge():
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@given(st.integers(0, 50))
def test_verifier_is_43_to_128_unreserved_characters(_):
    v = make_code_verifier()
    assert 43 <= len(v) <= 128
    assert re.fullmatch(r"[A-Za-z0-9\-._~]+", v)
    digest = base64.urlsafe_b64decode(code_challenge(v) + "=")
    assert digest == hashlib.sha256(v.encode()).digest()


def test_authorization_url_forces_login_on_shared_counter_pcs_and_uses_s256():
    ep = OidcEndpoints.keycloak("https://account-test.uitid.be")
    url = authorization_url(ep, "balie", "http://127.0.0.1:5000/callback", "v" * 50, "st")
    q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith("https://account-test.uitid.be/realms/uitid/protocol/openid-connect/auth?")
    assert q["prompt"] == "login"
    assert q["code_challenge_method"] == "S256"
    assert q["code_challenge"] == code_challenge("v" * 50)
    assert set(q["scope"].split()) == {"openid", "email", "offline_access"}
    assert q["redirect_uri"] == "http://127.0.0.1:5000/callback" and q["state"] == "st"


def test_loopback_receiver_listens_on_127_0_0_1_and_takes_exactly_one_redirect():
    receiver = LoopbackReceiver()
    try:
        assert receiver.redirect_uri.startswith("http://127.0.0.1:")
        assert requests.get(receiver.redirect_uri.replace("/callback", "/favicon.ico"), timeout=2).status_code == 404
        page = requests.get(receiver.redirect_uri, params={"code": "abc", "state": "s"}, timeout=2)
        assert page.status_code == 200 and "aangemeld" in page.text
        assert receiver.wait(2) == {"code": "abc", "state": "s"}
    finally:
        receiver.close()
