"""Property-based fuzzing of the app's own OpenAPI description (schemathesis) against a real `newsprism serve`
on SQLite and on PostgreSQL: requests that follow the description and requests that break it (positive and
negative generation), with the operator token, must never get a server error (5xx).

Each operation is fuzzed by Hypothesis from schemathesis' strategy for it (schemathesis' own pytest plugin does
not run under pytest 9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

EXAMPLES_PER_OPERATION = 25
"""Per operation and generation mode: enough to reach NUL characters, odd ids and malformed bodies on every route
(about a minute a store on the 2-core machine)."""


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def fuzzed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           own_server) -> Iterator:
    yield from own_server(request, tmp_path_factory, "fuzz", "--no-analysis")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_gets_a_server_error(fuzzed, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(f"{fuzzed.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8  # the stories, articles, status, analysis and report routes are all described
    fuzzed_operations = sum(_fuzz(operation, mode, fuzzed) for operation in operations)
    assert fuzzed_operations >= len(operations) // 2
    for operation in operations:  # again on a story that exists, so the fuzzing gets past the 404
        if "{story_id}" in operation.path:
            _fuzz(operation, mode, fuzzed, {"story_id": _new_story(fuzzed)})
    assert "Traceback" not in fuzzed.output()


def _new_story(server) -> str:
    with server.client() as client:
        created = client.post("/api/stories", json={"title": "Fuzzed", "texts": [ARTICLE]})
        assert created.status_code == 201, created.text
        return str(created.json()["story"]["id"])


ARTICLE = ("Harbour repairs begin in Varrow\n\nVARROW — Work crews began repairing the north pier of Varrow "
           "harbour on Monday after a storm damaged it last month, the port authority said in a statement.")


def _fuzz(operation, mode: GenerationMode, server, path_parameters: dict[str, str] | None = None) -> bool:
    """Fuzz one operation; False where the mode has nothing to generate (no parameter or body to break)."""
    headers = {"Authorization": f"Bearer {server.token}"}

    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case) -> None:
        response = case.call(base_url=server.url, headers=headers, timeout=60)
        assert response.status_code < 500, (operation.label, response.status_code, response.text[:300])

    try:
        run()
    except Unsatisfiable:
        return False
    return True
