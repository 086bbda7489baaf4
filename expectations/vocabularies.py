"""The closed vocabularies of the warehouse contract (shared/gold/SCHEMA.md), for the GE suites."""

DOC_TYPES = ["peer_challenge", "progress_review", "finance_peer_challenge", "performance_report", "other"]
SAVINGS_KINDS = ["delivered", "target", "identified", "unidentified", "rate"]
OVERSPEND_STATUSES = ["actual", "forecast"]
FINANCIAL_CATEGORIES = [
    "reserves",
    "contingency",
    "funding_gap",
    "budget",
    "investment",
    "income",
    "grant",
    "debt",
    "capital_receipts",
    "cost_avoidance",
    "turnaround",
    "other",
]
SERVICE_AREAS = [
    "childrens_services",
    "adult_social_care",
    "send",
    "learning_disabilities",
    "public_health",
    "transport",
    "waste",
    "highways",
    "libraries",
    "education",
    "housing",
    "corporate_services",
    "procurement",
    "other",
]
RAG_STATUSES = ["G", "A", "R"]
FISCAL_YEAR = r"^20[0-4][0-9]/[0-9]{2}$"
MAX_PLAUSIBLE_GBP = 1e11  # larger than any UK council figure, regional investment included
