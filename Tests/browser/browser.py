"""Headless Debian Chromium through Selenium, with the network log switched on."""
from __future__ import annotations

import os

# Without these, Selenium Manager tries to reach the internet for statistics and drivers.
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DESKTOP_SIZE = (1280, 1000)


def start_chromium() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                 f"--window-size={DESKTOP_SIZE[0]},{DESKTOP_SIZE[1]}",
                 # Keep the browser itself quiet, so the network log shows only the page's requests.
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-default-apps",
                 # Every host but the test server fails to resolve: a third-party request is still
                 # logged (and caught), but never leaves the machine.
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def horizontal_overflow(driver) -> int:
    """How many CSS pixels the page is wider than its viewport (0 = no horizontal scroll)."""
    return driver.execute_script(
        "const e = document.documentElement; return Math.max(0, e.scrollWidth - e.clientWidth);")


def set_viewport_width(driver, width: int, height: int = 800) -> None:
    """Resizes the window; headless Chromium has no window chrome, so the viewport gets `width`."""
    driver.set_window_size(width, height)


def reset_viewport(driver) -> None:
    driver.set_window_size(*DESKTOP_SIZE)
