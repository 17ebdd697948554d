"""Checks /openapi.json of a running `storyline serve` with openapi-spec-validator, then
validates live responses of every API endpoint against the document's own schemas with
jsonschema. Usage: python validate_openapi.py BASE_URL STORY_ID DOCUMENT_ID QUERY"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
from openapi_spec_validator import validate

base, story, document, query = sys.argv[1:5]


def fetch(path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


_, spec = fetch("/openapi.json")
validate(spec)
print("openapi.json          valid OpenAPI %s (openapi-spec-validator)" % spec["openapi"])


def schema_for(template, status):
    response = spec["paths"][template]["get"]["responses"][str(status)]
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
    schema = dict(response["content"]["application/json"]["schema"])
    schema["components"] = spec["components"]  # so "#/components/..." refs resolve
    return schema


q = urllib.parse.quote
cases = [
    ("/api/stories?limit=5", "/api/stories", 200),
    ("/api/stories?limit=0", "/api/stories", 400),
    ("/api/documents/" + q(document, safe=""), "/api/documents/{id}", 200),
    ("/api/documents/nope", "/api/documents/{id}", 404),
    ("/api/search?q=" + q(query), "/api/search", 200),
    ("/api/search?q=", "/api/search", 400),
]
if story:
    cases.append(("/api/stories/" + q(story, safe=""), "/api/stories/{id}", 200))
failures = 0
for path, template, expected in cases:
    status, body = fetch(path)
    try:
        assert status == expected, "status %d, expected %d" % (status, expected)
        jsonschema.Draft202012Validator(schema_for(template, status)).validate(body)
        print("  ok   %-44s %d" % (path[:44], status))
    except (AssertionError, jsonschema.ValidationError) as e:
        failures += 1
        print("  FAIL %-44s %s" % (path[:44], str(e).splitlines()[0]))
print("live responses        %d of %d match the schema (jsonschema)" % (len(cases) - failures, len(cases)))
sys.exit(1 if failures else 0)
