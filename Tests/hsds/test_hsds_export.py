"""`kaart export hsds` on the example content: valid HSDS 3, complete, and nothing private."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hsds_cli import REPO, run_kaart
from hsds_schemas import NESTED_SERVICE_SCHEMA, TABLE_SCHEMAS, validator

CONTENT = REPO / "content"


def read_table(export_dir: Path, name: str) -> list[dict]:
    records = json.loads((export_dir / name).read_text(encoding="utf-8"))
    assert isinstance(records, list)
    return records


def front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("\n---", 1)[0]


def field(path: Path, name: str) -> str:
    match = re.search(rf"^\s*{name}:\s*(.+)$", front_matter(path), re.MULTILINE)
    assert match, f"{path} has no {name}"
    return match.group(1).strip().strip('"')


def all_export_text(export_dir: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(export_dir.rglob("*.json")))


@pytest.mark.parametrize("table", sorted(TABLE_SCHEMAS))
def test_every_table_record_is_valid(export_dir, table):
    check = validator(TABLE_SCHEMAS[table])
    records = read_table(export_dir, table)
    errors = [f"{record.get('id')}: {error.message}" for record in records for error in check.iter_errors(record)]
    assert errors == []


def test_every_nested_service_document_is_valid(export_dir):
    check = validator(NESTED_SERVICE_SCHEMA)
    documents = sorted((export_dir / "services").glob("*.json"))
    assert len(documents) == len(read_table(export_dir, "services.json"))
    for path in documents:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == document["id"]
        assert [error.message for error in check.iter_errors(document)] == [], path.name


def test_the_schemas_reject_a_broken_record(export_dir):
    """Guards the harness itself: a validator that accepts anything would prove nothing."""
    service = dict(read_table(export_dir, "services.json")[0], status="open", id="not-a-uuid")
    messages = [error.message for error in validator("service.json").iter_errors(service)]
    assert any("'open' is not one of" in m for m in messages)
    assert any("is not a 'uuid'" in m for m in messages)


def test_one_service_per_public_entry(export_dir):
    entries = [p for folder in ("voorzieningen", "lotgenotengroepen", "loketten") for p in (CONTENT / folder).glob("*.md")]
    services = read_table(export_dir, "services.json")
    assert len(services) == len(entries)
    assert sorted(s["name"] for s in services) == sorted(field(p, "titel") for p in entries)


def test_links_point_to_existing_records(export_dir):
    ids = {name: {r["id"] for r in read_table(export_dir, name)} for name in TABLE_SCHEMAS}
    for service in read_table(export_dir, "services.json"):
        assert service["organization_id"] in ids["organizations.json"]
    for table in ("phones.json", "schedules.json", "service_areas.json", "languages.json", "cost_options.json",
                  "service_at_locations.json"):
        for record in read_table(export_dir, table):
            assert record["service_id"] in ids["services.json"], table
    for link in read_table(export_dir, "service_at_locations.json"):
        assert link["location_id"] in ids["locations.json"]
    for address in read_table(export_dir, "addresses.json"):
        assert address["location_id"] in ids["locations.json"]
    for attribute in read_table(export_dir, "attributes.json"):
        assert attribute["link_id"] in ids["services.json"]
        if "taxonomy_term_id" in attribute:
            assert attribute["taxonomy_term_id"] in ids["taxonomy_terms.json"]
    for term in read_table(export_dir, "taxonomy_terms.json"):
        assert term["taxonomy_id"] in ids["taxonomies.json"]


def test_all_ids_are_unique(export_dir):
    for table in TABLE_SCHEMAS:
        ids = [r["id"] for r in read_table(export_dir, table)]
        assert len(ids) == len(set(ids)), table


def test_no_casus_or_plan_text_is_exported(export_dir):
    text = all_export_text(export_dir)
    secrets = []
    for path in sorted((CONTENT / "casussen").glob("*.md")):
        secrets += [field(path, "titel"), field(path, "samenvatting")]
    for path in sorted((CONTENT / "plannen").glob("*.md")):
        secrets += [field(path, "client"), field(path, "naam"), field(path, "email"), path.stem]
    assert len(secrets) >= 2 * 7 + 4 * 3
    leaked = [s for s in secrets if re.search(rf"\b{re.escape(s)}\b", text)]
    assert leaked == []


def test_a_confidential_address_is_never_exported(export_dir):
    shelter = CONTENT / "voorzieningen" / "opvang-veilig-onderdak.md"
    assert field(shelter, "vertrouwelijk_adres") == "true"
    text = all_export_text(export_dir)
    for secret in (field(shelter, "adres"), field(shelter, "postcode"), field(shelter, "lat")):
        assert secret not in text
    service = next(s for s in read_table(export_dir, "services.json") if s["name"] == field(shelter, "titel"))
    links = [link for link in read_table(export_dir, "service_at_locations.json") if link["service_id"] == service["id"]]
    assert links == []
    assert any(p["service_id"] == service["id"] for p in read_table(export_dir, "phones.json"))


def test_a_second_export_is_byte_identical(export_dir, tmp_path):
    result = run_kaart("export", "hsds", str(tmp_path), "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    first = {p.relative_to(export_dir): p.read_bytes() for p in export_dir.rglob("*.json")}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*.json")}
    assert first == second
