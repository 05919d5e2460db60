"""Sign-up, sign-in, tokens and roles over HTTP."""

from __future__ import annotations

import httpx
from strawberry.relay import to_base64

from models.account import AccessToken, Role, User
from models.provider import ProviderProfile
from tests.api import assert_denied, execute, gql
from tests.factories import PASSWORD, make_user, token_for

REGISTER = """
mutation ($input: RegisterInput!) {
  register(input: $input) {
    token
    user { id email firstName role }
    userErrors { field code message }
  }
}"""
LOGIN = """
mutation ($input: LoginInput!) {
  login(input: $input) { token user { email } userErrors { field code message } }
}"""
ME = "{ me { id email firstName lastName role } }"


def registration(**overrides: object) -> dict[str, object]:
    return {
        "email": "Client@Example.com",
        "password": "a-long-Passphrase-7",
        "firstName": "Clara",
        "lastName": "Client",
    } | overrides


async def test_register_login_me_logout(client: httpx.AsyncClient) -> None:
    registered = (await gql(client, REGISTER, {"input": registration()}))["register"]
    assert registered["userErrors"] == []
    assert registered["user"]["email"] == "client@example.com"
    assert registered["user"]["role"] == "CLIENT"

    login = (
        await gql(
            client,
            LOGIN,
            {"input": {"email": "CLIENT@example.COM", "password": "a-long-Passphrase-7"}},
        )
    )["login"]
    assert login["userErrors"] == []
    me = (await gql(client, ME, token=login["token"]))["me"]
    assert me["email"] == "client@example.com"

    logout = await gql(client, "mutation { logout { revoked } }", token=login["token"])
    assert logout["logout"]["revoked"] is True
    after = await client.post(
        "/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {login['token']}"}
    )
    assert after.status_code == 401
    assert after.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_tokens_are_stored_hashed(client: httpx.AsyncClient) -> None:
    token = (await gql(client, REGISTER, {"input": registration()}))["register"]["token"]
    stored = await AccessToken.all().values_list("token_hash", flat=True)
    assert len(stored) == 1
    assert token not in stored[0]
    assert len(stored[0]) == 64


async def test_anonymous_me_is_null(client: httpx.AsyncClient) -> None:
    assert (await gql(client, ME))["me"] is None


async def test_wrong_token_is_an_auth_error(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": ME}, headers={"Authorization": "Bearer sg_not-a-token"}
    )
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_duplicate_email_differs_only_in_case(client: httpx.AsyncClient) -> None:
    await gql(client, REGISTER, {"input": registration()})
    again = await gql(client, REGISTER, {"input": registration(email="CLIENT@example.com")})
    assert [e["code"] for e in again["register"]["userErrors"]] == ["EMAIL_TAKEN"]
    assert again["register"]["token"] is None
    assert await User.all().count() == 1


async def test_bad_registrations_write_nothing(client: httpx.AsyncClient) -> None:
    cases = {
        "WEAK_PASSWORD": registration(password="short1"),
        "INVALID_EMAIL": registration(email="not-an-email"),
        "INVALID_NAME": registration(firstName="  "),
    }
    for code, data in cases.items():
        payload = (await gql(client, REGISTER, {"input": data}))["register"]
        assert code in [e["code"] for e in payload["userErrors"]], payload
        assert payload["user"] is None
    assert await User.all().count() == 0
    assert await AccessToken.all().count() == 0


async def test_login_with_wrong_password_is_a_user_error(client: httpx.AsyncClient) -> None:
    user = await make_user()
    for email, password in ((user.email, "wrong-password-1"), ("nobody@example.com", PASSWORD)):
        payload = await gql(client, LOGIN, {"input": {"email": email, "password": password}})
        assert [e["code"] for e in payload["login"]["userErrors"]] == ["INVALID_CREDENTIALS"]
        assert payload["login"]["token"] is None


async def test_change_password_revokes_other_tokens(client: httpx.AsyncClient) -> None:
    user = await make_user()
    current, other = await token_for(user), await token_for(user)
    change = """
    mutation ($input: ChangePasswordInput!) {
      changePassword(input: $input) { user { id } userErrors { field code } }
    }"""
    wrong = await gql(
        client,
        change,
        {"input": {"currentPassword": "nope-nope-1", "newPassword": "another-Phrase-42"}},
        token=current,
    )
    assert wrong["changePassword"]["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    ok = await gql(
        client,
        change,
        {"input": {"currentPassword": PASSWORD, "newPassword": "another-Phrase-42"}},
        token=current,
    )
    assert ok["changePassword"]["userErrors"] == []
    assert (await gql(client, ME, token=current))["me"]["id"]
    assert (
        await client.post(
            "/graphql", json={"query": ME}, headers={"Authorization": f"Bearer {other}"}
        )
    ).status_code == 401
    login = await gql(
        client, LOGIN, {"input": {"email": user.email, "password": "another-Phrase-42"}}
    )
    assert login["login"]["token"]


SET_ROLE = """
mutation ($input: SetUserRoleInput!) {
  setUserRole(input: $input) { user { role } userErrors { code } }
}"""


async def test_only_admins_set_roles(client: httpx.AsyncClient) -> None:
    admin, client_user = await make_user(Role.ADMIN), await make_user()
    user_id = (await gql(client, ME, token=await token_for(client_user)))["me"]["id"]
    variables = {"input": {"userId": user_id, "role": "PROVIDER"}}

    await assert_denied(client, SET_ROLE, variables, token=await token_for(client_user))
    assert (await User.get(id=client_user.id)).role == Role.CLIENT

    promoted = await gql(client, SET_ROLE, variables, token=await token_for(admin))
    assert promoted["setUserRole"]["user"]["role"] == "PROVIDER"
    assert await ProviderProfile.filter(user_id=client_user.id).exists()


async def test_private_fields_are_hidden_from_others(client: httpx.AsyncClient) -> None:
    provider = await make_user(Role.PROVIDER)
    query = """query ($id: ID!) { node(id: $id) { ... on User { firstName email } } }"""
    provider_id = (await gql(client, ME, token=await token_for(provider)))["me"]["id"]
    stranger = await token_for(await make_user())
    seen = (await gql(client, query, {"id": provider_id}, token=stranger))["node"]
    assert seen == {"firstName": provider.first_name, "email": None}
    body = await execute(client, query, {"id": provider_id}, token=await token_for(provider))
    assert body["data"]["node"]["email"] == provider.email


async def test_malformed_and_unknown_node_ids_find_nothing(client: httpx.AsyncClient) -> None:
    query = "query ($id: ID!) { node(id: $id) { id } }"
    for type_name in ("User", "Provider", "Service", "Session", "Package", "WaitlistEntry"):
        for node_id in ("not-a-uuid", "00000000-0000-4000-8000-000000000000"):
            found = await gql(client, query, {"id": to_base64(type_name, node_id)})
            assert found == {"node": None}
