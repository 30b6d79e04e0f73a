import Foundation
import Synchronization

/// The buckets of the current quotas. `admit` takes a token from the operation's bucket and
/// its class's bucket together, or from neither and tells how long to wait.
final class QuotaLimiter: Sendable {
    private struct Buckets: Sendable {
        var quotas: EmulatorQuotas
        var operations: [EmulatorOperation: TokenBucket]
        var reads: TokenBucket?
        var writes: TokenBucket?

        init(_ quotas: EmulatorQuotas) {
            self.quotas = quotas
            operations = quotas.operations.mapValues(TokenBucket.init)
            reads = quotas.reads.map(TokenBucket.init)
            writes = quotas.writes.map(TokenBucket.init)
        }
    }

    private let buckets: Mutex<Buckets>

    init(_ quotas: EmulatorQuotas) {
        buckets = Mutex(Buckets(quotas))
    }

    var quotas: EmulatorQuotas { buckets.withLock { $0.quotas } }

    /// New quotas, with full buckets.
    func configure(_ quotas: EmulatorQuotas) {
        buckets.withLock { $0 = Buckets(quotas) }
    }

    /// `nil` if the request may proceed; otherwise the whole seconds until it could (at least 1).
    /// `now` is the time on the emulator's clock since the service started.
    func admit(_ operation: EmulatorOperation, now: Duration) -> Int? {
        buckets.withLock { buckets in
            var wait = 0.0
            if buckets.operations[operation] != nil {
                buckets.operations[operation]!.refill(now: now)
                wait = max(wait, buckets.operations[operation]!.wait)
            }
            if operation.isWrite {
                if buckets.writes != nil {
                    buckets.writes!.refill(now: now)
                    wait = max(wait, buckets.writes!.wait)
                }
            } else if buckets.reads != nil {
                buckets.reads!.refill(now: now)
                wait = max(wait, buckets.reads!.wait)
            }
            guard wait == 0 else { return max(1, Int(wait.rounded(.up))) }
            buckets.operations[operation]?.take()
            if operation.isWrite { buckets.writes?.take() } else { buckets.reads?.take() }
            return nil
        }
    }
}
