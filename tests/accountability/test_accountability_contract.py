"""Schemathesis against the published schema of the accountability and fund API, with suppressed cells present."""

from __future__ import annotations

import datetime as dt

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import Case, checks

from portal.services import fund
from tests.accountability.acc_helpers import seed_q1_2025
from tests.accountability.test_accountability_outputs import seed_small_cells
from tests.conftest import user

CONTRACT = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


def test_contract_with_data(app, server):
    seed_q1_2025()
    seed_small_cells()
    fund.add_entry(user("admin@test.nl"), dt.date(2025, 2, 1), "income", "bijdrage", 100000, "Bijdrage")
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", server)
    operations = [r.ok() for r in schema.get_all_operations()]
    mine = [op for op in operations if op.path in ("/api/v1/accountability", "/api/v1/fund")]
    assert len(mine) == 2
    for operation in mine:

        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case: Case) -> None:
            case.call_and_validate(checks=CONTRACT)

        check()
    client = server.test_client()
    assert client.get("/api/v1/accountability?from=2025-07&to=2025-09").status_code == 400  # fixed grid only
    for query in ("period=2025-Q3", "period=2025-Q1", "period=alles", "period=2025"):
        response = client.get(f"/api/v1/accountability?{query}")
        assert response.status_code == 200
        operation = mine[0] if mine[0].path == "/api/v1/accountability" else mine[1]
        operation.validate_response(response)
