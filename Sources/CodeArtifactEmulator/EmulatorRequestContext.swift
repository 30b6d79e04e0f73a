import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the connection, so an injected fault
/// can close it without answering.
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Write bodies are at most 100 versions and their revisions; 1 MiB is plenty.
    var maxUploadSize: Int { 1 << 20 }
}
