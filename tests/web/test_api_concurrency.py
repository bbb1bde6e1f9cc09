"""Clients adding articles to one story at once, through the real server: nothing lost, nothing duplicated."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

SHARED = ("Elm council meets on the flood\n\nThe town council of Elm met on Monday evening to decide how to pay for "
          "the repairs to the old bridge.\n")


def text(client: int, number: int) -> str:
    return (f"Report {number} from reader {client}\n\nReader {client} saw the river in Elm rise past marker "
            f"{number} on the old bridge during the night.\n")


def test_concurrent_adds_lose_nothing_and_duplicate_nothing(api, snapshot):
    clients, rounds = 8, 6
    with api.client() as client:
        story = client.post("/api/stories", json={"title": "Many readers"}).json()["story"]["id"]

    def reader(number: int) -> list[str]:
        added: list[str] = []
        with api.client() as client:
            for round_ in range(rounds):
                answer = client.post(f"/api/stories/{story}/articles",
                                     json={"texts": [text(number, round_), SHARED]})
                assert answer.status_code == 200, answer.text
                added += answer.json()["result"]["added"]
        return added

    with ThreadPoolExecutor(clients) as pool:
        added = [a for result in pool.map(reader, range(clients)) for a in result]
    assert len(added) == len(set(added)) == clients * rounds + 1
    with api.client() as client:
        listed = client.get(f"/api/stories/{story}/articles").json()
        assert client.get(f"/api/stories/{story}").json()["articles"] == clients * rounds + 1
    assert sorted(a["id"] for a in listed) == sorted(added)
    stories, _ = snapshot(api.store)
    assert next(s for s in stories if s[0] == story)[3] == clients * rounds + 1
