"""The page in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
chromedriver, against a real `dateline serve` process on a store built by `dateline ingest`.
Saves a screenshot (build/screenshots/web.png; the README's with DATELINE_UPDATE_SCREENSHOT=1)."""
from __future__ import annotations

import os
import shutil
import tempfile
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import REPO
from web_fixtures import (HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_TITLE, build_store, start_server,
                          stop_server)

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# every run saves build/screenshots/web.png; DATELINE_UPDATE_SCREENSHOT=1 also refreshes the
# README's docs/screenshot.png (not on every run: the PNG bytes differ from run to run)
SCREENSHOT = REPO / "build" / "screenshots" / "web.png"
README_SCREENSHOT = REPO / "docs" / "screenshot.png"
WAIT = 30


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(build_store(tmp_path_factory.mktemp("web-browser")))
    yield srv
    stop_server(srv)


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            pytest.fail(f"{path} missing: apt-get install chromium chromium-driver (make test does it)")
    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--force-device-scale-factor=1",
                f"--user-data-dir={profile}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(options=opts, service=Service(CHROMEDRIVER))
    drv.set_page_load_timeout(WAIT)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def wait(drv, condition, message):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(drv, WAIT, poll_frequency=0.1).until(lambda d: condition(d), message)


def load(drv, url):
    drv.get(url)
    wait(drv, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"), "page never got ready")


def css(drv, selector):
    from selenium.webdriver.common.by import By

    return drv.find_elements(By.CSS_SELECTOR, selector)


def marker_count(drv) -> int:
    """Markers on the map: single markers plus the events inside every cluster."""
    return drv.execute_script("""
        const shown = (e) => { const s = getComputedStyle(e);
          return s.display !== "none" && s.visibility !== "hidden" && Number(s.opacity) > 0; };
        const singles = [...document.querySelectorAll("path.ev-marker")].filter(shown).length;
        const clusters = [...document.querySelectorAll(".ev-cluster")].filter(shown)
          .map((c) => Number(c.textContent));
        return singles + clusters.reduce((a, b) => a + b, 0);""")


def open_panel(drv):
    wait(drv, lambda d: css(d, "#panel:not([hidden]) mark.evidence-span"), "the event panel shows no evidence")
    return css(drv, "#panel-body")[0]


def settled_on(drv, event_id: str) -> bool:
    """No zoom or cluster animation running, and the event's marker inside the map's box."""
    return drv.execute_script("""
        if (document.querySelector(".leaflet-zoom-anim, .leaflet-cluster-anim")) return false;
        const marker = document.querySelector(`path.ev-marker[data-event-id="${arguments[0]}"]`);
        if (!marker) return false;
        const m = marker.getBoundingClientRect(), box = document.getElementById("map").getBoundingClientRect();
        return m.width > 0 && m.left >= box.left && m.right <= box.right && m.top >= box.top && m.bottom <= box.bottom;
        """, event_id)


def severe_errors(drv):
    return [e for e in drv.get_log("browser") if e["level"] == "SEVERE"]


def test_page_shows_a_marker_for_every_event_and_a_timeline(server, driver):
    load(driver, server.url + "/")
    _, _, page = server.get("/api/events", {"limit": 500})
    total = page["total"]
    wait(driver, lambda d: marker_count(d) == total, f"expected {total} events on the map")
    legend = [b.text for b in css(driver, ".legend-item")]
    assert any(t.startswith("Protests") for t in legend)
    days = {e["event_date"] for e in page["events"] if e["event_date"]}
    assert len(css(driver, "#timeline-svg g.tl-day")) == len(days)
    assert len(css(driver, "#rows tr[data-event-id]")) == total
    assert css(driver, ".leaflet-overlay-pane path.leaflet-interactive, .leaflet-overlay-pane path")  # outlines
    assert not severe_errors(driver)


def test_opening_a_marker_shows_the_highlighted_evidence(server, driver):
    load(driver, server.url + "/")
    for _ in range(8):  # zoom into clusters until single markers show
        singles = [m for m in css(driver, "path.ev-marker") if m.is_displayed()]
        if singles:
            break
        css(driver, ".ev-cluster")[0].click()
        wait(driver, lambda d: not css(d, ".leaflet-zoom-anim"), "zoom never ended")
    else:
        pytest.fail("no single marker after zooming into clusters")
    event_id = singles[0].get_attribute("data-event-id")
    singles[0].click()
    panel = open_panel(driver)
    _, _, detail = server.get(f"/api/events/{event_id}")
    marks = css(driver, "blockquote.sentence mark.evidence-span[data-field=location]")
    spans = [s["text"] for s in detail["evidence"] if s["field"] == "location"]
    assert marks and marks[0].text in spans
    labels = {t.text for t in css(driver, "blockquote.sentence sup.ev-tag")}
    assert "location" in labels and "event_type" in labels
    assert detail["event"]["event_type"] in panel.text
    assert parse_qs(urlsplit(driver.current_url).query)["event"] == [event_id]


def test_hostile_article_text_is_shown_inert(server, driver):
    _, _, reports = server.get("/api/events", {"view": "reports", "source": "Coast Observer"})
    (hostile,) = [e for e in reports["events"] if e["source"] == "Coast Observer"]
    load(driver, f"{server.url}/?event={hostile['event_id']}")
    panel = open_panel(driver)
    sentence = css(driver, "blockquote.sentence")[0]
    assert HOSTILE_SCRIPT in sentence.text and HOSTILE_IMG in sentence.text
    assert HOSTILE_TITLE in panel.text  # the title, as text
    css(driver, "#panel details.full-text summary")[0].click()
    wait(driver, lambda d: css(d, "#panel .article"), "full text never shown")
    assert HOSTILE_SCRIPT in css(driver, "#panel .article")[0].text
    assert css(driver, "#panel img, #panel script, #panel iframe") == []
    assert css(driver, "a[href^='javascript:']") == []
    assert "PWNED" not in driver.title
    assert driver.execute_script("return document.title") == "dateline · events"
    # the two merged reports and their sources are listed
    assert len(css(driver, "#panel li.report")) == 2
    assert {"Coast Observer", "Harbour Daily"} <= {s.text for s in css(driver, "#panel .sources strong")}


def test_brushing_the_timeline_filters_the_map_and_the_list(server, driver):
    from selenium.webdriver.common.action_chains import ActionChains

    load(driver, server.url + "/")
    _, _, everything = server.get("/api/events", {"limit": 500})
    svg = css(driver, "#timeline-svg")[0]
    width = svg.size["width"]
    # from the middle of the chart to its right end: the later days only
    ActionChains(driver).move_to_element_with_offset(svg, 0, 0).click_and_hold() \
        .move_by_offset(width // 2 - 10, 0).release().perform()
    wait(driver, lambda d: "date_from" in d.current_url, "the brush set no date range")
    query = parse_qs(urlsplit(driver.current_url).query)
    date_from, date_to = query["date_from"][0], query["date_to"][0]
    expected = [e for e in everything["events"] if e["event_date"] and date_from <= e["event_date"] <= date_to]
    assert 0 < len(expected) < everything["total"]
    wait(driver, lambda d: len(css(d, "#rows tr[data-event-id]")) == len(expected), "list not filtered")
    wait(driver, lambda d: marker_count(d) == len(expected), "map not filtered")
    assert css(driver, "input[name=date_from]")[0].get_attribute("value") == date_from


def test_every_report_view_lists_the_merged_reports_separately(server, driver):
    from selenium.webdriver.support.ui import Select

    load(driver, server.url + "/?country=Kenya")
    merged = server.get("/api/events", {"country": "Kenya"})[2]["total"]
    reports = server.get("/api/events", {"country": "Kenya", "view": "reports"})[2]["total"]
    assert reports > merged
    wait(driver, lambda d: len(css(d, "#rows tr[data-event-id]")) == merged, "Kenya's merged events not listed")
    Select(css(driver, "select[name=view]")[0]).select_by_value("reports")
    wait(driver, lambda d: len(css(d, "#rows tr[data-event-id]")) == reports, "the reports are not listed")
    assert "view=reports" in driver.current_url and "country=Kenya" in driver.current_url
    mombasa = [r for r in css(driver, "#rows tr[data-event-id]") if "Mombasa" in r.text]
    assert len(mombasa) == 2


def test_screenshot_of_an_event_for_the_readme(server, driver):
    _, _, page = server.get("/api/events", {"event_type": "Battles"})
    event = page["events"][0]
    load(driver, f"{server.url}/?event={event['event_id']}")
    open_panel(driver)
    wait(driver, lambda d: css(d, f"path.ev-marker[data-event-id='{event['event_id']}']"),
         "the opened event's marker is not shown")
    wait(driver, lambda d: settled_on(d, event["event_id"]), "the map never settled on the opened event")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    if os.environ.get("DATELINE_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(SCREENSHOT, README_SCREENSHOT)
