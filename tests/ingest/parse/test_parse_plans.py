"""Each fact parser's query stays small as written: an expression that repeats the steps before it at every use
(the text after a member's name read twenty times, each time rebuilt from the entry) grows the plan Polars must
optimise before it reads a line, and a one-report refresh pays that planning whatever the report holds."""

import pytest

from ingest.parse.tables import FACT_PARSERS
from tests.fixtures.docs import make_docs

# the largest unoptimised plan of the six parsers was 4.0 MB before the peer team's columns were built in steps
# (now about 0.14 MB; the largest, the RAG ratings, 0.21 MB)
MAX_PLAN_CHARS = 1_000_000


@pytest.mark.parametrize("name", sorted(FACT_PARSERS))
def test_a_parsers_plan_is_not_its_steps_repeated(name: str) -> None:
    plan = FACT_PARSERS[name](make_docs("The Wyvern Council peer team was led by Ann Bell.")).explain(
        optimized=False
    )
    assert 0 < len(plan) < MAX_PLAN_CHARS, f"{name}: {len(plan):,} characters"
