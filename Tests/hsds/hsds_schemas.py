"""Validators for the vendored HSDS 3.0 JSON Schemas (Tests/hsds-3.0/).

The schemas refer to each other by file name ("$ref": "phone.json") and declare no "$id", so
each one is registered under a made-up base URI; relative references then resolve by name.
"""
from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "hsds-3.0"
BASE = "https://hsds.invalid/3.0/"

# Output file of `kaart export hsds` -> the schema its records must satisfy.
TABLE_SCHEMAS = {
    "organizations.json": "organization.json",
    "services.json": "service.json",
    "locations.json": "location.json",
    "addresses.json": "address.json",
    "accessibility.json": "accessibility.json",
    "service_at_locations.json": "service_at_location.json",
    "phones.json": "phone.json",
    "schedules.json": "schedule.json",
    "service_areas.json": "service_area.json",
    "languages.json": "language.json",
    "cost_options.json": "cost_option.json",
    "taxonomies.json": "taxonomy.json",
    "taxonomy_terms.json": "taxonomy_term.json",
    "attributes.json": "attribute.json",
}
NESTED_SERVICE_SCHEMA = "compiled/service_with_definitions.json"


def _load(name: str) -> dict:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    schema["$id"] = BASE + name
    return schema


def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.rglob("*.json")):
        name = path.relative_to(SCHEMA_DIR).as_posix()
        if name == "openapi.json":
            continue
        resources.append((BASE + name, Resource.from_contents(_load(name), default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


_REGISTRY = _registry()


def validator(schema_name: str) -> Draft202012Validator:
    """A validator that also checks formats (uuid, email, uri where a checker is installed)."""
    return Draft202012Validator(_load(schema_name), registry=_REGISTRY,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)
