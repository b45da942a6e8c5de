"""`make bench`: measure Atelier at several content sizes and write docs/performance.md.

For each size a database is generated once (`generate_content`) and cached in .bench/,
keyed by the migrations and generators. gunicorn serves it with production-like settings
(tests/bench/settings.py) pinned to CPU 0; wrk, pinned to CPU 1, loads each target in
short runs, interleaved over several rounds so that drift hits every target alike.
"""

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
PYTHON = sys.executable
SETTINGS = "tests.bench.settings"
SEARCH_QUERIES = [
    "buurt",
    "wijk",
    "wijken",
    "bewoners",
    "participatie",
    "inclusie",
    "segregatie",
    "armoede",
    "jongeren",
    "zorg",
    "welzijn",
    "wonen",
    "leefbaarheid",
    "democratie",
    "stadsvernieuwing",
    "verduurzaming",
    "energie",
    "onderwijs",
    "werk",
    "samenleven",
    "diversiteit",
    "vertrouwen",
    "netwerk",
    "praktijk",
    "onderzoek",
    "kennis",
    "gemeente",
    "corporatie",
    "burgerinitiatief",
    "ontmoeting",
    "eenzaamheid",
    "veerkracht",
    "gezondheid",
    "schuldhulp",
    "integratie",
    "inclusieve wijken",
    "buurt bewoners",
    "wonen zorg",
    "jeugd armoede",
    "kennis praktijk",
    "onderzoeker",
    "lector",
    "Utrecht",
    "Antwerpen",
    "Rotterdam",
    "Gent",
    "workshop",
    "lerend netwerk",
    "kennisatelier",
    "Dag van de Buurt",
]


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def pinned(cpu: int, command: list[str]) -> list[str]:
    if shutil.which("taskset") and cpu_count() > 1:
        return ["taskset", "-c", str(cpu), *command]
    return command


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
        return shutil.which("wrk")
    sys.exit("wrk is needed for the bench: install Debian's package (apt-get install wrk).")


def cache_key() -> str:
    digest = hashlib.sha256()
    for pattern in ("**/migrations/*.py", "**/generate.py", "site/bulk_pages.py"):
        for path in sorted(ROOT.glob(pattern)):
            if ".venv" not in path.parts:
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def environment(size_dir: Path) -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=f"sqlite:///{size_dir / 'db.sqlite3'}",
        MEDIA_ROOT=str(size_dir / "media"),
        STATIC_ROOT=str(BENCH_DIR / "static"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("CACHE_URL", None)
    env.pop("REDIS_URL", None)
    return env


def manage(env, *args, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=capture,
    )


def prepare_database(size: int) -> tuple[Path, float | None]:
    size_dir = BENCH_DIR / str(size)
    key_file = size_dir / "key"
    if key_file.exists() and key_file.read_text() == cache_key():
        return size_dir, None
    shutil.rmtree(size_dir, ignore_errors=True)
    size_dir.mkdir(parents=True)
    env = environment(size_dir)
    print(f"[bench] building the {size}-event database (cached in {size_dir})", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", capture=True)
    started = time.perf_counter()
    manage(env, "generate_content", "--events", str(size))
    generated = time.perf_counter() - started
    key_file.write_text(cache_key())
    (size_dir / "generate_seconds").write_text(f"{generated:.1f}")
    return size_dir, generated


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, env, workers: int):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "atelier.wsgi:application",
            "--config",  # not the deployment's gunicorn.conf.py: workers and logs set here
            "/dev/null",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(pinned(0, command), cwd=ROOT, env=env)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=10)  # noqa: S310
                return
            except OSError:  # refused while booting, or slow on a busy machine
                time.sleep(0.5)
        self.stop()
        sys.exit("gunicorn did not start")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a busy machine: do not leave it running
            self.process.kill()
            self.process.wait()


def fetch(url: str, headers=None):
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def run_wrk(wrk: str, url: str, duration: float, connections: int, headers=None) -> dict:
    command = [
        wrk,
        "-t1",
        f"-c{connections}",
        f"-d{max(int(duration), 1)}s",
        "-s",
        str(Path(__file__).with_name("report.lua")),
        url,
    ]
    for name, value in (headers or {}).items():
        command[1:1] = ["-H", f"{name}: {value}"]
    output = subprocess.run(pinned(1, command), capture_output=True, text=True, check=True).stdout
    match = re.search(
        r"BENCH requests=(\d+) duration_us=(\d+) p50_us=(\d+) p95_us=(\d+) errors=(\d+)", output
    )
    requests, duration_us, p50, p95, errors = (int(v) for v in match.groups())
    return {
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "errors": errors,
    }


