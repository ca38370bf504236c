"""Both ways to get a token, against the training platform's authorization server on 127.0.0.1."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from html import unescape

import keyring
import pytest
import requests

from balie.sync.auth import ClientCredentialsProvider, UserSession, discover, sign_in_with_browser
from balie.sync.client import UitpasClient, make_session
from balie.sync.environments import training
from balie.sync.problems import CredentialsRejected, SignInFailed, SignInRequired
from balie.sync.secrets import SecretStore
from balie.training.demo import PASSES
from tests.fixtures.keyring import MemoryKeyring

PUBLIC_CLIENT = "balie-training-desktop"


@pytest.fixture
def store() -> Iterator[SecretStore]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield SecretStore("training")
    keyring.set_keyring(previous)


@pytest.fixture
def env(platform):
    return training(platform.url, platform.auth_url, platform.search_url)


class FakeBrowser:
    """Does what the employee does in the real browser: open the page, fill in the login form,
    submit, and follow the redirect to balie's loopback listener."""

    def __init__(self, username: str = "kassa", password: str = "training") -> None:
        self.username, self.password = username, password
        self.opened: list[str] = []
        self.error: BaseException | None = None

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._login, args=(url,), daemon=True).start()
        return True

    def _login(self, url: str) -> None:
        try:
            with requests.Session() as s:
                page = s.get(url, timeout=5)
                hidden = re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text)
                fields = {m[0]: unescape(m[1]) for m in hidden}
                fields.update(username=self.username, password=self.password)
                answer = s.post(page.url, data=fields, timeout=5, allow_redirects=False)
                if answer.status_code == 302:
                    s.get(answer.headers["Location"], timeout=5)
        except BaseException as exc:  # noqa: BLE001 - surfaced by the test through sign-in timing out
            self.error = exc


def test_discovery_finds_the_training_token_endpoint(env):
    endpoints = discover(make_session(), env)
    assert endpoints.token.startswith(env.auth_url)
    assert endpoints.authorization.startswith(env.auth_url)


def test_client_credentials_token_is_cached_and_works(platform, env):
    session = make_session()
    provider = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                         session=session)
    first = provider.access_token()
    assert provider.access_token() == first  # no token request per call
    client = UitpasClient(env.api_url, provider, session=session)
    assert client.identify_pass(PASSES["regular"].uitpas_number).uitpas_number == PASSES["regular"].uitpas_number


def test_wrong_client_secret_is_rejected_with_it_message(platform, env):
    provider = ClientCredentialsProvider(discover(make_session(), env), platform.client_id, "wrong")
    with pytest.raises(CredentialsRejected) as info:
        provider.access_token()
    assert "IT-dienst" in info.value.to_problem().next_step


def test_expired_token_is_refreshed_once_on_401_and_the_call_succeeds(platform, env):
    session = make_session()
    provider = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                         session=session)
    client = UitpasClient(env.api_url, provider, session=session)
    client.identify_pass(PASSES["regular"].uitpas_number)
    old = provider.access_token()
    platform.expire_tokens()
    assert client.identify_pass(PASSES["regular"].uitpas_number).first_name == PASSES["regular"].first_name
    assert provider.access_token() != old


def test_token_is_renewed_before_expiry_with_margin(platform, env):
    now = [1000.0]
    session = make_session()
    provider = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret,
                                         session=session, clock=lambda: now[0], margin=300)
    first = provider.access_token()
    now[0] += 1.0
    assert provider.access_token() == first
    now[0] += 100_000  # past expires_in minus the margin
    assert provider.access_token() != first


