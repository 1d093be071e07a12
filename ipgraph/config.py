"""Settings. Built by the CLI (and the API factory) and passed down; there is no module-level instance."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

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
    reasoner: Literal["compiled", "owlrl"] = Field("compiled", description="OWL-RL engine of the build: the ontology's rules compiled once (fast), or owlrl's general forward chaining (the reference; same output).")
    cache_dir: Path | None = Field(None, description="Where builds keep what they can reuse (documents' outputs, scores of plan pairs); default the home's cache/. Several homes may share one folder: a shared cache is not pruned.")
    keep_builds: int = Field(2, description="How many finished builds to keep in the home besides the current one.")
    store_dir: Path | None = Field(None, description="Serve from an on-disk store kept in this folder (one per build, loaded once; a new build's made from the last one's with what changed) instead of memory: for graphs larger than memory.")
    disk_store_above_mb: int = Field(1000, description="Without store_dir, a build whose dataset.nq is larger than this is served from an on-disk store in the home's stores/ folder (0: always in memory).")
    sparql_endpoint: str | None = Field(None, description="Serve from this SPARQL 1.1 query endpoint (Oxigraph server, Fuseki, ...) instead of the embedded store; load it with `ipgraph push`.")
    graph_store: str | None = Field(None, description="Graph Store Protocol endpoint `ipgraph push` writes to (for Oxigraph server: http://HOST:7878/store).")
    host: str = Field("127.0.0.1", description="Address `ipgraph serve` listens on.")
    port: int = Field(8000, description="Port `ipgraph serve` listens on.")
    query_timeout_ms: int = Field(30000, description="Hard time limit of one query: past it the query's worker process is killed and replaced, and the client gets 504.")
    query_workers: int = Field(4, description="Worker processes that evaluate queries: at most this many queries run at once.")
    express_workers: int = Field(1, description="Extra workers kept for queries known to be cheap (seen to finish within the express budget), so that heavy queries cannot hold them up.")
    express_budget_ms: int = Field(250, description="A query that has finished within this time is cheap and may use an express worker; one that runs past it there is moved to the general workers.")
    access_log: bool = Field(True, description="Log one line per request (uvicorn's access log); it costs about 0.1 ms a request, a third of a lookup answered from the kept answers.")
    result_cache_mb: int = Field(64, description="Memory for answers kept per build: a request equal to an earlier one (query, parameters, dataset, format) is answered from there without running it again. 0 turns it off.")
    queue_timeout_ms: int = Field(10000, description="How long a request waits for a free worker before it gets 503.")
    reload_interval_ms: int = Field(2000, description="How often a running server looks for a new build of its home, which it then swaps in atomically.")
    max_rows: int = Field(1000, description="Row cap of stored-query results and HTML pages (truncation is signalled).")
    max_body_bytes: int = Field(1_000_000, description="Largest request body accepted (413 beyond).")
    max_query_depth: int = Field(128, description="Deepest nesting of groups, brackets and parentheses a query may have (400, or exit 2, beyond): deeper queries would overflow the engine's parser.")
    max_query_chain: int = Field(1000, description="Most operators of one kind (UNION, &&, ||, !, / and | of paths) a query may chain (400, or exit 2, beyond).")
    cors_origins: str = Field("*", description="Origins allowed to read the API from a browser (comma-separated, * for any).")

    @field_validator("base_iri")
    @classmethod
    def _slash(cls, v: str) -> str:
        if not (v.startswith("http://") or v.startswith("https://")):
            raise ValueError("base_iri must be an http(s) IRI")
        return v if v.endswith("/") else v + "/"
