import HTTPTypes
import Hummingbird
import Logging

/// Adds the security headers to every response, and turns every error into a response of
/// the right kind (JSON for the API, a page elsewhere) — a store failure becomes a 500 that
/// names no internals, logged here.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    static var headers: HTTPFields {
        var fields = HTTPFields()
        fields[.contentSecurityPolicy] = PageShell.contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        fields[HTTPField.Name("X-Frame-Options")!] = "DENY"
        fields[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        fields[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        fields[HTTPField.Name("Permissions-Policy")!] = "interest-cohort=()"
        return fields
    }

    let headers = Self.headers

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let api = Responses.isAPI(request.uri.path)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as ServeError {
            if case .internalFailure(let underlying) = error {
                context.logger.error("store failure on \(request.uri.path): \(underlying)")
            }
            response = Responses.error(error.status, message: error.message, api: api)
            if case .unauthorized = error { response.headers[.wwwAuthenticate] = "Bearer realm=\"storyline\"" }
        } catch let error as HTTPError {
            let message = error.body ?? (error.status.code == 404 ? "There is nothing at this address." : error.status.reasonPhrase)
            response = Responses.error(error.status, message: message, api: api)
            for field in error.headers where field.name != .contentType && field.name != .contentLength {
                response.headers.append(field)
            }
        } catch {
            context.logger.error("unexpected failure on \(request.uri.path): \(error)")
            response = Responses.error(.internalServerError, message: "The server failed to answer this request.", api: api)
        }
        for field in headers { response.headers[field.name] = field.value }
        return response
    }
}
