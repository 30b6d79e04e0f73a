#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file mapped read-only, whose pages already read can be given back.
///
/// A million-version inventory is ~270 MB of JSON: held whole, the file alone would be over
/// the memory target of the plan that reads it. The reader moves forward, so the pages
/// behind it are released as it goes (they are clean, and come back from the file if read
/// again, as the error path does).
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Bytes from the start already given back.
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Release in steps of this size: fewer system calls, and the peak stays a few MiB above the rest.
    private static let releaseStep = 16 << 20

    /// Maps the regular file at `path`; nil when it cannot be (the caller reads it another way and
    /// reports why that fails).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else {
            return nil
        }
        let count = Int(status.st_size)
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        // Read ahead: the reader goes from start to end once.
        _ = madvise(address, count, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: count)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Gives back the whole pages before `offset` once a step's worth has been read.
    func release(upTo offset: Int) {
        let end = offset / Self.pageSize * Self.pageSize
        guard end - released >= Self.releaseStep, let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }
}
