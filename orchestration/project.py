"""The dbt project, alone in this module (dagster-dbt's `prepare-and-package` imports it)."""

from orchestration.dbt_imports import DbtProject
from orchestration.dbt_worker import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