def discover(env) -> dict:
    """The ids the targets need: an upcoming event with 26 workshops."""
    code = (
        "import json;from django.db.models import Count;from programme.models import EventPage;"
        "e=EventPage.objects.live().annotate(n=Count('workshops')).filter(n=26).order_by('-start').first();"
        "print(json.dumps({'event': e.pk, 'event_url': e.url}))"
    )
    output = manage(env, "shell", "-c", code, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def targets(server: Server, ids: dict) -> list[dict]:
    event = ids["event"]
    v2_fields = "fields=*"  # every api_field the page type declares
    listing = [
        ("API events list", "/api/v1/events?limit=20", "events-list"),
        (
            "events list, baseline: Wagtail API v2",
            f"/api/wagtail/v2/pages/?type=programme.EventPage&limit=20&{v2_fields}",
            "events-list",
        ),
        ("events list, baseline: minimal view", "/bench/minimal/events", "events-list"),
        ("API event detail (26 workshops)", f"/api/v1/events/{event}", "event-detail"),
        (
            "event detail, baseline: Wagtail API v2",
            f"/api/wagtail/v2/pages/{event}/",
            "event-detail",
        ),
        ("event detail, baseline: minimal view", f"/bench/minimal/events/{event}", "event-detail"),
        ("HTML event page", ids["event_url"], "html"),
        ("HTML agenda page", "/agenda/", "html"),
        ("trivial Django view", "/bench/trivial", "cache"),
    ]
    result = []
    for name, path, group in listing:
        status, headers, _ = fetch(server.base + path)
        result.append({"name": name, "path": path, "group": group, "status": status, "headers": {}})
        if name.startswith(("API events list", "HTML agenda")) and headers.get("ETag"):
            result.append(
                {
                    "name": f"304 for {name}",
                    "path": path,
                    "group": "cache",
                    "status": 304,
                    "headers": {"If-None-Match": headers["ETag"]},
                }
            )
    return result


def measure_search(server: Server, repeats: int = 3) -> dict:
    timings = []
    status, _, _ = fetch(server.base + "/api/v1/search?q=buurt")
    if status != 200:
        return {"available": False, "status": status}
    for _ in range(repeats):
        for query in SEARCH_QUERIES:
            started = time.perf_counter()
            fetch(server.base + "/api/v1/search?q=" + urllib.request.quote(query))
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "available": True,
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "queries": len(SEARCH_QUERIES),
    }


