import NIOCore
import NIOPosix

/// A TCP server on 127.0.0.1, port 0, that reads a request and then either drops the
/// connection or never answers. Closed on every path.
enum MisbehavingServer {
    enum Mode: Sendable {
        case dropConnection
        case neverAnswer
    }

    static func run<Result: Sendable>(_ mode: Mode, _ body: @Sendable (Int) async throws -> Result) async throws
        -> Result
    {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(mode: mode))
                }
            }
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else {
            try? await channel.close()
            throw TestServerError.didNotStart
        }
        do {
            let result = try await body(port)
            try? await channel.close()
            return result
        } catch {
            try? await channel.close()
            throw error
        }
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let mode: Mode

        init(mode: Mode) {
            self.mode = mode
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if mode == .dropConnection { context.close(promise: nil) }
        }
    }
}
