"""Serves a folder with nginx on 127.0.0.1 at a free port, the way production serves public/.

Everything nginx writes (pid, logs, temp files) stays in a private temporary folder.
Run `python Tests/browser/nginx_server.py public` to browse a built site by hand.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_CONFIG = """\
# Generated for the browser tests. One process, so it runs as the current user
# and can read private folders (pytest's tmp_path).
master_process off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
  include {mime_types};
  default_type application/octet-stream;
  types {{ text/javascript mjs; }}
  access_log {tmp}/access.log;
  client_body_temp_path {tmp}/client_body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  sendfile on;
  server {{
    listen 127.0.0.1:{port};
    server_name localhost;
    root {root};
    index index.html;
    absolute_redirect off;
    error_page 404 /404.html;
  }}
}}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NginxServer:
    """Context manager: `with NginxServer(path) as server: server.base_url`."""

    def __init__(self, root: Path, nginx: str = "/usr/sbin/nginx") -> None:
        self.root = Path(root).resolve()
        self.nginx = shutil.which("nginx") or nginx
        self.port = 0
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "NginxServer":
        if not self.root.is_dir():
            raise FileNotFoundError(f"no site to serve at {self.root}")
        self._tmp = tempfile.TemporaryDirectory(prefix="kaart-nginx-")
        tmp = Path(self._tmp.name)
        self.port = _free_port()
        config = tmp / "nginx.conf"
        config.write_text(_CONFIG.format(tmp=tmp, port=self.port, root=self.root,
                                         mime_types="/etc/nginx/mime.types"))
        self._process = subprocess.Popen(
            [self.nginx, "-c", str(config), "-p", str(tmp), "-e", str(tmp / "error.log"), "-g", "daemon off;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        log = (tmp / "error.log").read_text() if (tmp / "error.log").exists() else ""
        self.stop()
        raise RuntimeError(f"nginx did not start on port {self.port}:\n{log}")

    def stop(self) -> None:
        if self._process and self._process.poll() is None:
            self._process.terminate()  # SIGTERM: fast shutdown
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None
        if self._tmp:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> "NginxServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":
    with NginxServer(Path(sys.argv[1] if len(sys.argv) > 1 else "public")) as server:
        print(f"serving {server.root} at {server.base_url}/ (Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
