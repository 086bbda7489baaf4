# councilwh: UK council reports -> DuckDB warehouse. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANIFEST := dbt_project/target/manifest.json
DBT_FILES := $(shell find dbt_project -name '*.sql' -o -name '*.yml' -o -name '*.csv' -o -name '*.md' 2>/dev/null | grep -v -e target/ -e logs/)
SHARED ?= ../shared
EVAL_DB := build/eval/warehouse.duckdb
EVAL_REAL_DB := build/eval-real/warehouse.duckdb
N ?= 500
NS ?= 100 500 2000 5000
PAGES ?= 20
PROFILE ?=

help: ## list the targets
	@grep -hE '^[a-z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

$(MANIFEST): $(STAMP) $(DBT_FILES)
	$(BIN)/dbt parse --project-dir dbt_project --profiles-dir dbt_project --quiet

setup: $(STAMP) $(MANIFEST) ## create the virtualenv, install everything, parse the dbt project

run: setup ## set up, then build the warehouse from the bundled sample reports
	$(BIN)/councilwh refresh

build: setup ## materialise every asset with the Dagster CLI (same graph as `run`)
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/warehouse/dagster_home} $(BIN)/dagster asset materialize --select '*' -m orchestration.definitions

dbt: setup ## dbt build on the published warehouse's raw tables (needs a prior `make run`)
	$(BIN)/dbt build --project-dir dbt_project --profiles-dir dbt_project

docs: setup ## build dbt's docs site of the warehouse offline (warehouse/docs/index.html; needs `make run`)
	$(BIN)/councilwh docs

dev: setup ## start the Dagster UI (lineage, schedules, sensors, checks)
	$(BIN)/councilwh ui

lint: setup ## ruff check, ruff format --check, sqlfluff lint
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/sqlfluff lint dbt_project/models

test: setup lint ## set up, lint, then run every test
	$(BIN)/pytest -q

eval: setup ## build a warehouse from $(SHARED)/corpus/seeds and score it against $(SHARED)/gold
	@mkdir -p $(dir $(EVAL_DB))
	$(BIN)/councilwh refresh --inbox $(SHARED)/corpus/seeds --warehouse $(EVAL_DB) > build/eval/refresh.log || (cat build/eval/refresh.log; exit 1)
	$(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_DB) --gold $(SHARED)/gold

eval-real: setup ## build a warehouse from $(SHARED)/corpus/real (64 real texts) and score it against $(SHARED)/gold/real
	@mkdir -p $(dir $(EVAL_REAL_DB))
	$(BIN)/councilwh refresh --inbox $(SHARED)/corpus/real --warehouse $(EVAL_REAL_DB) > build/eval-real/refresh.log || (cat build/eval-real/refresh.log; exit 1)
	$(BIN)/python $(SHARED)/eval/score.py --db $(EVAL_REAL_DB) --gold $(SHARED)/gold/real

bench: setup ## benchmark the refresh at N generated reports (default 500; e.g. make bench N=50 PROFILE=1)
	N=$(N) PAGES=$(PAGES) PROFILE=$(PROFILE) $(BIN)/python -m tests.benchmarks.bench_refresh

bench-scale: setup ## cost curve at NS reports (default "100 500 2000 5000", ~15 min): build/bench/scale.json, scale.png
	NS="$(NS)" PAGES=$(PAGES) $(BIN)/python -m tests.benchmarks.bench_scale

clean: ## remove the built warehouse, caches and build files (keeps the virtualenv)
	rm -rf build warehouse/*.duckdb warehouse/.build warehouse/archive warehouse/cache warehouse/data_docs warehouse/docs warehouse/exports dbt_project/target dbt_project/logs

.PHONY: help setup run build dbt docs dev lint test eval eval-real bench bench-scale clean
