import Hummingbird
import NIOCore

/// Adapts Hummingbird requests to the service and its answers back.
struct EmulatorResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    let service: EmulatorService

    /// Thrown after closing a connection on purpose; nothing more can be written.
    struct DroppedConnection: Error {}

    func respond(to request: Request, context: Context) async throws -> Response {
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(request.headers.count + 1)
        if let authority = request.head.authority { headers.append(("host", authority)) }
        for field in request.headers { headers.append((field.name.canonicalName, field.value)) }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let uri = request.uri
        let answer = await service.handle(
            EmulatorHTTPRequest(
                method: request.method.rawValue, path: uri.path, query: uri.query ?? "", headers: headers,
                body: Array(buffer: body)))
        switch answer {
        case .drop:
            try? await context.channel.close()
            throw DroppedConnection()
        case .answer(let status, let answerHeaders, let bytes):
            var fields = HTTPFields()
            for (name, value) in answerHeaders {
                if let fieldName = HTTPFields.Element.Name(name) {
                    fields.append(HTTPFields.Element(name: fieldName, value: value))
                }
            }
            return Response(
                status: HTTPResponse.Status(code: status, reasonPhrase: Self.reason(status)), headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 400: return "Bad Request"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 409: return "Conflict"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        default: return ""
        }
    }
}
