package httpapi

import (
	"net/http"
	"regexp"
	"strings"

	"github.com/dossier-osint/dossier"
)

var pathParam = regexp.MustCompile(`\{([a-zA-Z_]+)(\.\.\.)?\}`)

// OpenAPIPath turns a ServeMux pattern path into an OpenAPI path ("/{$}" is "/", "{p...}" is
// "{p}").
func OpenAPIPath(p string) string {
	p = strings.ReplaceAll(p, "{$}", "")
	if p == "" {
		p = "/"
	}
	return pathParam.ReplaceAllString(p, "{$1}")
}

// OpenAPI returns the OpenAPI 3 document of the route table.
func OpenAPI() map[string]any {
	paths := map[string]any{}
	errorResp := map[string]any{"description": "error", "content": map[string]any{"application/json": map[string]any{
		"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}}
	for _, rt := range Routes() {
		op := map[string]any{
			"summary":     rt.Summary,
			"operationId": strings.ToLower(rt.Method) + strings.NewReplacer("/", "_", "{", "", "}", "", ".", "", "$", "root").Replace(rt.Path),
		}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(rt.Path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "string"}})
		}
		for _, p := range rt.Params {
			params = append(params, map[string]any{"name": p.Name, "in": "query", "description": p.About, "schema": map[string]any{"type": p.Type}})
		}
		if len(params) > 0 {
			op["parameters"] = params
		}
		switch rt.Body {
		case "json":
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}}}
		case "multipart":
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"multipart/form-data": map[string]any{"schema": map[string]any{
				"type": "object", "properties": map[string]any{"files": map[string]any{"type": "array", "items": map[string]any{"type": "string", "format": "binary"}}}}}}}
		}
		var ok map[string]any
		switch rt.Result {
		case "html":
			ok = map[string]any{"description": "page", "content": map[string]any{"text/html": map[string]any{}}}
		case "file":
			ok = map[string]any{"description": "file"}
		case "download":
			ok = map[string]any{"description": "download", "content": map[string]any{"application/x-ndjson": map[string]any{}}}
		default:
			ok = map[string]any{"description": "success", "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{}}}}
		}
		resp := map[string]any{"200": ok, "400": errorResp, "404": errorResp, "500": errorResp}
		if rt.Role == Public {
			op["security"] = []any{}
		} else {
			resp["401"] = errorResp
			resp["403"] = errorResp
			op["x-role"] = string(rt.Role)
		}
		if rt.Body != "" {
			resp["413"] = errorResp
		}
		op["responses"] = resp
		p := OpenAPIPath(rt.Path)
		item, _ := paths[p].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[p] = item
		}
		item[strings.ToLower(rt.Method)] = op
	}
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "dossier API", "version": dossier.Version,
			"description": "Sign in with POST /api/login (session cookie; state-changing requests then carry the X-CSRF-Token header from /api/session) or send 'Authorization: Bearer <token>'. Errors are {\"error\": {\"code\", \"message\"}}; lists are {\"total\", \"offset\", \"limit\", \"items\"}."},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{
				"session": map[string]any{"type": "apiKey", "in": "cookie", "name": SessionCookie},
				"token":   map[string]any{"type": "http", "scheme": "bearer"},
			},
			"schemas": map[string]any{
				"Error": map[string]any{"type": "object", "properties": map[string]any{"error": map[string]any{"type": "object", "properties": map[string]any{
					"code": map[string]any{"type": "string"}, "message": map[string]any{"type": "string"}}}}},
			},
		},
		"security": []any{map[string]any{"session": []any{}}, map[string]any{"token": []any{}}},
	}
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, OpenAPI())
	return nil
}