def measure_publishing(env) -> dict:
    code = (
        "import json,time,statistics;from django.core.management import call_command;"
        "from programme.models import EventPage;e=EventPage.objects.live().order_by('pk').first();"
        "t=[]\n"
        "for i in range(5):\n"
        "    e.title=e.title.rsplit(' #',1)[0]+f' #{i}';s=time.perf_counter();"
        "e.save_revision().publish();t.append(time.perf_counter()-s)\n"
        "s=time.perf_counter();call_command('update_index',verbosity=0);r=time.perf_counter()-s\n"
        "print(json.dumps({'publish_ms':statistics.median(t)*1000,'reindex_s':r}))"
    )
    output = manage(env, "shell", "-c", code, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def bench_size(size: int, wrk: str, args) -> dict:
    size_dir, _ = prepare_database(size)
    env = environment(size_dir)
    ids = discover(env)
    server = Server(env, workers=args.workers)
    try:
        plan = targets(server, ids)
        for target in plan:  # warm-up
            fetch(server.base + target["path"], target["headers"])
        runs = {target["name"]: [] for target in plan}
        for round_number in range(args.rounds):
            print(f"[bench] {size} events: round {round_number + 1}/{args.rounds}", flush=True)
            for target in plan:
                runs[target["name"]].append(
                    run_wrk(
                        wrk,
                        server.base + target["path"],
                        args.duration,
                        args.connections,
                        target["headers"],
                    )
                )
        search = measure_search(server)
    finally:
        server.stop()
    publishing = measure_publishing(env)
    results = []
    for target in plan:
        samples = runs[target["name"]]
        results.append(
            {
                **{k: target[k] for k in ("name", "path", "group", "status")},
                "rps": statistics.median(s["rps"] for s in samples),
                "p50_ms": statistics.median(s["p50_ms"] for s in samples),
                "p95_ms": statistics.median(s["p95_ms"] for s in samples),
                "errors": sum(s["errors"] for s in samples),
            }
        )
    generated = (
        (size_dir / "generate_seconds").read_text()
        if (size_dir / "generate_seconds").exists()
        else "?"
    )
    return {
        "size": size,
        "results": results,
        "search": search,
        "publishing": publishing,
        "generate_seconds": generated,
    }


def ratio_lines(results: list[dict]) -> list[str]:
    by_name = {r["name"].strip(): r for r in results}
    lines = []
    for group, label in (
        ("events-list", "API events list"),
        ("event-detail", "API event detail (26 workshops)"),
    ):
        ours = by_name.get(label)
        v2 = next((r for r in results if r["group"] == group and "v2" in r["name"]), None)
        minimal = next((r for r in results if r["group"] == group and "minimal" in r["name"]), None)
        if not (ours and v2 and minimal):
            continue
        if any(r["status"] != 200 for r in (ours, v2, minimal)):
            lines.append(f"- {label}: no ratio, a target did not answer 200.")
        else:
            lines.append(
                f"- {label}: p50 latency {ours['p50_ms'] / minimal['p50_ms']:.2f}× the minimal "
                "view "
                f"(target ≤ 1.5×); throughput {ours['rps'] / v2['rps']:.2f}× Wagtail API v2 "
                f"(target ≥ 3×)."
            )
    trivial = by_name.get("trivial Django view")
    for result in results:
        if result["name"].startswith("304") and trivial:
            lines.append(
                f"- {result['name']}: {result['rps'] / trivial['rps']:.2f}× the trivial "
                "view's throughput (target ≥ 0.8×)."
            )
    return lines


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = found.group(1).strip() if found else model
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text()).group(1))
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    system = f"{platform.system()} {platform.release()}"
    return f"{model}, {cpu_count()} cores{memory}, {system}, Python {platform.python_version()}"


def write_report(all_results: list[dict], args, path: Path) -> None:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (tests/bench/run.py); do not edit by hand.",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        f"- Command: `make bench` (sizes {','.join(map(str, args.sizes))}, {args.rounds} "
        f"interleaved rounds of {args.duration} s per target, wrk with {args.connections} "
        f"connections on CPU 1, gunicorn with {args.workers} workers on CPU 0, SQLite, DEBUG "
        "off, persistent connections)",
        "",
        "Figures are medians over the rounds. Latency is per request as seen by wrk.",
        "",
    ]
    for block in all_results:
        lines += [
            f"## {block['size']} events",
            "",
            f"Generating the content took {block['generate_seconds']} s (cached afterwards).",
            "",
            "| target | status | requests/s | p50 ms | p95 ms | errors |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for r in block["results"]:
            lines.append(
                f"| {r['name'].strip()} | {r['status']} | {r['rps']:.0f} | {r['p50_ms']:.1f} "
                f"| {r['p95_ms']:.1f} | {r['errors']} |"
            )
        lines += ["", *ratio_lines(block["results"])]
        search = block["search"]
        if search.get("available"):
            lines.append(
                f"- Search ({search['queries']} fixed queries × 3, database backend): "
                f"p50 {search['p50_ms']:.1f} ms, p95 {search['p95_ms']:.1f} ms "
                "(target p95 < 100 ms)."
            )
        else:
            lines.append(f"- Search API not available (status {search.get('status')}).")
        publishing = block["publishing"]
        lines += [
            f"- Publishing one event: {publishing['publish_ms']:.0f} ms (median of 5); "
            f"full reindex: {publishing['reindex_s']:.1f} s.",
            "",
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "100,1000,10000"),
        type=lambda v: [int(x) for x in v.split(",")],
    )
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 3)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    # Turn a SIGTERM into an exception so that `finally` stops gunicorn.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench stopped"))
    wrk = ensure_wrk()
    BENCH_DIR.mkdir(exist_ok=True)
    manage(environment(BENCH_DIR), "collectstatic", "--noinput", "-v0")
    results = [bench_size(size, wrk, args) for size in args.sizes]
    write_report(results, args, args.output)
    print(args.output.read_text())


if __name__ == "__main__":
    main()
