"""Settings. Built by the CLI (and the API factory) and passed down; there is no module-level instance."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_DIR = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Every setting can be given as an environment variable IPGRAPH_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="IPGRAPH_", extra="ignore")

    home: Path = Field(PROJECT_DIR / "build", description="Where the built graph lives (one home per corpus).")
    corpus_dir: Path = Field(PROJECT_DIR / "data" / "corpus", description="Default corpus for `ipgraph build`.")
    reference_dir: Path = Field(PROJECT_DIR / "data" / "reference", description="Curated reference data (YAML).")
    ontology_dir: Path = Field(PROJECT_DIR / "ontology", description="The ontology and SHACL shapes.")
    queries_dir: Path = Field(PROJECT_DIR / "queries", description="Stored SPARQL queries (*.rq).")
    base_iri: str = Field("https://w3id.org/ipgraph/", description="Base of every IRI the build mints.")
    keep_builds: int = Field(2, description="How many finished builds to keep in the home besides the current one.")

    @field_validator("base_iri")
    @classmethod
    def _slash(cls, v: str) -> str:
        if not (v.startswith("http://") or v.startswith("https://")):
            raise ValueError("base_iri must be an http(s) IRI")
        return v if v.endswith("/") else v + "/"
