"""Pathways for many people on one machine: N Streamlit replicas behind Debian's nginx.

    make serve                                  # 3 replicas on http://localhost:8080
    make serve REPLICAS=2 SERVE_PORT=9000 HOST=0.0.0.0
    python deploy/serve.py --help

Each replica is `streamlit run app.py` on a loopback port. nginx, with the configuration in
deploy/nginx/, spreads browsers over the replicas, keeps each browser on one, compresses and
caches Streamlit's own files, and adds the security headers. Everything nginx writes here (its
configuration, pid, logs and the cache of Streamlit's static files) is in one temporary
folder, removed when it stops. A replica that exits is started again. Ctrl+C stops it all.

A real host uses deploy/nginx/site.conf (TLS) or the container in deploy/Dockerfile.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from types import TracebackType

PROJECT = Path(__file__).resolve().parent.parent
NGINX_DIR = PROJECT / "deploy" / "nginx"
SHARED = (
    "pathways.conf",
    "pathways-locations.conf",
    "pathways-headers.conf",
    "pathways-brotli.conf",
)
"""The files of deploy/nginx/ used as they are; the replicas file is written for each run."""
BROTLI = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
"""Debian's libnginx-mod-http-brotli-filter; without it, responses are gzip only."""
LAUNCH = PROJECT / "deploy" / "run_streamlit.py"
"""`streamlit run`, as `make run` starts it (never asking an outside host for this machine's
public address)."""
RESTARTS = 5
"""Times a replica may exit within a minute before make serve stops instead."""
START_SECONDS = 90.0
"""Longest a replica or nginx may take to answer its health check."""

NGINX_CONF = """\
# Written by deploy/serve.py for one machine; a real host uses deploy/nginx/site.conf.
{user}{load_brotli}worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/logs/error.log warn;
events {{
    worker_connections 4096;
}}
http {{
    client_body_temp_path {work}/tmp/body;
    proxy_temp_path {work}/tmp/proxy;
    fastcgi_temp_path {work}/tmp/fastcgi;
    uwsgi_temp_path {work}/tmp/uwsgi;
    scgi_temp_path {work}/tmp/scgi;
    default_type application/octet-stream;

    include pathways.conf;
{include_brotli}
    map $host $pathways_frame_ancestors {{
        default "{frame_ancestors}";
    }}
    proxy_cache_path {work}/cache levels=1:2 keys_zone=pathways_static:4m max_size=200m
                     inactive=1d use_temp_path=off;

    server {{
        listen {host}:{port};
{cookie_flags}        access_log {work}/logs/access.log pathways;
        include pathways-locations.conf;
    }}
}}
"""


