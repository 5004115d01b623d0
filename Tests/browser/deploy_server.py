"""Runs deploy/nginx.conf, the production example, on 127.0.0.1 for the tests.

Only the lines marked `# deploy:` change: the port-80 redirect server goes, `listen` becomes a free
port on 127.0.0.1 without TLS, `server_name` becomes localhost and `root` the site under test.
Everything else (maps, headers, gzip_static, locations) is the file as shipped.
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEPLOY_CONFIG = REPO / "deploy" / "nginx.conf"

_MAIN = """\
master_process off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path {tmp}/client_body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
{server}
}}
"""


def render_config(root: Path, port: int, tmp: Path, source: str | None = None) -> str:
    """deploy/nginx.conf adapted to serve `root` on 127.0.0.1:`port`, inside a complete nginx.conf."""
    text = source if source is not None else DEPLOY_CONFIG.read_text()
    text, removed = re.subn(r"# deploy: begin redirect\n.*?# deploy: end redirect\n", "", text, flags=re.S)
    assert removed == 1, "deploy/nginx.conf lost its '# deploy: begin/end redirect' markers"
    lines, listened = [], False
    for line in text.splitlines():
        marker = re.search(r"#\s*deploy:\s*(\w+)\s*$", line)
        if not marker:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        kind = marker.group(1)
        if kind == "listen" and not listened:
            lines.append(f"{indent}listen 127.0.0.1:{port};")
            listened = True
        elif kind == "host":
            lines.append(f"{indent}server_name localhost;")
        elif kind == "root":
            lines.append(f"{indent}root {root};")
        elif kind not in ("listen", "tls"):
            raise AssertionError(f"unknown deploy marker {kind!r} in deploy/nginx.conf")
    assert listened, "deploy/nginx.conf has no '# deploy: listen' line"
    server = "\n".join("  " + line if line else line for line in lines)
    return _MAIN.format(tmp=tmp, server=server)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DeployServer:
    """`with DeployServer(public) as server: server.base_url` runs deploy/nginx.conf."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self.port = 0
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "DeployServer":
        self._tmp = tempfile.TemporaryDirectory(prefix="kaart-deploy-")
        tmp = Path(self._tmp.name)
        self.port = _free_port()
        config = tmp / "nginx.conf"
        config.write_text(render_config(self.root, self.port, tmp))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        check = subprocess.run([nginx, "-t", "-c", str(config), "-p", str(tmp), "-e", str(tmp / "error.log")],
                               capture_output=True, text=True)
        if check.returncode != 0:
            self.__exit__()
            raise RuntimeError(f"nginx -t refuses deploy/nginx.conf:\n{check.stderr}")
        self._process = subprocess.Popen(
            [nginx, "-c", str(config), "-p", str(tmp), "-e", str(tmp / "error.log"), "-g", "daemon off;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._process.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
        self.__exit__()
        raise RuntimeError(f"nginx with deploy/nginx.conf did not start:\n{log}")

    def __exit__(self, *exc) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        if self._tmp:
            self._tmp.cleanup()
            self._tmp = None
