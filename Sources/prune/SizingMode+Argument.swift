import ArgumentParser
import PruneEngine

// `--sizes exact|sample` on plan and apply.
extension SizingMode: ExpressibleByArgument {}