def test_pkce_sign_in_through_browser_then_refresh_rotates_and_persists(platform, env, store: SecretStore):
    browser = FakeBrowser()
    endpoints = discover(make_session(), env)
    user = sign_in_with_browser(endpoints, PUBLIC_CLIENT, store, account="kassa", browser_opener=browser, timeout=10)
    assert browser.error is None
    assert "prompt=login" in browser.opened[0] and "code_challenge_method=S256" in browser.opened[0]
    first_refresh = store.refresh_token(PUBLIC_CLIENT, "kassa")
    assert first_refresh
    client = UitpasClient(env.api_url, user)
    assert client.identify_pass(PASSES["regular"].uitpas_number)

    # access token expires: the session refreshes, and the NEW refresh token is in the keyring
    platform.expire_tokens()
    assert client.identify_pass(PASSES["regular"].uitpas_number)
    second_refresh = store.refresh_token(PUBLIC_CLIENT, "kassa")
    assert second_refresh and second_refresh != first_refresh

    # a new balie process (after restart) continues from the keyring alone
    restarted = UserSession(endpoints, PUBLIC_CLIENT, store, account="kassa")
    assert UitpasClient(env.api_url, restarted).identify_pass(PASSES["regular"].uitpas_number)
    assert store.refresh_token(PUBLIC_CLIENT, "kassa") not in (first_refresh, second_refresh)


def test_refresh_token_persisted_before_the_new_access_token_is_used(platform, env, store: SecretStore):
    endpoints = discover(make_session(), env)
    user = sign_in_with_browser(endpoints, PUBLIC_CLIENT, store, browser_opener=FakeBrowser(), timeout=10)
    backend = keyring.get_keyring()
    seen_at_use: list[str | None] = []

    class Watching(UitpasClient):
        def _auth_headers(self, token):  # type: ignore[override]
            seen_at_use.append(store.refresh_token(PUBLIC_CLIENT))
            return super()._auth_headers(token)

    user.invalidate(user.access_token())
    Watching(env.api_url, user).identify_pass(PASSES["regular"].uitpas_number)
    assert seen_at_use[0] == backend.writes[-1]  # the rotated token was stored before the call


def test_revoked_refresh_token_asks_to_sign_in_again(platform, env, store: SecretStore):
    endpoints = discover(make_session(), env)
    store.save_refresh_token(PUBLIC_CLIENT, "not-a-real-token")
    user = UserSession(endpoints, PUBLIC_CLIENT, store)
    with pytest.raises(SignInRequired) as info:
        UitpasClient(env.api_url, user).identify_pass(PASSES["regular"].uitpas_number)
    assert "Meld opnieuw aan" in info.value.to_problem().next_step
    assert store.refresh_token(PUBLIC_CLIENT) is None


def test_wrong_password_means_no_sign_in_within_timeout(platform, env, store: SecretStore):
    with pytest.raises(SignInFailed):
        sign_in_with_browser(discover(make_session(), env), PUBLIC_CLIENT, store,
                             browser_opener=FakeBrowser(password="fout"), timeout=1.5)
    assert store.refresh_token(PUBLIC_CLIENT) is None


def test_sign_out_forgets_the_token_and_gives_the_browser_logout_url(platform, env, store: SecretStore):
    endpoints = discover(make_session(), env)
    user = sign_in_with_browser(endpoints, PUBLIC_CLIENT, store, browser_opener=FakeBrowser(), timeout=10)
    url = user.sign_out()
    assert url and url.startswith(endpoints.end_session or "") and "id_token_hint=" in url
    assert store.refresh_token(PUBLIC_CLIENT) is None
    with pytest.raises(SignInRequired):
        user.access_token()


def test_operator_tokens_are_per_client_instance(platform, env, store: SecretStore):
    """An action queued by one operator can be synced with another's token: same session, other provider."""
    session = make_session()
    cc = ClientCredentialsProvider(discover(session, env), platform.client_id, platform.client_secret, session=session)
    base = UitpasClient(env.api_url, cc, session=session)
    user = sign_in_with_browser(discover(session, env), PUBLIC_CLIENT, store, browser_opener=FakeBrowser(), timeout=10)
    other = base.with_token_provider(user)
    assert other.session is base.session and other.tokens is user and base.tokens is cc
    assert other.identify_pass(PASSES["regular"].uitpas_number)
