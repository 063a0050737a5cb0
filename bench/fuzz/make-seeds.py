#!/usr/bin/env python3
"""Writes hand-made seed inputs for ApiFuzzTest into its regression corpus (Jazzer's layout).

Jazzer's FuzzedDataProvider reads integers and booleans from the END of an input (one byte for a small range:
min + byte % (range + 1); a boolean is byte & 1) and strings from the FRONT (consumeString stops at a backslash
followed by another character; consumeRemainingAsString takes the rest). The routes are those of
tracker-api's openapi.json (a test keeps it equal to the registered ones), sorted as Route.of sorts them; the
contract's bounds, enums and date range give the edge values (each bound, one past it, an unknown code).
Usage: bench/fuzz/make-seeds.py   (from the repository root, after a build has assembled the contract into
tracker-api/target/classes; rerun after adding routes)
"""
import hashlib, json, os, pathlib

root = pathlib.Path(__file__).resolve().parents[2]
spec = json.loads((root / "tracker-api/target/classes/api-docs/openapi.json").read_text())
routes = sorted((p, m.upper()) for p, ops in spec["paths"].items() for m in ops
                if m in ("get", "post", "put", "delete", "patch"))
corpus = root / "tracker-api/src/test/resources/org/campaigntracker/api/fuzz/ApiFuzzTestInputs"

BODIES = ['{"title":"\\u0000"}', '{"title":"a\\u0000b","name":"\\u0000"}', "[" * 2000 + "]" * 2000,
          '{"occurredOn":"2023-02-30","title":"x"}', '{"occurredOn":"+999999999-12-31"}',
          '{"participantIds":[9223372036854775807],"demandIds":[-1]}', '{"power":1e400,"stance":-2147483649}',
          '{"kind":"MEETING","title":"' + "é" * 300 + '"}', '{"title":"\\ud800"}', '"just a string"',
          '{"title":{"nested":[1,2,3]}}', '{"themeId":0,"title":"x","dueOn":"17/01/2023"}', '{"title":"x",}', "",
          '{"url":"javascript:alert(1)","title":"x","outlet":"x","medium":"web","publishedOn":"2023-01-01"}']
# Sent percent-encoded by the test, so the server decodes exactly these characters.
SEGMENTS = ["-1", "99999999999999999999", "\x00", "../..", "/", " %"]


def write(method, name, data):
    folder = corpus / method
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("seed-" + name + "-" + hashlib.sha1(data).hexdigest()[:12])).write_bytes(data)


writes = [r for r in routes if r[1] in ("POST", "PUT", "PATCH")]
for i, (path, method) in enumerate(writes):
    for j, body in enumerate(BODIES):
        # end: route index, then "raw body" (boolean false); front: the body.
        write("bodies", f"{i}-{j}", body.encode() + bytes([0, i]))
for i, (path, method) in enumerate(routes):
    variables = path.count("{")
    if not variables:
        continue
    for j, segment in enumerate(SEGMENTS):
        # Only the last variable is fuzzed: booleans false for the others, true for it; then the coordinator (2).
        tail = [i] + [0] * (variables - 1) + [1] + [2]
        write("pathParameters", f"{i}-{j}", segment.encode() + b"\\x" + bytes(reversed(tail)))
print(f"{len(writes)} write routes, {len(routes)} routes: seeds written under {corpus}")

# Headers: one malformed value on a few routes. End: route, then one boolean per header in the test's order,
# then "send a role's token" (true) and the coordinator (2); front: the value.
HEADERS = ["If-Match", "If-None-Match", "Accept", "Accept-Language", "Content-Type"]
VALUES = {"If-Match": ['"', "W/x"], "If-None-Match": ['"', "W/x", '"v1"'], "Accept": [";", "a/b;q=x"],
          "Accept-Language": ["*;q=2", ";;="], "Content-Type": ["text", ";"]}
TARGETS = [("/api/v1/campaigns/{slug}", "GET"), ("/api/v1/campaigns/{slug}/progress", "GET"),
           ("/api/v1/campaigns/{slug}/themes/{id}", "GET"), ("/api/v1/campaigns/{slug}/themes/{id}", "PUT"),
           ("/api/v1/campaigns/{slug}/themes", "POST")]
for path, method in TARGETS:
    i = routes.index((path, method))
    for header, values in VALUES.items():
        for j, value in enumerate(values):
            tail = [i] + [1 if h == header else 0 for h in HEADERS] + [1, 2]
            write("headers", f"{i}-{header}-{j}", value.encode() + b"\\x" + bytes(reversed(tail)))

# Query parameters: one parameter, its name and value from the front. End: route among the GET routes, count 1,
# "fuzzed name" (true), then the coordinator (2).
reads = [r for r in routes if r[1] == "GET"]
QUERIES = [("limit", "-1"), ("limit", "99999999999999999999"), ("offset", "-5"), ("from", "2023-02-30"),
           ("to", "abc"), ("kind", "\x00"), ("open", "maybe"), ("demand", "99999999999999999999")]
for i, (path, method) in enumerate(reads):
    if not path.startswith("/api/v1/campaigns/{slug}/") or path.endswith("}"):
        continue
    for j, (name, value) in enumerate(QUERIES):
        write("queryParameters", f"{i}-{j}", name.encode() + b"\\x" + value.encode() + b"\\x" + bytes([2, 1, 1, i]))

# The contract's edge values: for every query parameter with bounds, an enum or a date, each bound, one past it and an
# unknown code; in bodies, every bounded field of a write route's schema at its bounds and past them.
DATES = ["1900-01-01", "2100-12-31", "1899-12-31", "2101-01-01"]


def deref(node):
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def edges(schema, past_only=False):
    """Values at and past the schema's limits; only those past them when past_only (bodies: keeps the replay short)."""
    schema = deref(schema)
    values = []
    if "enum" in schema:
        values += ([] if past_only else [str(v) for v in schema["enum"][:1]]) + ["zz_unknown"]
    for bound, step in (("minimum", -1), ("maximum", 1)):
        if bound in schema:
            values += ([] if past_only else [str(schema[bound])]) + [str(schema[bound] + step)]
    if schema.get("format") == "date":
        values += DATES[2:] if past_only else DATES
    if "maxLength" in schema:
        values += ["a" * (schema["maxLength"] + 1)]
    return values


count = 0
for i, (path, method) in enumerate(reads):
    item = spec["paths"][path]
    for p in [deref(x) for x in item.get("parameters", []) + item["get"].get("parameters", [])]:
        if p.get("in") != "query":
            continue
        for j, value in enumerate(edges(p["schema"])):
            write("queryParameters", f"contract-{i}-{p['name']}-{j}",
                  p["name"].encode() + b"\\x" + value.encode() + b"\\x" + bytes([2, 1, 1, i]))
            count += 1
for i, (path, method) in enumerate(writes):
    content = spec["paths"][path][method.lower()].get("requestBody", {}).get("content", {})
    schema = deref(next(iter(content.values()), {}).get("schema", {}))
    for name, prop in schema.get("properties", {}).items():
        for j, value in enumerate(edges(prop, past_only=True)):
            literal = value if deref(prop).get("type") == "integer" else json.dumps(value)
            write("bodies", f"contract-{i}-{name}-{j}", ('{"%s":%s}' % (name, literal)).encode() + bytes([0, i]))
            count += 1
print(f"{count} seeds from the contract's bounds, enums and dates")
