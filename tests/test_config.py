"""Streamlit's settings for Pathways, and a real server that never reaches out to other hosts.

Streamlit looks up the machine's public address at checkip.amazonaws.com when it starts (to
print it) and whenever a page from another site opens a connection. The servers here run with
a small ``sitecustomize`` that refuses and records every name lookup and every TCP connection
that is not to this machine, so a lookup fails loudly instead of leaving the machine.
"""

from __future__ import annotations

import base64
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request

import pytest

from .conftest import PROJECT

CONFIG = tomllib.loads((PROJECT / ".streamlit" / "config.toml").read_text())
FOREIGN_ORIGINS = [f"https://site{n}.example" for n in range(8)]

GUARD = """
import os, socket, traceback

_LOG = os.environ["PATHWAYS_NET_LOG"]
_LOCAL = {None, "", "localhost", "127.0.0.1", "::1", "0.0.0.0", "::"}


def _record(kind, target):
    where = " < ".join(f"{f.name}:{f.lineno}" for f in traceback.extract_stack()[-8:-2])
    with open(_LOG, "a") as log:
        log.write(f"{kind} {target!r} {where}\\n")


_getaddrinfo = socket.getaddrinfo


def getaddrinfo(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    if name not in _LOCAL:
        _record("lookup", name)
        raise socket.gaierror(socket.EAI_NONAME, "no lookups of other hosts in this test")
    return _getaddrinfo(host, *args, **kwargs)


_connect = socket.socket.connect


def connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if host not in _LOCAL:
        # A UDP connect sends nothing; Streamlit uses one to learn the local address.
        _record("tcp" if self.type == socket.SOCK_STREAM else "udp-no-packet", address)
        raise OSError("no connections to other hosts in this test")
    return _connect(self, address)


socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
"""


def test_settings_keep_data_and_details_in():
    assert CONFIG["browser"]["gatherUsageStats"] is False
    # set, it stops the public address lookup when the server starts
    assert CONFIG["browser"]["serverAddress"] == "localhost"
    assert CONFIG["client"]["showErrorDetails"] == "none"
    # Streamlit's own table export writes "=..." cells as they are (live formulas)
    assert CONFIG["client"]["disableDataExport"] is True
    assert CONFIG["server"]["maxUploadSize"] == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _make_run(port: int) -> list[str]:
    """The command `make run` runs, exactly."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    printed = subprocess.run(
        ["make", "-n", "run", f"PORT={port}"],
        cwd=PROJECT, capture_output=True, text=True, timeout=30, check=True,
    ).stdout  # fmt: skip
    line = next(line for line in printed.splitlines() if "streamlit" in line)
    return shlex.split(line)


def _handshake(port: int, origin: str, host: str = "127.0.0.1") -> str:
    """Open the app's WebSocket with this Origin (and Host name); the answer's status line."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Sec-WebSocket-Protocol: streamlit\r\nOrigin: {origin}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request.encode())
        return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def _serve(command: list[str], tmp_path, visit) -> list[str]:
    """Start the server with the guard, let ``visit`` use it, stop it: what it tried to reach."""
    (tmp_path / "sitecustomize.py").write_text(GUARD)
    net_log = tmp_path / "net.log"
    net_log.touch()
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "PATHWAYS_NET_LOG": str(net_log)}
    port = int(command[command.index("--server.port") + 1])
    with (tmp_path / "server.log").open("w") as out:
        server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=out, stderr=out)
        try:
            deadline = time.monotonic() + 60
            while True:
                assert server.poll() is None, (tmp_path / "server.log").read_text()
                assert time.monotonic() < deadline, "the server did not start in 60 s"
                try:
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}/_stcore/health", timeout=2
                    ) as reply:
                        if reply.status == 200:
                            break
                except OSError:
                    time.sleep(0.25)
            visit(port)
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=15)
    return [line for line in net_log.read_text().splitlines() if not line.startswith("udp")]


def test_make_run_never_looks_up_its_public_address(tmp_path):
    port = _free_port()

    def visit(port: int) -> None:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200
        assert _handshake(port, f"http://127.0.0.1:{port}").startswith("HTTP/1.1 101")
        started = time.monotonic()
        answers = [_handshake(port, origin) for origin in FOREIGN_ORIGINS]
        assert all(a.startswith("HTTP/1.1 403") for a in answers), answers
        assert time.monotonic() - started < 5  # refused at once, not after a lookup

    assert _serve(_make_run(port), tmp_path, visit) == []


def test_streamlit_run_does_not_look_up_its_public_address_at_start(tmp_path):
    """Started directly, as many hosting set-ups do: the setting alone keeps the start quiet."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]

    def visit(port: int) -> None:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as page:
            assert page.status == 200

    assert _serve(command, tmp_path, visit) == []


def test_readme_tells_operators_what_to_put_in_front():
    readme = (PROJECT / "README.md").read_text()
    section = readme.split("## Running it for many people", 1)[1].split("\n## ", 1)[0]
    for named in ("make serve", "deploy/nginx/", "site.conf", "deploy/Dockerfile",
                  "deploy/kubernetes/pathways.yaml", "Canvas", "Moodle", "frame-ancestors",
                  "| users | replicas |"):  # fmt: skip
        assert named in section, named
    nginx = "\n".join(
        (PROJECT / "deploy" / "nginx" / name).read_text()
        for name in (
            "site.conf",
            "pathways.conf",
            "pathways-locations.conf",
            "pathways-headers.conf",
        )
    )
    for line in (
        'add_header X-Content-Type-Options "nosniff" always;',
        'add_header Referrer-Policy "no-referrer" always;',
        "add_header Content-Security-Policy \"default-src 'self';",
        "frame-ancestors $pathways_frame_ancestors",
        "location = /_stcore/metrics {",
        "location = /_stcore/stream {",
        "proxy_set_header Upgrade $http_upgrade;",
        "listen 443 ssl http2;",
        "return 301 https://",
        "proxy_cookie_flags _streamlit_xsrf secure samesite=none;",
    ):
        assert line in nginx, line
