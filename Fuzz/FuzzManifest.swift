// libFuzzer entry point for the manifest parser (quality.md: "the manifest parser under
// libFuzzer"). Compiled together with Sources/PruneManifest/**/*.swift into one module by
// Fuzz/run.sh, so no import of PruneManifest is needed. Besides crashes, hangs and leaks
// (libFuzzer and AddressSanitizer), it checks the parser's contract and traps when broken:
// a manifest and no error, or no manifest and at least one error; every location on a line
// of the file; rendering the diagnostics works.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceText(bytes: bytes)
    let result = ManifestParser.parse(source)
    let errors = result.diagnostics.filter { $0.severity == .error }
    if result.manifest == nil {
        precondition(!errors.isEmpty, "no manifest and no error")
    } else {
        precondition(errors.isEmpty, "a manifest despite errors")
    }
    for diagnostic in result.diagnostics {
        precondition(
            diagnostic.location.line >= 1 && diagnostic.location.line <= source.lineCount + 1,
            "line \(diagnostic.location.line) outside 1...\(source.lineCount + 1)")
        precondition(diagnostic.location.column >= 1, "column \(diagnostic.location.column) < 1")
    }
    _ = DiagnosticRenderer(fileName: "fuzz.yaml", source: source, colored: false).render(result.diagnostics)
    return 0
}
