#!/usr/bin/env bash
# Creates .venv/ and installs Tests/requirements.txt into it. Skips the install
# when the requirements have not changed since the last successful one (stamp file).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
requirements=Tests/requirements.txt
stamp=$venv/.requirements.sha256
python=${PYTHON:-python3}

wanted=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -x "$venv/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
  echo "install-test-deps: $venv is up to date"
  exit 0
fi

if [ ! -x "$venv/bin/python" ]; then
  echo "install-test-deps: creating $venv with $($python --version)"
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
echo "$wanted" > "$stamp"
echo "install-test-deps: installed $requirements into $venv"
