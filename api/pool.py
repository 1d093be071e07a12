"""Query evaluation in worker processes that can be killed: the hard time limit.

Neither pyoxigraph nor rdflib can interrupt a running query from another thread, so every query runs
in one of a few worker processes forked from the process that loaded the store (copy-on-write: the
store is loaded once). A query past its time limit has its worker killed — its CPU is given back —
and a fresh worker forked in its place; the client gets 504. Requests beyond the number of workers
wait for one (at most queue_timeout, then 503), so a burst of heavy queries cannot pile up.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from api.errors import PoolBusy, WorkerError
from api.messages import Answer, Evaluation, Failure, GraphIn, Rows, Serialised
from ipgraph import formats
from ipgraph.errors import IpgraphError, QueryTimeout
from ipgraph.serialize import serialize
from ipgraph.sparql_syntax import explain as explain_syntax
from ipgraph.store import Store

RESULT_TYPES, GRAPH_TYPES = formats.RESULT_MEDIA, formats.GRAPH_MEDIA  # what a query is answered in, by media type


# -- the worker side ---------------------------------------------------------------------------
BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def term_json(t) -> dict | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.datatype and t.datatype.value == BOOLEAN and t.value in ("1", "0"):
            d["value"] = "true" if t.value == "1" else "false"  # the canonical form, as some stores do not write it
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": str(t)}


def evaluate(store: Store, msg: Evaluation) -> Answer | Failure:
    """Evaluate one message on the store and serialise its answer as the message asks."""
    kwargs: dict[str, Any] = {}
    if msg.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in msg.default_graphs]
    if msg.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in msg.named_graphs]
    if msg.subs:
        kwargs["substitutions"] = msg.subs
    if msg.base:
        kwargs["base_iri"] = msg.base
    try:
        result = store.query(msg.text, **kwargs)
    except SyntaxError as e:
        return Failure(explain_syntax(msg.text, str(e)))
    except IpgraphError as e:
        return Failure(str(e), getattr(e, "status", 400))
    except (OSError, RuntimeError, ValueError) as e:
        return Failure(f"the query cannot be evaluated: {e}")
    if isinstance(msg, Serialised):
        return _serialised(result, msg)
    if isinstance(msg, Rows):
        return _rows(result, msg.max_rows)
    if isinstance(msg, GraphIn):
        if not isinstance(result, ox.QueryTriples):
            return Failure("not a graph query", 500)
        return Answer("graph", msg.media, serialize(result, GRAPH_TYPES[msg.media], profile=msg.jsonld_profile))
    return Failure(f"unknown operation {type(msg).__name__}", 500)


def _serialised(result, msg: Serialised) -> Answer | Failure:
    if isinstance(result, ox.QueryTriples):
        if msg.graph_media not in GRAPH_TYPES:
            return Failure("none of the accepted media types can hold a graph; accept one of "
                           + ", ".join(GRAPH_TYPES), 406)
        return Answer("graph", msg.graph_media, serialize(result, GRAPH_TYPES[msg.graph_media],
                                                          profile=msg.jsonld_profile))
    if msg.results_media not in RESULT_TYPES:
        return Failure("none of the accepted media types can hold query results; accept one of "
                       + ", ".join(RESULT_TYPES), 406)
    kind = "ask" if isinstance(result, ox.QueryBoolean) else "select"
    return Answer(kind, msg.results_media, result.serialize(format=RESULT_TYPES[msg.results_media]))


def _rows(result, max_rows: int) -> Answer:
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", columns=["boolean"], rows=[[{"type": "literal", "value": str(bool(result)).lower()}]])
    if isinstance(result, ox.QueryTriples):
        kind, columns = "graph", ["subject", "predicate", "object"]
        solutions = ([t.subject, t.predicate, t.object] for t in result)
    else:
        kind, columns = "select", [v.value for v in result.variables]
        solutions = ([sol[c] for c in columns] for sol in result)
    rows, truncated = [], False
    for i, terms in enumerate(solutions):
        if i >= max_rows:
            truncated = True
            break
        rows.append([term_json(t) for t in terms])
    return Answer(kind, columns=columns, rows=rows, truncated=truncated)


MADV_POPULATE_READ = 22  # madvise(2), Linux 5.14+: fault the pages in now (older kernels refuse it: EINVAL)


def _prefault() -> None:
    """Map into this freshly forked worker the pages it shares with the server (the store), before its
    first query: otherwise the first queries of every worker pay a page fault per page of the store they
    touch (on Linux, madvise MADV_POPULATE_READ; elsewhere nothing is done)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        with open("/proc/self/maps", encoding="ascii") as f:
            maps = f.read().splitlines()
    except (OSError, AttributeError):
        return
    for line in maps:
        parts = line.split()
        if len(parts) < 5 or not parts[1].startswith("rw") or (len(parts) > 5 and parts[5] != "[heap]"):
            continue  # private, writable, anonymous memory (the heap and large allocations) only
        start, end = (int(x, 16) for x in parts[0].split("-"))
        libc.madvise(ctypes.c_void_p(start), ctypes.c_size_t(end - start), MADV_POPULATE_READ)


PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def _die_with_the_server(server_pid: int) -> None:
    """A worker ends when the server does, even one killed with SIGKILL (its other workers hold the ends of
    this worker's pipe open, so it would never see EOF and would live on)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != server_pid:  # the server died before the call above took effect
        os._exit(0)


def _worker_main(store: Store, conn: Connection, nice: int = 0, server_pid: int | None = None) -> None:
    if server_pid is not None:
        _die_with_the_server(server_pid)
    _prefault()
    if nice:
        with contextlib.suppress(OSError):
            os.nice(nice)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        try:
            resp = evaluate(store, req)
        except Exception as e:  # a bug in evaluation: reported, the worker lives on
            resp = Failure(f"internal error: {type(e).__name__}: {e}", 500)
        try:
            conn.send(resp)
        except (BrokenPipeError, OSError):
            os._exit(0)


# -- the server side ---------------------------------------------------------------------------
@dataclass(eq=False)
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection


GENERAL_NICE = 10


class QueryPool:
    """General workers for every query, and express workers for queries known to be cheap.

    The pool remembers how long each query (text, parameters and dataset) took. One seen to finish
    within the express budget runs next time on an express worker when one is free, so that heavy
    queries occupying the general workers do not hold up cheap ones. An express query that runs past
    the budget (a cold cache, other parameters) is let finish within the query timeout and is remembered
    as heavy, so it takes the general lane next time: no worker is killed for a query that ends in time
    (killing it would make the pool fork again and pay the page faults of a fresh worker).

    Answers are kept, up to cache_bytes in all (least recently used first out, none larger than a
    sixteenth of it), and a request equal to an earlier one in every field (query, parameters, dataset,
    negotiated format) is answered from there without a worker. A pool serves one build and dies with
    it, so a kept answer is never one of an older build.
    """

    MEMORY = 10_000

    def __init__(self, store: Store, workers: int, timeout_s: float, queue_timeout_s: float,
                 express_workers: int = 1, express_budget_s: float = 0.25, cache_bytes: int = 0):
        self.store, self.size = store, max(1, workers)
        self.timeout_s, self.queue_timeout_s = timeout_s, queue_timeout_s
        self.express_size, self.express_budget_s = max(0, express_workers), express_budget_s
        # last in, first out: the worker that answered last answers next, so that a client sending one query
        # after another meets a warm worker (a worker's first queries copy the pages of the store they read:
        # pyoxigraph writes to them as it reads) and workers no query needs stay cold and small
        self._idle: asyncio.Queue[_Worker] = asyncio.LifoQueue()
        self._express: asyncio.Queue[_Worker] = asyncio.LifoQueue()
        self._all: set[_Worker] = set()
        self._cost: dict[str, float] = {}
        self._ctx = mp.get_context("fork")
        self.killed = 0
        self.express_runs = 0
        self.cache_bytes, self._cached_bytes = max(0, cache_bytes), 0
        self._answers: OrderedDict[str, dict] = OrderedDict()
        self.cache_hits = 0

    def _spawn(self, home: asyncio.Queue | None = None) -> _Worker:
        """A worker for a lane: general workers run at a lower CPU priority (nice GENERAL_NICE) than the
        HTTP process and the express workers, so that on a busy machine heavy queries yield the CPU to
        cheap ones instead of sharing it evenly."""
        parent, child = self._ctx.Pipe()
        nice = GENERAL_NICE if home is None or home is self._idle else 0
        proc = self._ctx.Process(target=_worker_main, args=(self.store, child, nice, os.getpid()), daemon=True, name="ipgraph-query")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self._all.add(w)
        return w

    async def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn(self._idle))
        for _ in range(self.express_size):
            self._express.put_nowait(self._spawn(self._express))

    def _remember(self, key: str, seconds: float) -> None:
        if len(self._cost) >= self.MEMORY:
            self._cost.pop(next(iter(self._cost)))
        self._cost[key] = seconds

    async def run(self, msg: Evaluation) -> Answer:
        key = msg.key()  # what the query is (text, parameters, dataset)
        answer_key = msg.answer_key()
        kept = self._answers.get(answer_key)
        if kept is not None:
            self._answers.move_to_end(answer_key)
            self.cache_hits += 1
            return replace(kept, elapsed_ms=0.0, cached=True)
        resp = await self._run(msg, key)
        self._keep(answer_key, resp)
        return resp

    def _keep(self, key: str, resp: Answer) -> None:
        if resp.body is None:
            return  # rows for pages are rebuilt: only serialised answers are kept
        size = len(resp.body) + len(key)
        if not self.cache_bytes or size > self.cache_bytes // 16:
            return
        self._answers[key] = replace(resp, elapsed_ms=0.0)
        self._cached_bytes += size
        while self._cached_bytes > self.cache_bytes:
            old_key, old = self._answers.popitem(last=False)
            self._cached_bytes -= len(old.body or b"") + len(old_key)

    async def _run(self, req: Evaluation, key: str) -> Answer:
        started = time.monotonic()
        known = self._cost.get(key)
        if known is not None and known <= self.express_budget_s and not self._express.empty():
            w = self._express.get_nowait()
            resp = await self._ask(w, req, self.timeout_s, self._express)
            self.express_runs += 1
            return self._done(resp, key, started)  # past the budget: remembered as heavy, the general lane next
        try:
            w = await asyncio.wait_for(self._idle.get(), self.queue_timeout_s)
        except TimeoutError as e:
            raise PoolBusy(f"all {self.size} query workers are busy; try again shortly") from e
        left = self.timeout_s - (time.monotonic() - started)
        resp = await self._ask(w, req, max(left, 0.001), self._idle)
        return self._done(resp, key, started)

    def _done(self, resp: Answer | Failure, key: str, started: float) -> Answer:
        elapsed = time.monotonic() - started
        if isinstance(resp, Failure):
            raise WorkerError(resp.message, resp.status)
        resp.elapsed_ms = round(elapsed * 1000, 1)
        self._remember(key, elapsed)
        return resp

    async def _ask(self, w: _Worker, req: Evaluation, limit: float, home: asyncio.Queue) -> Answer | Failure:
        """Send req to worker w and wait at most limit seconds; the worker goes back to its lane (home),
        or is killed and replaced there when it overran or the client went away."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future = loop.create_future()

        def readable() -> None:
            if not fut.done():
                fut.set_result(None)

        try:
            w.conn.send(req)
            loop.add_reader(w.conn.fileno(), readable)
            try:
                await asyncio.wait_for(fut, limit)
            finally:
                loop.remove_reader(w.conn.fileno())
                # uvloop leaves a watched descriptor non-blocking: the answer is read (and the next request
                # written) whole, however large, so the descriptor is made blocking again
                os.set_blocking(w.conn.fileno(), True)
            resp = w.conn.recv()
        except TimeoutError:
            self._kill(w)
            home.put_nowait(self._spawn(home))
            raise QueryTimeout(f"the query ran longer than {self.timeout_s:g} s and was stopped") from None
        except asyncio.CancelledError:  # the client went away: the worker's state is unknown
            self._kill(w)
            home.put_nowait(self._spawn(home))
            raise
        except (EOFError, OSError, BrokenPipeError):
            self._kill(w)
            home.put_nowait(self._spawn(home))
            raise WorkerError("the query worker died while evaluating the query", 500) from None
        home.put_nowait(w)
        return resp

    def _kill(self, w: _Worker) -> None:
        self.killed += 1
        with contextlib.suppress(ProcessLookupError):
            os.kill(w.process.pid, signal.SIGKILL)
        # reaped beside the event loop: a dying worker (its memory unmapped) holds up no request
        threading.Thread(target=w.process.join, args=(5,), daemon=True, name="ipgraph-reap").start()
        w.conn.close()
        self._all.discard(w)

    async def close(self) -> None:
        for w in list(self._all):
            self._kill(w)

    async def drain_and_close(self, grace_s: float | None = None) -> None:
        """Close once the queries in flight are done (at most grace_s, default the query timeout)."""
        deadline = time.monotonic() + (grace_s if grace_s is not None else self.timeout_s + 1)
        while self._idle.qsize() + self._express.qsize() < len(self._all) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await self.close()