def free_port() -> int:
    """A TCP port no one is listening on, on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def healthy(url: str) -> bool:
    """Whether a Streamlit server (directly or through nginx) answers its health check."""
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
            return bool(reply.status == 200 and reply.read().strip() == b"ok")
    except OSError:
        return False


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if found is None:
        raise SystemExit(
            "nginx is not installed. On Debian: apt-get install nginx "
            "libnginx-mod-http-brotli-filter (make serve does this when run as root)"
        )
    return found


class Replica:
    """One `streamlit run app.py` on a loopback port, its output in a log file."""

    def __init__(self, port: int, log: Path, env: dict[str, str]) -> None:
        self.port, self.log, self.env = port, log, env
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.exits: list[float] = []
        """When it last exited on its own (monotonic seconds)."""

    def start(self) -> None:
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(LAUNCH), "run", "app.py",
                 "--server.port", str(self.port), "--server.address", "127.0.0.1",
                 "--server.headless", "true"],
                cwd=PROJECT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> None:
        """Stop it (SIGKILL: at once, as a crash would) and wait until it has gone."""
        if not self.running:
            return
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=timeout)


class Farm:
    """nginx in front of N replicas, all started by :meth:`start` and stopped by :meth:`stop`
    (or by leaving a ``with`` block)."""

    def __init__(
        self,
        replicas: int = 3,
        port: int = 8080,
        host: str = "127.0.0.1",
        frame_ancestors: str = "'self'",
        frame_cookies: bool = False,
        content: Path | None = None,
    ) -> None:
        self.port, self.host = port, host
        self.frame_ancestors, self.frame_cookies = frame_ancestors, frame_cookies
        self.work = Path(tempfile.mkdtemp(prefix="pathways-serve-"))
        self.logs = self.work / "logs"
        env = dict(os.environ)
        if content is not None:
            env["PATHWAYS_CONTENT_DIR"] = str(content)
        self.replicas = [
            Replica(p, self.logs / f"replica-{i + 1}.log", env)
            for i, p in enumerate(free_port() for _ in range(replicas))
        ]
        self.nginx: subprocess.Popen[bytes] | None = None
        self.url = f"http://{'localhost' if host in ('127.0.0.1', '0.0.0.0') else host}:{port}"

    @property
    def access_log(self) -> Path:
        """nginx's access log: time, status, method, path (no query string), bytes, seconds
        and which replica answered."""
        return self.logs / "access.log"

    def _write_config(self) -> Path:
        conf = self.work / "conf"
        conf.mkdir()
        self.logs.mkdir(exist_ok=True)
        for name in SHARED:
            shutil.copy(NGINX_DIR / name, conf / name)
        (conf / "pathways-replicas.conf").write_text(
            "".join(f"server {r.url[7:]} max_fails=1 fail_timeout=10s;\n" for r in self.replicas)
        )
        brotli = BROTLI.exists()
        root = os.geteuid() == 0
        text = NGINX_CONF.format(
            work=self.work,
            host=self.host,
            port=self.port,
            # As root, nginx's workers run as nobody; they only need the temporary folders.
            user="user nobody nogroup;\n" if root else "",
            load_brotli=f"load_module {BROTLI};\n" if brotli else "",
            include_brotli="    include pathways-brotli.conf;\n" if brotli else "",
            frame_ancestors=self.frame_ancestors.replace('"', ""),
            cookie_flags=(
                "        proxy_cookie_flags _streamlit_xsrf secure samesite=none;\n"
                '        proxy_cookie_path / "/; Partitioned";\n'
                if self.frame_cookies
                else ""
            ),
        )
        (conf / "nginx.conf").write_text(text)
        for folder in ("tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi", "cache"):
            (self.work / folder).mkdir(parents=True)
            if root:
                (self.work / folder).chmod(0o1777)
        if root:
            for path in (self.work, self.work / "tmp"):
                path.chmod(0o755)
        return conf / "nginx.conf"

    def start(self) -> Farm:
        conf = self._write_config()
        for replica in self.replicas:
            replica.start()
        self._wait(*(r.url for r in self.replicas))
        nginx = nginx_binary()
        command = [nginx, "-p", str(self.work), "-c", str(conf), "-e", str(self.logs / "error.log")]
        tested = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True)
        if tested.returncode != 0:
            self.stop()
            raise SystemExit(f"nginx refused the configuration:\n{tested.stderr}")
        self.nginx = subprocess.Popen(
            [*command, "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self._wait(f"http://127.0.0.1:{self.port}" if self.host == "0.0.0.0" else self.url)
        return self

    def _wait(self, *urls: str) -> None:
        deadline = time.monotonic() + START_SECONDS
        waiting = list(urls)
        while waiting:
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"no answer from {', '.join(waiting)}; logs in {self.logs}")
            waiting = [url for url in waiting if not healthy(url)]
            if waiting:
                time.sleep(0.2)

    def restart_exited(self) -> list[Replica]:
        """Start again any replica that has exited; the ones restarted. One that exits again
        and again (RESTARTS times in a minute) is left stopped, so its log can be read."""
        gone = [r for r in self.replicas if r.process is not None and not r.running]
        now = time.monotonic()
        for replica in gone:
            replica.exits = [t for t in replica.exits if now - t < 60] + [now]
            if len(replica.exits) > RESTARTS:
                raise SystemExit(
                    f"the replica on port {replica.port} keeps exiting; see {replica.log}"
                )
            replica.start()
        return gone

    def stop(self) -> None:
        """Stop nginx (letting it finish what it is sending), then every replica."""
        if self.nginx is not None and self.nginx.poll() is None:
            self.nginx.send_signal(signal.SIGQUIT)
            try:
                self.nginx.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.nginx.kill()
                self.nginx.wait(timeout=15)
        for replica in self.replicas:
            replica.stop()

    def cleanup(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)

    def __enter__(self) -> Farm:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=3, help="Streamlit processes (3)")
    parser.add_argument("--port", type=int, default=8080, help="nginx's port (8080)")
    parser.add_argument(
        "--host", default="127.0.0.1", help="nginx's address (0.0.0.0: every network)"
    )
    parser.add_argument(
        "--frame-ancestors",
        default="'self'",
        help="sites that may frame Pathways, as in a CSP: \"'self' https://*.instructure.com\"",
    )
    args = parser.parse_args()
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    farm = Farm(args.replicas, args.port, args.host, args.frame_ancestors)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"Starting {args.replicas} Pathways replicas and nginx ...", flush=True)
    try:
        farm.start()
        ports = ", ".join(str(r.port) for r in farm.replicas)
        print(
            f"Pathways on {farm.url} ({args.replicas} replicas on 127.0.0.1 ports {ports}; "
            f"logs in {farm.logs}). Ctrl+C stops it.",
            flush=True,
        )
        while True:
            time.sleep(1)
            if farm.nginx is not None and farm.nginx.poll() is not None:
                raise SystemExit(f"nginx stopped; see {farm.logs / 'error.log'}")
            for replica in farm.restart_exited():
                print(f"Replica on port {replica.port} exited; started again", flush=True)
    except KeyboardInterrupt:
        pass
    except SystemExit as stopping:
        farm.stop()
        if stopping.code in (0, None):  # SIGTERM: a clean stop
            farm.cleanup()
        raise  # otherwise the logs stay, for the message to point at
    print("Stopping Pathways and nginx ...", flush=True)
    farm.stop()
    farm.cleanup()


if __name__ == "__main__":
    main()
