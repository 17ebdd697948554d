/// The OpenAPI 3.1 description of the JSON API. Kept by hand next to `APIModels`; the
/// server tests fetch every endpoint and validate the live responses against these schemas.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Storyline API",
            "version": "1.0.0",
            "description": "Stories, briefs, documents, entities and full-text search over a Storyline store. Reads are open; adding documents needs the server's bearer token."
          },
          "servers": [{"url": "/"}],
          "paths": {
            "/api/stories": {
              "get": {
                "operationId": "listStories",
                "summary": "Stories, newest first, paged with an opaque cursor",
                "parameters": [
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
                  {"name": "cursor", "in": "query", "required": false, "description": "nextCursor of the previous page", "schema": {"type": "string"}}
                ],
                "responses": {
                  "200": {"description": "A page of stories", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryList"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/stories/{id}": {
              "get": {
                "operationId": "getStory",
                "summary": "A story's brief (the Brief JSON), or the story and its documents when no brief is written yet",
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "responses": {
                  "200": {"description": "The brief, or the story without one", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryDetail"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/documents/{id}": {
              "get": {
                "operationId": "getDocument",
                "summary": "A stored document as Extract left it, with its origins",
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "responses": {
                  "200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            },
            "/api/documents": {
              "post": {
                "operationId": "addDocument",
                "summary": "Ingest one document (a JSON Lines record) through the same path as storyline ingest",
                "security": [{"bearer": []}],
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentRecord"}}}
                },
                "responses": {
                  "201": {"description": "Stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "200": {"description": "The same content was already stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestResult"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"description": "Missing or wrong bearer token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "403": {"description": "The server is read-only (started without a token)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "413": {"description": "Body over the size limit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                  "415": {"description": "Body is not application/json", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                }
              }
            },
            "/api/search": {
              "get": {
                "operationId": "searchDocuments",
                "summary": "Full-text search over documents, best matches first",
                "parameters": [
                  {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 500}},
                  {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
                ],
                "responses": {
                  "200": {"description": "Matching documents", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"}
                }
              }
            },
            "/api/entities/{id}": {
              "get": {
                "operationId": "getEntity",
                "summary": "An entity's mentions across stories (id: slug of its name, e.g. kim-jong-un)",
                "parameters": [{"$ref": "#/components/parameters/Id"}],
                "responses": {
                  "200": {"description": "The entity", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityDetail"}}}},
                  "404": {"$ref": "#/components/responses/NotFound"}
                }
              }
            }
          },
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "parameters": {
              "Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}
            },
            "responses": {
              "BadRequest": {"description": "Malformed query", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "NotFound": {"description": "Unknown id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {
                "type": "object", "required": ["error", "status"],
                "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}
              },
              "DocumentKind": {"type": "string", "enum": ["report", "analysis", "briefing", "discussion", "aggregator", "blog"]},
              "EntityType": {"type": "string", "enum": ["PERSON", "ORG", "LOC", "NORP", "MISC"]},
              "NullableString": {"type": ["string", "null"]},
              "Citation": {
                "type": "object", "required": ["document", "quote"],
                "properties": {"document": {"type": "string"}, "publisher": {"$ref": "#/components/schemas/NullableString"}, "quote": {"type": "string"}}
              },
              "Sentence": {
                "type": "object", "required": ["text", "citations"],
                "properties": {"text": {"type": "string"}, "citations": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Citation"}}}
              },
              "BriefDocument": {
                "type": "object", "required": ["id", "kind"],
                "properties": {
                  "id": {"type": "string"}, "title": {"$ref": "#/components/schemas/NullableString"},
                  "publisher": {"$ref": "#/components/schemas/NullableString"}, "kind": {"$ref": "#/components/schemas/DocumentKind"},
                  "published": {"$ref": "#/components/schemas/NullableString"}, "duplicateOf": {"$ref": "#/components/schemas/NullableString"},
                  "url": {"$ref": "#/components/schemas/NullableString"}
                }
              },
              "TopicCard": {
                "type": "object", "required": ["name", "type", "aliases", "mentions"],
                "properties": {
                  "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"},
                  "aliases": {"type": "array", "items": {"type": "string"}},
                  "description": {"$ref": "#/components/schemas/NullableString"}, "mentions": {"type": "integer"}
                }
              },
              "Brief": {
                "type": "object",
                "description": "The Brief JSON of the specification, plus hasBrief: true.",
                "required": ["hasBrief", "id", "title", "storyline", "updated", "documents", "whatHappened", "behindTheHeadline", "whatThePapersSay", "disagreements", "howWeGotHere", "goDeeper", "topics"],
                "properties": {
                  "hasBrief": {"const": true},
                  "id": {"type": "string"}, "title": {"type": "string"}, "storyline": {"type": "string"}, "updated": {"type": "string"},
                  "documents": {"type": "array", "items": {"$ref": "#/components/schemas/BriefDocument"}},
                  "whatHappened": {"type": "array", "items": {"$ref": "#/components/schemas/Sentence"}},
                  "behindTheHeadline": {"type": "array", "items": {"$ref": "#/components/schemas/Sentence"}},
                  "whatThePapersSay": {"type": "array", "items": {
                    "type": "object", "required": ["publisher", "kind", "sentences"],
                    "properties": {"publisher": {"type": "string"}, "kind": {"$ref": "#/components/schemas/DocumentKind"}, "sentences": {"type": "array", "items": {"$ref": "#/components/schemas/Sentence"}}}
                  }},
                  "disagreements": {"type": "array", "items": {
                    "type": "object", "required": ["subject", "claims"],
                    "properties": {"subject": {"type": "string"}, "claims": {"type": "array", "items": {
                      "type": "object", "required": ["value", "sentence"],
                      "properties": {"value": {"type": "string"}, "attributedTo": {"$ref": "#/components/schemas/NullableString"}, "sentence": {"$ref": "#/components/schemas/Sentence"}}
                    }}}
                  }},
                  "howWeGotHere": {"type": "array", "items": {
                    "type": "object", "required": ["date", "sentence"],
                    "properties": {"date": {"type": "string"}, "sentence": {"$ref": "#/components/schemas/Sentence"}}
                  }},
                  "goDeeper": {"type": "array", "items": {
                    "type": "object", "required": ["question", "citations"],
                    "properties": {"question": {"type": "string"}, "citations": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}}}
                  }},
                  "topics": {"type": "array", "items": {"$ref": "#/components/schemas/TopicCard"}}
                }
              },
              "StoryWithoutBrief": {
                "type": "object",
                "required": ["hasBrief", "message", "id", "title", "storyline", "firstPublished", "lastPublished", "updated", "documents"],
                "properties": {
                  "hasBrief": {"const": false}, "message": {"type": "string"},
                  "id": {"type": "string"}, "title": {"type": "string"}, "storyline": {"type": "string"},
                  "firstPublished": {"$ref": "#/components/schemas/NullableString"}, "lastPublished": {"$ref": "#/components/schemas/NullableString"},
                  "updated": {"type": "string"},
                  "documents": {"type": "array", "items": {"$ref": "#/components/schemas/BriefDocument"}}
                }
              },
              "StoryDetail": {"oneOf": [{"$ref": "#/components/schemas/Brief"}, {"$ref": "#/components/schemas/StoryWithoutBrief"}]},
              "StoryListItem": {
                "type": "object",
                "required": ["id", "title", "storyline", "firstPublished", "lastPublished", "updated", "documentCount", "outlets", "hasBrief", "href"],
                "properties": {
                  "id": {"type": "string"}, "title": {"type": "string"}, "storyline": {"type": "string"},
                  "firstPublished": {"$ref": "#/components/schemas/NullableString"}, "lastPublished": {"$ref": "#/components/schemas/NullableString"},
                  "updated": {"type": "string"}, "documentCount": {"type": "integer", "minimum": 0},
                  "outlets": {"type": "array", "items": {"type": "string"}}, "hasBrief": {"type": "boolean"}, "href": {"type": "string"}
                }
              },
              "StoryList": {
                "type": "object", "required": ["stories", "nextCursor", "limit"],
                "properties": {
                  "stories": {"type": "array", "items": {"$ref": "#/components/schemas/StoryListItem"}},
                  "nextCursor": {"$ref": "#/components/schemas/NullableString"},
                  "limit": {"type": "integer", "minimum": 1, "maximum": 100}
                }
              },
              "Comment": {
                "type": "object", "required": ["text", "depth", "quoted"],
                "properties": {
                  "author": {"$ref": "#/components/schemas/NullableString"}, "score": {"type": ["integer", "null"]},
                  "age": {"$ref": "#/components/schemas/NullableString"}, "posted": {"$ref": "#/components/schemas/NullableString"},
                  "text": {"type": "string"}, "depth": {"type": "integer", "minimum": 0}, "quoted": {"type": "array", "items": {"type": "string"}}
                }
              },
              "Document": {
                "type": "object",
                "required": ["id", "format", "title", "publisher", "byline", "published", "language", "url", "kind", "lowQuality", "paragraphs", "blocks", "comments", "warnings", "origins", "ingestedAt", "story", "entities"],
                "properties": {
                  "id": {"type": "string"}, "format": {"type": "string", "enum": ["html", "text", "markdown"]},
                  "title": {"$ref": "#/components/schemas/NullableString"}, "publisher": {"$ref": "#/components/schemas/NullableString"},
                  "byline": {"$ref": "#/components/schemas/NullableString"}, "published": {"$ref": "#/components/schemas/NullableString"},
                  "language": {"$ref": "#/components/schemas/NullableString"}, "url": {"$ref": "#/components/schemas/NullableString"},
                  "kind": {"$ref": "#/components/schemas/DocumentKind"}, "lowQuality": {"type": "boolean"},
                  "paragraphs": {"type": "array", "items": {"type": "string"}},
                  "blocks": {"type": "array", "items": {
                    "type": "object", "required": ["text", "role"],
                    "properties": {"text": {"type": "string"}, "role": {"type": "string", "enum": ["paragraph", "heading", "listItem", "quote"]}}
                  }},
                  "standfirst": {"$ref": "#/components/schemas/NullableString"},
                  "comments": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}},
                  "warnings": {"type": "array", "items": {"type": "string"}},
                  "origins": {"type": "array", "items": {
                    "type": "object", "required": ["location"],
                    "properties": {"location": {"type": "string"}, "item": {"type": ["integer", "null"]}}
                  }},
                  "ingestedAt": {"type": "string"},
                  "story": {"$ref": "#/components/schemas/NullableString"},
                  "entities": {"type": "array", "items": {
                    "type": "object", "required": ["id", "name", "type", "aliases", "mentions"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"}, "aliases": {"type": "array", "items": {"type": "string"}}, "mentions": {"type": "integer"}}
                  }}
                }
              },
              "SearchResults": {
                "type": "object", "required": ["query", "limit", "hits"],
                "properties": {
                  "query": {"type": "string"}, "limit": {"type": "integer"},
                  "hits": {"type": "array", "items": {
                    "type": "object", "required": ["document", "title", "publisher", "published", "snippet", "snippetHTML", "matches", "href"],
                    "properties": {
                      "document": {"type": "string"}, "title": {"$ref": "#/components/schemas/NullableString"},
                      "publisher": {"$ref": "#/components/schemas/NullableString"}, "published": {"$ref": "#/components/schemas/NullableString"},
                      "snippet": {"type": "string"}, "snippetHTML": {"type": "string", "description": "HTML-escaped snippet with matches in <mark>"},
                      "matches": {"type": "array", "items": {"type": "string"}}, "href": {"type": "string"}
                    }
                  }}
                }
              },
              "EntityDetail": {
                "type": "object",
                "required": ["id", "name", "type", "types", "aliases", "mentions", "documentCount", "stories", "ungroupedDocuments"],
                "properties": {
                  "id": {"type": "string"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"},
                  "types": {"type": "object", "additionalProperties": {"type": "integer"}},
                  "aliases": {"type": "array", "items": {"type": "string"}},
                  "mentions": {"type": "integer"}, "documentCount": {"type": "integer"},
                  "stories": {"type": "array", "items": {
                    "type": "object", "required": ["id", "title", "storyline", "mentions", "documents", "topic"],
                    "properties": {
                      "id": {"type": "string"}, "title": {"type": "string"}, "storyline": {"type": "string"}, "mentions": {"type": "integer"},
                      "documents": {"type": "array", "items": {"type": "string"}},
                      "topic": {"anyOf": [{"$ref": "#/components/schemas/TopicCard"}, {"type": "null"}]}
                    }
                  }},
                  "ungroupedDocuments": {"type": "array", "items": {"type": "string"}}
                }
              },
              "DocumentRecord": {
                "type": "object",
                "description": "A JSON Lines record: html or text is required.",
                "properties": {
                  "id": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"}, "publisher": {"type": "string"},
                  "published": {"type": "string"}, "html": {"type": "string"}, "text": {"type": "string"}
                }
              },
              "IngestResult": {
                "type": "object", "required": ["id", "status", "title", "publisher", "kind", "warnings", "href"],
                "properties": {
                  "id": {"type": "string"}, "status": {"type": "string", "enum": ["inserted", "alreadyStored"]},
                  "title": {"$ref": "#/components/schemas/NullableString"}, "publisher": {"$ref": "#/components/schemas/NullableString"},
                  "kind": {"$ref": "#/components/schemas/DocumentKind"}, "warnings": {"type": "array", "items": {"type": "string"}},
                  "href": {"type": "string"}
                }
              }
            }
          }
        }
        """#
}
